// Spans of a text that contain digits but are never figures: dates, times of day, year ranges,
// decades, URLs and e-mail addresses, phone numbers, versions and other codes, numbered lists,
// street addresses. Found by pattern before figures are read, so no figure starts inside one.

export type RejectReason =
  | 'date' | 'time' | 'year' | 'decade' | 'url' | 'phone' | 'code' | 'version' | 'list' | 'street' | 'model'
  // Left out by the extractor: idioms ("for the first time", "a four-time winner", "in the first place") and
  // references to things already counted ("the two countries", "both leaders", "all three suspects").
  | 'idiom' | 'reference'
  // A decimal split by a space ("a 6. 1-magnitude quake", in tokenised text): which value it is, is unsure.
  | 'split';

export interface NonFigureSpan {
  start: number;
  end: number;
  reason: RejectReason;
}

const MON = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
// Speed: a pattern that opens with a fixed character ("\d", "'") lets the regex engine skip straight to
// the few places that character occurs; one that opens with a word boundary or a lookbehind is tried at
// every position of the text. So the patterns below start at the digits and look back for the rest
// ("\d(?<![\d.,]\d)" is "(?<![\d.,])\d"): same matches, found several times faster.
/**
 * "May 16", "Sept. 30, 2024": group 1 the day, group 2 the month (looked back for from the day). The month
 * must start a word, or be capitalised after letters it was glued to ("Tampa, FLJune 10"): see monthStarts.
 */
const MONTH_DAY = new RegExp(`(\\d(?<=(${MON})(?:\\s?\\.)?\\s+\\d)\\d?)(?:st|nd|rd|th)?(?!\\d|[.,]\\d)(?:\\s*(?:,\\s*)?(?:1[89]|20)\\d{2}\\b)?`, 'diy');
/** "16 May 2024", "4th of July": group 1 the day, group 2 the month. */
const DAY_MONTH = new RegExp(`(\\d(?<![\\d.,]\\d)\\d?)(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MON})\\b\\.?(?:\\s*(?:,\\s*)?(?:1[89]|20)\\d{2}\\b)?`, 'diy');
/** "February 2022": group 1 the year, group 2 the month (see MONTH_DAY). */
const MONTH_YEAR = new RegExp(`((?:1[89]|20)\\d{2})\\b(?<=(${MON})\\.?(?:\\s*,)?\\s+\\d{4})`, 'diy');
/** "may" and "march" are also a verb and a noun: lower-case they need a preposition before them. */
const AMBIGUOUS_MONTH = /^(may|mar|march)$/i;
const DATE_PREPOSITION = /\b(on|in|since|of|from|until|by|before|after|early|late|mid|last|next|this|between|and|to)\s+$/i;

/** "[\w.+-]" of the e-mail rule, by character code. */
const isMailChar = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 43 || c === 45;
/** What follows the "@" of an e-mail address. */
const MAIL_DOMAIN = /@[\w-]+\.[\w.-]+/y;

/**
 * E-mail addresses, as "(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+" would find them scanning the text, but
 * looked for from each "@" (that pattern alone tries every letter of the text).
 */
function findMails(text: string, add: (s: number, e: number, reason: RejectReason) => void): void {
  let from = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let s = at;
    while (s > 0 && isMailChar(text.charCodeAt(s - 1))) s--;
    if (s === at || s < from) continue;
    MAIL_DOMAIN.lastIndex = at;
    if (!MAIL_DOMAIN.exec(text)) continue;
    add(s, MAIL_DOMAIN.lastIndex, 'url');
    from = MAIL_DOMAIN.lastIndex;
  }
}

/**
 * [pattern, reason, where matches start]: 'digits' patterns match only from the first digit of a run of
 * digits and are tried there alone (sticky), the others scan the text; 'quote' spans start after the
 * quote the match opens with ("’91"), 'line' spans at the line's first space. null marks the e-mail rule.
 */
