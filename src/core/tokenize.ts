// Terms for lexical matching: lower-cased, accents folded, stop words dropped, a light suffix strip
// so "sanctions"/"sanction" and "visited"/"visit" meet.

export const STOP_WORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers herself him himself his how ' +
    'i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out over own ' +
    'same she should so some such than that the their theirs them themselves then there these they this those through to too under until up ' +
    'very was we were what when where which while who whom why will with would you your yours yourself yourselves said says say ' +
    'one two three four five six seven eight nine ten first new last year years week day days time told according also like may might ' +
    'us mr mrs ms per via would could including since many much well even still yet back get got make made way across around another'
  ).split(/\s+/),
);

export function foldAccents(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

export function stem(word: string): string {
  if (word.length <= 4) return word;
  if (word.endsWith('ies') && word.length > 5) return word.slice(0, -3) + 'y';
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ing') && word.length > 6) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 5) return word.slice(0, -2);
  if (word.endsWith('es') && /(ch|sh|x|ss)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) return word.slice(0, -1);
  return word;
}

/** Raw word tokens with their offsets (for names and highlighting). */
export function words(text: string): Array<{ word: string; start: number; end: number }> {
  const out: Array<{ word: string; start: number; end: number }> = [];
  const re = /[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Normalised index terms of a text, in order (duplicates kept). */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const { word } of words(foldAccents(text))) {
    const w = word.toLowerCase().replace(/['\u2019]s$/, '').replace(/['\u2019]/g, '');
    if (w.length < 2 || STOP_WORDS.has(w) || /^\d+$/.test(w)) continue;
    for (const part of w.split('-')) {
      if (part.length < 2 || STOP_WORDS.has(part)) continue;
      out.push(stem(part));
    }
  }
  return out;
}
