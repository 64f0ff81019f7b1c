import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { tokenizeFigureText, TOKEN_RE } from '../../src/core/figures/extract/tokenize-figure-text.ts';

describe('tokenizeFigureText', () => {
  /** Tokens as the global TOKEN_RE finds them: the specification the scanner follows. */
  const byRegex = (text: string) => [...text.matchAll(new RegExp(TOKEN_RE.source, 'gu'))].map((m) => {
    const t = m[0];
    const c = t.charCodeAt(0);
    const k = (c >= 48 && c <= 57) || (c === 46 && t.length > 1) ? 'num' : /^[\p{L}\p{M}]/u.test(t) ? 'word' : 'sym';
    return { start: m.index, end: m.index + t.length, text: t, lower: t.toLowerCase(), kind: k };
  });
  const scanned = (text: string) => tokenizeFigureText(text).map((t) => ({ start: t.start, end: t.end, text: t.text, lower: t.lower, kind: t.kind }));

  test('finds what TOKEN_RE finds', () => {
    const article = readFileSync(resolve(import.meta.dirname, '../../seeds/003_75a7583855ad6978.txt'), 'utf8');
    for (const text of [article, "D\u2019Etat d'Ivoire, that's 12,34,567.5 .5 x.5 5..3 1,234,56 \u00e9t\u00e9 e\u0301 \u0130STANBUL \u24b6 \u2163 \ud83d\ude00 \ud835\udc00 \ud800 \u00a0\u202f\u2028\ufeff\x1c$5"]) {
      expect(scanned(text)).toEqual(byRegex(text));
    }
  });

  test('on random texts of letters, digits, marks and spaces', () => {
    const pieces = ['a', 'Z', '\u00e9', 'e\u0301', '\u0301', "'", '\u2019', '.', ',', '5', '0', ' ', '\u00a0', '\u202f', '\n', '-', '$', '\u20ac',
      '\ud83d\ude00', '\ud835\udc00', '\ud800', '\udc00', '\u0130', '\u24b6', '\u00df', '\u2028', '\ufeff', '\x1c', '1,234', '12,34,567', '.5'];
    let seed = 1;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let r = 0; r < 20000; r++) {
      let text = '';
      const n = 1 + Math.floor(random() * 12);
      for (let j = 0; j < n; j++) text += pieces[Math.floor(random() * pieces.length)];
      expect(scanned(text), JSON.stringify(text)).toEqual(byRegex(text));
    }
  });
});