type Anchor = 'digits' | 'scan' | 'quote' | 'line';
const MASK_RULES: Array<[RegExp | null, RejectReason, Anchor]> = [
  [/\b(?:https?:\/\/|www\.)[^\s<>"]+/gi, 'url', 'scan'],
  [null, 'url', 'scan'], // e-mail addresses
  [/\d(?<![\d.]\d)(?:\d?[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{3}[/.-]\d{1,2}[/.-]\d{1,2})(?![\d]|[.,]\d)/y, 'date', 'digits'],
  [/\d(?<![\d.,:]\d)\d?:\d{2}(?::\d{2})?(?:\s*(?:[ap]\.m\.|[ap]m\b))?/iy, 'time', 'digits'],
  [/\d(?<![\d.,]\d)\d?(?:\.\d{2})?\s*(?:[ap]\.m\.|[ap]m\b)/iy, 'time', 'digits'],
  [/\d(?<![\d.,]\d)\d{0,3}\s*(?:o['\u2019]clock|GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|JST|IST|MSK)\b/y, 'time', 'digits'],
  [/\d(?<![\d.]\d)\d*(?:\.\d+){2,}(?![\d])/y, 'version', 'digits'],
  [/\+(?<![\w+]\+)\d[\d\s().-]{6,}\d/g, 'phone', 'scan'],
  [/(?<![\d.,])\(?\d{3}\)?[\s.-]\d{3}[.-]\d{4}(?!\d)/g, 'phone', 'scan'],
  [/\d(?<![\d.,]\d)\d*(?:[-/]\d+){2,}(?![\d])/y, 'code', 'digits'],
  [/(?:1(?<![\d,.]1)[89]|2(?<![\d,.]2)0)\d{2}\s*[-\u2013/]\s*(?:(?:1[89]|20)\d{2}|\d{2})(?![\d%])/y, 'year', 'digits'],
  [/(?<![\d.,])(?:(?:1[0-9]|20)\d0s|['\u2019]\d0s|\d0s)\b/g, 'decade', 'scan'],
  [/['\u2019](?<=(?:^|[\s(])['\u2019])\d{2}(?![\d%])\b/gm, 'year', 'quote'], // "in ’91"
  [/\d(?<=^[ \t]*\d)\d?[.)](?=[ \t])/my, 'list', 'line'],
  // One lone digit, a stop, one space, digits: "a 6. 1-magnitude quake" in tokenised text. Read as two numbers it
  // gives a "1-magnitude" quake, and the sentence splitter cuts it in two, so neither half is read. A sentence
  // ending on a lone digit before one opening on digits is rare in news (a number opening a sentence is spelt out).
  [/\d(?<![\w.,-]\d)\. \d+/y, 'split', 'digits'],
  [/\d(?<![\d.,:]\d)\d{0,2}:\d{1,3}(?![\d:])/y, 'code', 'digits'], // scores and ratios: "4:1"
  [/\d(?<=\b\d)\d{0,4}[A-Za-z]?\s+(?:[A-Z][\w'\u2019-]*\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Way|Place|Square|Court|Terrace|Crescent|Close|Highway|Parkway)\b/y, 'street', 'digits'],
];
/** Inline list items: group 1 the number. */
const LIST_ITEM = /(\d(?<![\d.,]\d)\d?)[.)](?=\s+\p{Lu})/uy;
const DIGIT_RUN = /\d+/g;

/** Where runs of digits start. */
function digitRuns(text: string): number[] {
  const out: number[] = [];
  DIGIT_RUN.lastIndex = 0;
  for (let m = DIGIT_RUN.exec(text); m; m = DIGIT_RUN.exec(text)) out.push(m.index);
  return out;
}

/**
 * The matches of a sticky pattern that can match only from the start of a run of digits, as a global
 * scan of the text would find them (left to right, none overlapping the one before). `holds` is a last
 * condition of the pattern, checked in code.
 */
function* matchesAtRuns(re: RegExp, text: string, runs: readonly number[], holds?: (m: RegExpExecArray) => boolean): Generator<RegExpExecArray> {
  let from = 0;
  for (const p of runs) {
    if (p < from) continue;
    re.lastIndex = p;
    const m = re.exec(text);
    if (m && (!holds || holds(m))) {
      from = p + m[0].length;
      yield m;
    }
  }
}

const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Whether a month name found at `at` starts a word ("\b"), or is capitalised and glued to the letters
 * before it: text extracted from tour-date lists runs the place into the date ("Tampa, FLJune 10").
 */
function monthStarts(text: string, at: number, month: string): boolean {
  const c = at > 0 ? text.charCodeAt(at - 1) : 32;
  if (!isWordChar(c)) return true;
  const m = month.charCodeAt(0);
  return isAsciiLetter(c) && m >= 65 && m <= 90;
}

/** Spans that hold digits but are never figures, sorted by start and never overlapping. */
export function findNonFigureSpans(text: string): NonFigureSpan[] {
  const masks: NonFigureSpan[] = [];
  // Which characters a mask already covers: a new span is kept only when it overlaps none (checked over its
  // own characters, so a text with thousands of dates or times costs linear time, not masks x masks).
  const covered = new Uint8Array(text.length + 1);
  const add = (s: number, e: number, reason: RejectReason) => {
    for (let k = s; k < e; k++) if (covered[k]) return;
    covered.fill(1, s, e);
    masks.push({ start: s, end: e, reason });
  };
  const runs = digitRuns(text);
  for (const [re, reason, anchor] of MASK_RULES) {
    if (!re) {
      findMails(text, add);
    } else if (anchor === 'digits' || anchor === 'line') {
      for (const m of matchesAtRuns(re, text, runs)) {
        let s = m.index;
        if (anchor === 'line') while (s > 0 && (text[s - 1] === ' ' || text[s - 1] === '\t')) s--;
        add(s, m.index + m[0].length, reason);
      }
    } else {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) add(m.index + (anchor === 'quote' ? 1 : 0), m.index + m[0].length, reason);
    }
  }
  const dateRule = (re: RegExp, monthGroup: number, dayGroup: number | null) => {
    const holds = re === DAY_MONTH ? undefined : (m: RegExpExecArray) => monthStarts(text, m.indices![monthGroup]![0], m[monthGroup]!);
    for (const m of matchesAtRuns(re, text, runs, holds)) {
      const month = m[monthGroup]!;
      if (dayGroup !== null) {
        const day = Number(m[dayGroup]);
        if (day < 1 || day > 31) continue;
      }
      const start = Math.min(m.index, m.indices![monthGroup]![0]);
      if (AMBIGUOUS_MONTH.test(month) && !/^[A-Z]/.test(month) && !DATE_PREPOSITION.test(text.slice(Math.max(0, start - 12), start))) continue;
      if (/^mar$/i.test(month) && !/^M/.test(month)) continue;
      add(start, m.index + m[0].length, 'date');
    }
  };
  // Inline numbered lists: "as follows: 1. Finland 2. Norway 3. Australia" (consecutive numbers only).
  const items = [...matchesAtRuns(LIST_ITEM, text, runs)];
  items.forEach((m, k) => {
    const n = Number(m[1]);
    const prev = items[k - 1];
    const next = items[k + 1];
    const chained = (o: RegExpMatchArray | undefined, d: number) => !!o && Number(o[1]) === n + d && Math.abs(o.index! - m.index!) < 120;
    if (chained(prev, -1) || chained(next, 1)) add(m.index, m.index + m[0].length, 'list');
  });
  dateRule(MONTH_DAY, 2, 1);
  dateRule(DAY_MONTH, 2, 1);
  dateRule(MONTH_YEAR, 2, null);
  return masks.sort((a, b) => a.start - b.start);
}
