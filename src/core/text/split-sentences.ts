// Sentence boundaries as [start, end) offsets, so figures and quotes can point back into the text.
// Naive splitting on ". " breaks on "U.S." and "Mr.", and on decimals; these rules keep them whole.

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'gen', 'gov', 'sen', 'rep', 'lt', 'col', 'sgt', 'capt',
  'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'no', 'vol', 'fig', 'approx', 'est', 'dept', 'univ',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'e.u', 'a.m', 'p.m',
]);

const SENTENCE_OPENERS = new Set(['The', 'A', 'An', 'In', 'It', 'He', 'She', 'They', 'We', 'But', 'This', 'That', 'However', 'Meanwhile']);

function isAbbreviationBefore(text: string, dot: number): boolean {
  // The word ending at `dot` (exclusive of the dot).
  let i = dot - 1;
  while (i >= 0 && /[A-Za-z.]/.test(text[i]!)) i--;
  const word = text.slice(i + 1, dot).toLowerCase();
  if (!word) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // Initials and dotted acronyms: "J.", "U.S", "D.C".
  if (/^[a-z]$/.test(word)) return true;
  if (/^([a-z]\.)+[a-z]$/.test(word)) return true;
  return false;
}

export function splitSentences(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push([s, e]);
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n' && text[i + 1] === '\n') {
      push(i);
      start = i + 2;
      i++;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    // Consume closing quotes/brackets after the terminator.
    let j = i + 1;
    while (j < text.length && /["'\u201d\u2019)\]]/.test(text[j]!)) j++;
    if (j < text.length && !/\s/.test(text[j]!)) continue; // "240.1", "U.S.-China"
    // Next non-space character must plausibly start a sentence.
    let k = j;
    while (k < text.length && /\s/.test(text[k]!)) k++;
    if (k >= text.length) continue;
    const next = text[k]!;
    if (!/[A-Z0-9"'\u201c\u2018(\u00C0-\u024F]/.test(next)) continue;
    if (ch === '.' && isAbbreviationBefore(text, i)) {
      // "U.S. President" stays one sentence; "...in the U.S. The next..." ends one: a dotted
      // acronym followed by a typical sentence opener is the only abbreviation we split after.
      const dotted = /(?:^|[^A-Za-z])(?:[A-Za-z]\.)+[A-Za-z]$/.test(text.slice(Math.max(0, i - 8), i));
      const nextWord = /^[A-Za-z]+/.exec(text.slice(k))?.[0] ?? '';
      if (!(dotted && SENTENCE_OPENERS.has(nextWord))) continue;
    }
    push(j);
    start = j;
  }
  push(text.length);
  return out;
}
