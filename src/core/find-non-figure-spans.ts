// Spans of a text that contain digits but are never figures: dates, times of day, year ranges,
// decades, URLs and e-mail addresses, phone numbers, versions and other codes, numbered lists,
// street addresses. Found by pattern before figures are read, so no figure starts inside one.

export type RejectReason =
  | 'date' | 'time' | 'year' | 'decade' | 'url' | 'phone' | 'code' | 'version' | 'list' | 'street' | 'model';

export interface NonFigureSpan {
  start: number;
  end: number;
  reason: RejectReason;
}

const MON = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const MONTH_DAY = new RegExp(`\\b(${MON})(?:\\s?\\.)?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d|[.,]\\d)(?:\\s*,?\\s*(?:1[89]|20)\\d{2}\\b)?`, 'gi');
const DAY_MONTH = new RegExp(`(?<![\\d.,])(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MON})\\b\\.?(?:\\s*,?\\s*(?:1[89]|20)\\d{2}\\b)?`, 'gi');
const MONTH_YEAR = new RegExp(`\\b(${MON})\\.?\\s*,?\\s+((?:1[89]|20)\\d{2})\\b`, 'gi');
/** "may" and "march" are also a verb and a noun: lower-case they need a preposition before them. */
const AMBIGUOUS_MONTH = /^(may|mar|march)$/i;
const DATE_PREPOSITION = /\b(on|in|since|of|from|until|by|before|after|early|late|mid|last|next|this|between|and|to)\s+$/i;

const MASK_RULES: Array<[RegExp, RejectReason]> = [
  [/\b(?:https?:\/\/|www\.)[^\s<>"]+/gi, 'url'],
  [/(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+/g, 'url'], // e-mail addresses
  [/(?<![\d.])(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}[/.-]\d{1,2}[/.-]\d{1,2})(?![\d]|[.,]\d)/g, 'date'],
  [/(?<![\d.,:])\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[ap]\.m\.|[ap]m\b))?/gi, 'time'],
  [/(?<![\d.,])\d{1,2}(?:\.\d{2})?\s*(?:[ap]\.m\.|[ap]m\b)/gi, 'time'],
  [/(?<![\d.,])\d{1,4}\s*(?:o['\u2019]clock|GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|JST|IST|MSK)\b/g, 'time'],
  [/(?<![\d.])\d+(?:\.\d+){2,}(?![\d])/g, 'version'],
  [/(?<![\w+])\+\d[\d\s().-]{6,}\d/g, 'phone'],
  [/(?<![\d.,])\(?\d{3}\)?[\s.-]\d{3}[.-]\d{4}(?!\d)/g, 'phone'],
  [/(?<![\d.,])\d+(?:[-/]\d+){2,}(?![\d])/g, 'code'],
  [/(?<![\d,.])(?:1[89]|20)\d{2}\s*[-\u2013/]\s*(?:(?:1[89]|20)\d{2}|\d{2})(?![\d%])/g, 'year'],
  [/(?<![\d.,])(?:(?:1[0-9]|20)\d0s|['\u2019]\d0s|\d0s)\b/g, 'decade'],
  [/(?<=(?:^|[\s(])['\u2019])\d{2}(?![\d%])\b/gm, 'year'], // "in ’91"
  [/^[ \t]*\d{1,2}[.)](?=[ \t])/gm, 'list'],
  [/(?<![\d.,:])\d{1,3}:\d{1,3}(?![\d:])/g, 'code'], // scores and ratios: "4:1"
  [/\b\d{1,5}[A-Za-z]?\s+(?:[A-Z][\w'\u2019-]*\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Way|Place|Square|Court|Terrace|Crescent|Close|Highway|Parkway)\b/g, 'street'],
];

/** Spans that hold digits but are never figures, sorted by start and never overlapping. */
export function findNonFigureSpans(text: string): NonFigureSpan[] {
  const masks: NonFigureSpan[] = [];
  const add = (s: number, e: number, reason: RejectReason) => {
    if (!masks.some((m) => s < m.end && e > m.start)) masks.push({ start: s, end: e, reason });
  };
  for (const [re, reason] of MASK_RULES) {
    if (re.source.includes('@') && !text.includes('@')) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) add(m.index, m.index + m[0].length, reason);
  }
  const dateRule = (re: RegExp, monthGroup: number, dayGroup: number | null) => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const month = m[monthGroup]!;
      if (dayGroup !== null) {
        const day = Number(m[dayGroup]);
        if (day < 1 || day > 31) continue;
      }
      if (AMBIGUOUS_MONTH.test(month) && !/^[A-Z]/.test(month) && !DATE_PREPOSITION.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      if (/^mar$/i.test(month) && !/^M/.test(month)) continue;
      add(m.index, m.index + m[0].length, 'date');
    }
  };
  // Inline numbered lists: "as follows: 1. Finland 2. Norway 3. Australia" (consecutive numbers only).
  const items = [...text.matchAll(/(?<![\d.,])(\d{1,2})[.)](?=\s+\p{Lu})/gu)];
  items.forEach((m, k) => {
    const n = Number(m[1]);
    const prev = items[k - 1];
    const next = items[k + 1];
    const chained = (o: RegExpMatchArray | undefined, d: number) => !!o && Number(o[1]) === n + d && Math.abs(o.index! - m.index!) < 120;
    if (chained(prev, -1) || chained(next, 1)) add(m.index!, m.index! + m[0].length, 'list');
  });
  dateRule(MONTH_DAY, 1, 2);
  dateRule(DAY_MONTH, 2, 1);
  dateRule(MONTH_YEAR, 1, null);
  return masks.sort((a, b) => a.start - b.start);
}
