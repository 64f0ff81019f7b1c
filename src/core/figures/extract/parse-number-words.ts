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

function parseCardinal(tokens: readonly string[], start: number, implicitOne: number): NumberWords | null {
  let total = 0;
  let group = 0; // hundreds of the current thousand-group
  let sub = implicitOne; // below a hundred
  let last: Last = implicitOne ? 'unit' : 'none';
  let lastScale = Infinity;
  let best: NumberWords | null = null;
  let i = start;

  while (i < tokens.length) {
    const w = tokens[i]!;
    // "forty two and a third", "one hundred and three quarters", "one million and a half".
    if (w === 'and' && last !== 'none') {
      const half = tokens[i + 2] === 'half' ? 0.5 : tokens[i + 2] === 'quarter' ? 0.25 : 0;
      const part = /^(a|one)$/.test(tokens[i + 1] ?? '') ? half : 0;
      const partScale = SCALE_WORDS[tokens[i + 3] ?? ''];
      if (part && partScale && total === 0 && group === 0 && last !== 'scale') {
        return { value: (total + group + sub + part) * partScale, length: i + 4 }; // "two and a half million"
      }
      const rest = parseNumberWords(tokens.slice(i + 1));
      const unitOf = last === 'scale' ? lastScale : 1;
      if (rest?.fraction && rest.value < 1) {
        const whole = total + group + sub + rest.value * unitOf;
        const scaleWord = tokens[i + 1 + rest.length];
        if (unitOf === 1 && total === 0 && group === 0 && scaleWord && SCALE_WORDS[scaleWord]) {
          return { value: whole * SCALE_WORDS[scaleWord], length: i + 2 + rest.length }; // "two and a half million"
        }
        return { value: whole, length: i + 1 + rest.length, fraction: unitOf === 1 };
      }
      if (rest && !rest.fraction && !rest.ordinal && last === 'scale' && /^(a|half|quarter)$/.test(tokens[i + 1]!) && rest.value < lastScale) {
        return { value: total + group + sub + rest.value, length: i + 1 + rest.length }; // "one billion and a half million"
      }
    }
    // Connectors only count when a number word follows them.
    if ((w === 'and' || w === '&') && (last === 'hundred' || last === 'scale')) {
      const next = tokens[i + 1];
      if (next && (next in UNITS || next in TENS || next in ORDINAL_UNITS || next in ORDINAL_TENS)) {
        i++;
        continue;
      }
      break;
    }
    if (w === '-' && last === 'tens') {
      const next = tokens[i + 1];
      if (next && ((next in UNITS && UNITS[next]! < 10 && UNITS[next]! > 0) || (next in ORDINAL_UNITS && ORDINAL_UNITS[next]! < 10))) {
        i++;
        continue;
      }
      break;
    }
    if (w in UNITS) {
      const n = UNITS[w]!;
      if (last === 'unit' || last === 'teen' || (last === 'tens' && (n >= 10 || n === 0))) break;
      sub += n;
      last = n < 10 ? 'unit' : 'teen';
      i++;
      best = { value: total + group + sub, length: i };
      continue;
    }
    if (w in TENS) {
      if (last === 'unit' || last === 'teen' || last === 'tens') break;
      sub += TENS[w]!;
      last = 'tens';
      i++;
      best = { value: total + group + sub, length: i };
      continue;
    }
    if (w === 'hundred') {
      if (last === 'none' || last === 'hundred' || last === 'scale' || sub === 0 || group > 0) break;
      group = sub * 100;
      sub = 0;
      last = 'hundred';
      i++;
      best = { value: total + group + sub, length: i };
      continue;
    }
    if (w in SCALE_WORDS) {
      const scale = SCALE_WORDS[w]!;
      if (last === 'scale' && scale > lastScale && group + sub === 0) {
        total *= scale; // "three lakh crore"
      } else {
        if (last === 'none' || group + sub === 0 || scale >= lastScale) break;
        total += (group + sub) * scale;
      }
      group = 0;
      sub = 0;
      lastScale = Math.min(lastScale, scale);
      last = 'scale';
      i++;
      best = { value: total + group + sub, length: i };
      continue;
    }
    if (w === 'dozen' || w === 'dozens') {
      if (last === 'none' || last === 'scale') break;
      // "three hundred dozen" is rare; a dozen multiplies what precedes it.
      i++;
      return { value: (total + group + sub) * 12, length: i };
    }
    if (w === 'point' && last !== 'none') {
      const decimals = readSpokenDecimals(tokens, i + 1);
      if (decimals) return { value: total + group + sub + decimals.value, length: decimals.end };
      break;
    }
    // Ordinals close the number: "twenty-first", "one hundred twenty fifth", "two hundredth".
    if (w in ORDINAL_UNITS || w in ORDINAL_TENS) {
      const n = ORDINAL_UNITS[w] ?? ORDINAL_TENS[w]!;
      // "one fifth", "one third": a fraction, not an ordinal.
      if (last === 'unit' && sub === 1 && total === 0 && group === 0 && DENOMINATORS[w] !== undefined) {
        return { value: 1 / DENOMINATORS[w]!, length: i + 1, fraction: true };
      }
      if (last === 'unit' || last === 'teen' || (last === 'tens' && n >= 10)) break;
      return { value: total + group + sub + n, length: i + 1, ordinal: true };
    }
    if (w in ORDINAL_SCALES) {
      if (last === 'none') return { value: ORDINAL_SCALES[w]!, length: i + 1, ordinal: true };
      if (group + sub === 0) break;
      return { value: total + (group + sub) * ORDINAL_SCALES[w]!, length: i + 1, ordinal: true };
    }
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
    if (w === '-' && last === 'unit' && sub === 1) {
      // "one-half", "one-third".
      const next = tokens[i + 1];
      if (next && (next === 'half' || next === 'quarter' || DENOMINATORS[next] !== undefined)) {
        i++;
        continue;
      }
      break;
    }
    if (w === '-' && (last === 'unit' || last === 'teen') && total === 0 && group === 0) {
      // "two-thirds".
      const next = tokens[i + 1];
      if (next && DENOMINATORS[next] !== undefined && next.endsWith('s')) {
        i++;
        continue;
      }
    }
    break;
  }
  if (implicitOne && best && best.length === start) return null;
  return best;
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
