// Spelled-out numbers ("two hundred and six", "twenty-first", "half a million", "two thirds").
// Works on lower-cased tokens (words and the hyphens between them) so the caller can map the
// result back to exact character offsets.
import { lookupTable } from '../../text/lookup-table.ts';

export interface NumberWords {
  value: number;
  /** Tokens consumed from the start of the list. */
  length: number;
  ordinal?: boolean;
  fraction?: boolean;
}

const UNITS = lookupTable<number>({
  zero: 0, nought: 0, naught: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
});
const TENS = lookupTable<number>({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});
/** Scales above a hundred. Lakh and crore are the Indian 10^5 and 10^7. */
const SCALE_WORDS = lookupTable<number>({
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
});
const ORDINAL_UNITS = lookupTable<number>({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, nineth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16,
  seventeenth: 17, eighteenth: 18, nineteenth: 19,
});
const ORDINAL_TENS = lookupTable<number>({
  twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90,
});
const ORDINAL_SCALES = lookupTable<number>({
  hundredth: 100, thousandth: 1e3, millionth: 1e6, billionth: 1e9, trillionth: 1e12,
});
/** Denominators of spoken fractions; singular forms only count after "one"/"a" ("one third"). */
const DENOMINATORS = lookupTable<number>({
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
});

/** Words that can open a spelled-out number. */
const STARTS = new Set([
  ...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(ORDINAL_UNITS), ...Object.keys(ORDINAL_TENS),
  'a', 'an', 'half', 'quarter', 'hundred', 'dozen',
]);

/** Words after "a"/"an" that make a number of it ("a dozen", "a million", "a third", "a half"). */
const AFTER_ARTICLE = new Set(['half', 'quarter', 'hundred', 'dozen', ...Object.keys(SCALE_WORDS), ...Object.keys(DENOMINATORS)]);

/**
 * First two letters and length of the words of STARTS longer than two letters, as a bit table: it turns
 * down most words ("the", "that", "this") without hashing them for a set lookup. Called for every word of
 * a text, so it has to be cheap.
 */
const START_SHAPES = new Uint8Array(26 * 26 * 16);
const shapeOf = (w: string): number => {
  const a = w.charCodeAt(0) - 97;
  const b = w.charCodeAt(1) - 97;
  return a >= 0 && a < 26 && b >= 0 && b < 26 && w.length < 16 ? (a * 26 + b) * 16 + w.length : -1;
};
for (const w of STARTS) if (w.length > 2) START_SHAPES[shapeOf(w)] = 1;

/**
 * Whether the word text[start, end) may open a spelled-out number, read from its first two letters and
 * its length without making a string of it: false rules it out, true calls for startsNumberWords.
 */
export function mayStartNumberWords(text: string, start: number, end: number): boolean {
  const n = end - start;
  const a = text.charCodeAt(start) | 0x20; // ASCII lower case
  if (n <= 2) return a === 97 && (n === 1 || (text.charCodeAt(start + 1) | 0x20) === 110); // "a", "an"
  const b = (text.charCodeAt(start + 1) | 0x20) - 97;
  return n < 16 && a >= 97 && a <= 122 && b >= 0 && b < 26 && START_SHAPES[((a - 97) * 26 + b) * 16 + n] === 1;
}

/**
 * Words that can open a spelled-out number (for a cheap pre-check). With the word after it, also rules
 * out "a"/"an" before anything but a scale, "half", "quarter" or a denominator.
 */
export function startsNumberWords(word: string, next?: string): boolean {
  if (word.length <= 2) {
    if (word !== 'a' && word !== 'an') return false;
  } else {
    const shape = shapeOf(word);
    if (shape < 0 || START_SHAPES[shape] === 0 || !STARTS.has(word)) return false;
  }
  return next === undefined || (word !== 'a' && word !== 'an') || AFTER_ARTICLE.has(next);
}

type Last = 'none' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale';

/**
 * The longest spelled-out number at the start of `tokens` (lower-cased words, '-' and '&' as their
 * own tokens), or null. "a"/"an" count as one only before a scale word ("a dozen", "a million").
 */
