// Words that say which dimension a length measures: "at a depth of 12 km", "10 kilometres deep", "10 km below
// ground". The figure describer reads them so that two lengths of one dimension (a quake's depth in two reports)
// are one measure whatever else their sentences say, and a depth is never taken for a distance.

/** Nouns of a dimension, written "<noun> of <length>" or as the subject of "<noun> ... was <length>": "a depth of 12 km". */
export const DIMENSION_NOUNS: ReadonlyMap<string, string> = new Map([
  ['depth', 'depth'], ['height', 'height'], ['altitude', 'altitude'], ['elevation', 'altitude'], ['length', 'length'],
  ['width', 'width'], ['diameter', 'diameter'], ['radius', 'radius'],
]);

/** Words right after a length that name its dimension: "10 km deep", "300 m high", "2 km long", "5 km underground". */
export const DIMENSION_AFTER: ReadonlyMap<string, string> = new Map([
  ['deep', 'depth'], ['underground', 'depth'], ['high', 'height'], ['tall', 'height'], ['long', 'length'], ['wide', 'width'],
]);

/** Prepositions that, before a word of the surface, make a length a depth: "10 km below ground", "beneath the surface". */
export const BELOW_WORDS: ReadonlySet<string> = new Set(['below', 'beneath', 'under', 'underneath']);
/** The surface a depth is measured from: "below ground", "below the surface". */
export const SURFACE_WORDS: ReadonlySet<string> = new Set(['ground', 'surface']);

/** Words that make a length a distance from the place named after them: "40 kilometers from Herat", "28 km outside Herat". */
export const DISTANCE_PREPOSITIONS: ReadonlySet<string> = new Set(['from', 'outside']);
/** The dimension of a length from a named place. */
export const DISTANCE = 'distance';
/** Every dimension a length may be written into (describeMeasure's compound). */
export const DIMENSIONS: ReadonlySet<string> = new Set([...DIMENSION_NOUNS.values(), ...DIMENSION_AFTER.values(), DISTANCE]);