export function parseNumberWords(tokens: readonly string[]): NumberWords | null {
  const t0 = tokens[0];
  if (t0 === undefined) return null;

  // "half a million", "half a dozen", "a quarter million", "quarter million".
  const lead = t0 === 'a' || t0 === 'an' ? 1 : 0;
  const fracWord = tokens[lead];
  if (fracWord === 'half' || fracWord === 'quarter') {
    const part = fracWord === 'half' ? 0.5 : 0.25;
    let k = lead + 1;
    if (fracWord === 'half' && tokens[k] === 'a' && (tokens[k + 1] === 'dozen' || SCALE_WORDS[tokens[k + 1]!])) k++;
    const scaleWord = tokens[k];
    if (scaleWord === 'dozen') return { value: part * 12, length: k + 1 };
    if (scaleWord && SCALE_WORDS[scaleWord]) return { value: part * SCALE_WORDS[scaleWord], length: k + 1 };
    if (lead) return { value: part, length: lead + 1, fraction: true }; // a half, a quarter
    return null;
  }
  if (lead) {
    const next = tokens[1];
    if (next === 'hundred' || next === 'dozen' || (next && SCALE_WORDS[next])) return parseCardinal(tokens, 1, 1);
    // "a third of", "a fifth" (alone): a fraction; "a third term" is an ordinal, left to the caller.
    if (next && DENOMINATORS[next] && isFractionEnd(tokens, 2)) {
      return { value: 1 / DENOMINATORS[next], length: 2, fraction: true };
    }
    return null;
  }
  return parseCardinal(tokens, 0, 0);
}

/** Words after which "a third" is a fraction, not an ordinal ("cut by a third by 2030", "a third of"). */
const AFTER_FRACTION = new Set(['of', 'by', 'in', 'on', 'at', 'to', 'from', 'than', 'and', 'or', 'for', 'with', 'since', 'over', 'as']);

/** A fraction word is followed by a preposition or ends the run of words ("a third of", "one sixth."). */
function isFractionEnd(tokens: readonly string[], i: number): boolean {
  const next = tokens[i];
  return next === undefined || AFTER_FRACTION.has(next) || !/^[a-z]/.test(next);
}

/** Running state of parseCardinal, shared by its steps. */
interface Cardinal {
  readonly tokens: readonly string[];
  i: number;
  total: number;
  group: number; // hundreds of the current thousand-group
  sub: number; // below a hundred
  last: Last;
  lastScale: number;
  best: NumberWords | null;
}

/**
 * What one step makes of the current word: 'pass' (not its word, ask the next step), 'continue'
 * (consumed, read on), 'break' (the number ends before it, keep `best`), or a result to return as is.
 */
type Step = 'pass' | 'continue' | 'break' | NumberWords;

/** Value of the words read so far. */
const sumOf = (s: Cardinal): number => s.total + s.group + s.sub;

/** Consumes the word and records the number so far as the best reading. */
function advance(s: Cardinal): Step {
  s.i++;
  s.best = { value: sumOf(s), length: s.i };
  return 'continue';
}

/**
 * Steps tried in this order on each word; the first that does not pass decides. The order matters:
 * "and" may end in a fraction before it is a plain connector, and ordinals come before denominators.
 */
const CARDINAL_STEPS: readonly ((s: Cardinal, w: string) => Step)[] = [
  readAndFraction, readConnector, readCount, readDozenOrPoint, readOrdinal, readFraction,
];

function parseCardinal(tokens: readonly string[], start: number, implicitOne: number): NumberWords | null {
  const s: Cardinal = {
    tokens, i: start, total: 0, group: 0, sub: implicitOne,
    last: implicitOne ? 'unit' : 'none', lastScale: Infinity, best: null,
  };
  while (s.i < tokens.length) {
    const step = stepCardinal(s, tokens[s.i]!);
    if (step === 'continue') continue;
    if (step === 'break') break;
    return step;
  }
  if (implicitOne && s.best && s.best.length === start) return null;
  return s.best;
}

function stepCardinal(s: Cardinal, w: string): Exclude<Step, 'pass'> {
  for (const step of CARDINAL_STEPS) {
    const r = step(s, w);
    if (r !== 'pass') return r;
  }
  return 'break';
}

/** "forty two and a third", "one hundred and three quarters", "one million and a half". */
function readAndFraction(s: Cardinal, w: string): Step {
  if (w !== 'and' || s.last === 'none') return 'pass';
  const { tokens, i, total, group, last, lastScale } = s;
  const half = tokens[i + 2] === 'half' ? 0.5 : tokens[i + 2] === 'quarter' ? 0.25 : 0;
  const part = /^(a|one)$/.test(tokens[i + 1] ?? '') ? half : 0;
  const partScale = SCALE_WORDS[tokens[i + 3] ?? ''];
  if (part && partScale && total === 0 && group === 0 && last !== 'scale') {
    return { value: (sumOf(s) + part) * partScale, length: i + 4 }; // "two and a half million"
  }
  const rest = parseNumberWords(tokens.slice(i + 1));
  const unitOf = last === 'scale' ? lastScale : 1;
  if (rest?.fraction && rest.value < 1) {
    const whole = sumOf(s) + rest.value * unitOf;
    const scaleWord = tokens[i + 1 + rest.length];
    if (unitOf === 1 && total === 0 && group === 0 && scaleWord && SCALE_WORDS[scaleWord]) {
      return { value: whole * SCALE_WORDS[scaleWord], length: i + 2 + rest.length }; // "two and a half million"
    }
    return { value: whole, length: i + 1 + rest.length, fraction: unitOf === 1 };
  }
  if (rest && !rest.fraction && !rest.ordinal && last === 'scale' && /^(a|half|quarter)$/.test(tokens[i + 1]!) && rest.value < lastScale) {
    return { value: sumOf(s) + rest.value, length: i + 1 + rest.length }; // "one billion and a half million"
  }
  return 'pass';
}

/** "and"/"&" after a hundred or a scale, "-" after tens: they only count when a number word follows. */
function readConnector(s: Cardinal, w: string): Step {
  const next = s.tokens[s.i + 1];
  if ((w === 'and' || w === '&') && (s.last === 'hundred' || s.last === 'scale')) {
    if (next && (next in UNITS || next in TENS || next in ORDINAL_UNITS || next in ORDINAL_TENS)) {
      s.i++;
      return 'continue';
    }
    return 'break';
  }
  if (w === '-' && s.last === 'tens') {
    if (next && ((next in UNITS && UNITS[next]! < 10 && UNITS[next]! > 0) || (next in ORDINAL_UNITS && ORDINAL_UNITS[next]! < 10))) {
      s.i++;
      return 'continue';
    }
    return 'break';
  }
  return 'pass';
}

/** Units, tens, "hundred" and scale words, each only where it can follow what came before. */
function readCount(s: Cardinal, w: string): Step {
  const last = s.last;
  if (w in UNITS) {
    const n = UNITS[w]!;
    if (last === 'unit' || last === 'teen' || (last === 'tens' && (n >= 10 || n === 0))) return 'break';
    s.sub += n;
    s.last = n < 10 ? 'unit' : 'teen';
    return advance(s);
  }
  if (w in TENS) {
    if (last === 'unit' || last === 'teen' || last === 'tens') return 'break';
    s.sub += TENS[w]!;
    s.last = 'tens';
    return advance(s);
  }
  if (w === 'hundred') {
    if (last === 'none' || last === 'hundred' || last === 'scale' || s.sub === 0 || s.group > 0) return 'break';
    s.group = s.sub * 100;
    s.sub = 0;
    s.last = 'hundred';
    return advance(s);
  }
  if (w in SCALE_WORDS) {
    const scale = SCALE_WORDS[w]!;
    if (last === 'scale' && scale > s.lastScale && s.group + s.sub === 0) {
      s.total *= scale; // "three lakh crore"
    } else {
      if (last === 'none' || s.group + s.sub === 0 || scale >= s.lastScale) return 'break';
      s.total += (s.group + s.sub) * scale;
    }
    s.group = 0;
    s.sub = 0;
    s.lastScale = Math.min(s.lastScale, scale);
    s.last = 'scale';
    return advance(s);
  }
  return 'pass';
}

/** "dozen" multiplies what precedes it; "point" reads spoken decimals. Both end the number. */
function readDozenOrPoint(s: Cardinal, w: string): Step {
  if (w === 'dozen' || w === 'dozens') {
    if (s.last === 'none' || s.last === 'scale') return 'break';
    // "three hundred dozen" is rare; a dozen multiplies what precedes it.
    return { value: sumOf(s) * 12, length: s.i + 1 };
  }
  if (w === 'point' && s.last !== 'none') {
    const decimals = readSpokenDecimals(s.tokens, s.i + 1);
    if (decimals) return { value: sumOf(s) + decimals.value, length: decimals.end };
    return 'break';
  }
  return 'pass';
}

/** Ordinals close the number: "twenty-first", "one hundred twenty fifth", "two hundredth". */
function readOrdinal(s: Cardinal, w: string): Step {
  const { i, total, group, sub, last } = s;
  if (w in ORDINAL_UNITS || w in ORDINAL_TENS) {
    const n = ORDINAL_UNITS[w] ?? ORDINAL_TENS[w]!;
    // "one fifth", "one third": a fraction, not an ordinal.
    if (last === 'unit' && sub === 1 && total === 0 && group === 0 && DENOMINATORS[w] !== undefined) {
      return { value: 1 / DENOMINATORS[w]!, length: i + 1, fraction: true };
    }
    if (last === 'unit' || last === 'teen' || (last === 'tens' && n >= 10)) return 'break';
    return { value: total + group + sub + n, length: i + 1, ordinal: true };
  }
  if (w in ORDINAL_SCALES) {
    if (last === 'none') return { value: ORDINAL_SCALES[w]!, length: i + 1, ordinal: true };
    if (group + sub === 0) return 'break';
    return { value: total + (group + sub) * ORDINAL_SCALES[w]!, length: i + 1, ordinal: true };
  }
  return 'pass';
}

/** Spoken fractions after a small count: "two thirds", "one half", "one-third", "two-thirds". */
function readFraction(s: Cardinal, w: string): Step {
  const { tokens, i, total, group, sub, last } = s;
  // Plural denominators: "two thirds", "three quarters [billion]".
  if (DENOMINATORS[w] !== undefined && w.endsWith('s') && total === 0 && group === 0 && sub > 1 && sub < 100) {
    const frac = sub / DENOMINATORS[w]!;
    const scaleWord = tokens[i + 1];
    if (scaleWord && SCALE_WORDS[scaleWord]) return { value: frac * SCALE_WORDS[scaleWord], length: i + 2 };
    return { value: frac, length: i + 1, fraction: true };
  }
  if ((w === 'half' || w === 'quarter') && sub === 1 && total === 0 && group === 0 && last === 'unit') {
    // "one half", "one-quarter".
    return { value: w === 'half' ? 0.5 : 0.25, length: i + 1, fraction: true };
  }
  if (w !== '-') return 'pass';
  const next = tokens[i + 1];
  if (last === 'unit' && sub === 1) {
    // "one-half", "one-third".
    if (next && (next === 'half' || next === 'quarter' || DENOMINATORS[next] !== undefined)) {
      s.i++;
      return 'continue';
    }
    return 'break';
  }
  if ((last === 'unit' || last === 'teen') && total === 0 && group === 0) {
    // "two-thirds".
    if (next && DENOMINATORS[next] !== undefined && next.endsWith('s')) {
      s.i++;
      return 'continue';
    }
  }
  return 'pass';
}

/** Digits after "point": "point zero three" -> 0.03, "point seventy-one" -> 0.71. */
function readSpokenDecimals(tokens: readonly string[], start: number): { value: number; end: number } | null {
  let digits = '';
  let i = start;
  while (i < tokens.length) {
    const w = tokens[i]!;
    if (w in UNITS && UNITS[w]! < 10) {
      digits += String(UNITS[w]);
      i++;
    } else if (w in UNITS || w in TENS) {
      let n = UNITS[w] ?? TENS[w]!;
      i++;
      if (w in TENS && tokens[i] === '-' && tokens[i + 1]! in UNITS) {
        n += UNITS[tokens[i + 1]!]!;
        i += 2;
      }
      digits += String(n);
    } else break;
  }
  return digits ? { value: Number(`0.${digits}`), end: i } : null;
}
