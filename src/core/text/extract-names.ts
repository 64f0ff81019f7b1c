// Names of people, places and organisations, approximated by runs of capitalised words.
// Good enough to tell "Xi Jinping" and "Harbin" from "trade" without a tagger.
import { backgroundRank } from './background-idf.ts';
import { foldAccents } from './tokenize.ts';
import { STOP_WORDS } from './words/stop-words.ts';
import { stem } from './stem.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from './words/month-names.ts';

const CONNECTORS = new Set(['of', 'de', 'del', 'la', 'van', 'von', 'al', 'bin', 'da', 'du', 'le']);

/** Words that are capitalised at the start of a name run but are not part of the name. */
const NOT_NAMES = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'but', 'and', 'or', 'if', 'as', 'after', 'before', 'during', 'while', 'when',
  'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i', 'his', 'her', 'their', 'our', 'its',
  ...WEEKDAY_NAMES, ...MONTH_NAMES,
  'chinese', 'russian', 'american', 'british', 'french', 'german', 'european', 'western', 'ukrainian', 'israeli', 'iranian',
  'photograph', 'photo', 'image', 'read', 'more', 'related', 'advertisement', 'update', 'updated', 'editor', 'note',
]);

/** Days of the week end a run wherever they stand: "over Hokkaido Friday" names Hokkaido. (Months may be
 * names' words: "Theresa May".) */
const RUN_BREAKERS = new Set(WEEKDAY_NAMES);

/** Titles and roles: they split a run ("Attorney General Letitia James") and never stand as names. */
const TITLE_WORDS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'lord', 'lady', 'president', 'vice', 'prime', 'minister', 'secretary', 'governor',
  'gov', 'senator', 'sen', 'rep', 'representative', 'congressman', 'congresswoman', 'attorney', 'general', 'chief',
  'executive', 'ceo', 'cfo', 'coo', 'chairman', 'chairwoman', 'chair', 'director', 'king', 'queen', 'prince', 'princess',
  'pope', 'judge', 'justice', 'mayor', 'commissioner', 'ambassador', 'spokesman', 'spokeswoman', 'spokesperson', 'gen',
  'col', 'lt', 'sgt', 'capt', 'officer', 'founder', 'cofounder', 'co-founder', 'leader', 'former', 'deputy', 'premier',
  'chancellor', 'professor', 'prof', 'st', 'dept', 'department', 'ministry', 'foreign', 'defense', 'defence',
]);

/** Single capitalised words this common in English are sentence starts, not names ("Officials said"). */
const COMMON_WORD_RANK = 400;
/** A capitalised word this common at the start of a sentence is dropped from the name that follows it. */
const LEADING_COMMON_RANK = 1000;

export interface NameMention {
  /** Folded, lower-cased name: the key names are compared by ("xi jinping"). */
  key: string;
  /** The name as most often written ("Xi Jinping"). */
  surface: string;
  /** How many times it occurs. */
  count: number;
}

const RUN_RE = /[\p{Lu}][\p{L}\p{N}'\u2019.&-]*(?:[ \t]+(?:(?:of|de|del|la|van|von|al|bin|da|du|le)[ \t]+)?[\p{Lu}][\p{L}\p{N}'\u2019.&-]*)*/gu;

function keyOf(word: string): string {
  return foldAccents(word).toLowerCase().replace(/['\u2019]/g, '');
}

/** Every name in a text with its count, most frequent first (ties: first seen first). */
export function extractNameMentions(text: string): NameMention[] {
  const found = new Map<string, { surfaces: Map<string, number>; count: number; order: number }>();
  const add = (parts: string[]): void => {
    while (parts.length && CONNECTORS.has(keyOf(parts[parts.length - 1]!))) parts.pop();
    while (parts.length && CONNECTORS.has(keyOf(parts[0]!))) parts.shift();
    if (parts.length === 0) return;
    const key = parts.map(keyOf).join(' ');
    if (key.length < 2 || STOP_WORDS.has(key) || NOT_NAMES.has(key) || /^[\d.,-]+$/.test(key)) return;
    if (parts.length === 1 && backgroundRank(stem(key)) <= COMMON_WORD_RANK) return;
    const surface = parts.join(' ');
    let e = found.get(key);
    if (!e) found.set(key, (e = { surfaces: new Map(), count: 0, order: found.size }));
    e.count++;
    e.surfaces.set(surface, (e.surfaces.get(surface) ?? 0) + 1);
  };
  RUN_RE.lastIndex = 0;
  for (let m = RUN_RE.exec(text); m; m = RUN_RE.exec(text)) {
    const raw = m[0].replace(/[-&']+$/, '');
    // At a sentence start, a common word before a name is no part of it ("Later Putin spoke").
    let sentenceStart = m.index === 0 || /[.!?:;"\u201c\n]\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index));
    let run: string[] = [];
    for (const w of raw.split(/[ \t]+/)) {
      const possessive = /['\u2019]s$/i.test(w);
      const bare = possessive ? w.slice(0, -2) : w.replace(/\.$/, '');
      const k = keyOf(bare);
      const common = sentenceStart && run.length === 0 && backgroundRank(stem(k)) <= LEADING_COMMON_RANK;
      sentenceStart = false;
      if (TITLE_WORDS.has(k) || RUN_BREAKERS.has(k) || (run.length === 0 && (NOT_NAMES.has(k) || STOP_WORDS.has(k) || common))) {
        if (run.length) add(run);
        run = [];
        continue;
      }
      run.push(bare);
      // A full stop ends the sentence, and the name, unless it marks an initial ("John F. Kennedy").
      // So does a possessive ("Ukraine's Kharkiv region" names Ukraine, then Kharkiv).
      const fullStop = !possessive && w.endsWith('.') && !/^\p{Lu}\.$/u.test(w);
      if (possessive || fullStop) {
        add(run);
        run = [];
        sentenceStart = fullStop;
      }
    }
    if (run.length) add(run);
  }
  // A capitalised word that the text also writes in lower case is an ordinary word at a sentence start.
  const lowerWords = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])[\p{Ll}][\p{Ll}'\u2019-]+/gu)) lowerWords.add(m[0]);
  const lower = new Set<string>();
  for (const w of lowerWords) lower.add(keyOf(w)); // each distinct word once
  const out: Array<NameMention & { order: number }> = [];
  for (const [key, e] of found) {
    if (!key.includes(' ') && lower.has(key)) continue;
    let surface = '';
    let best = -1;
    for (const [s, c] of e.surfaces) if (c > best) [surface, best] = [s, c];
    out.push({ key, surface, count: e.count, order: e.order });
  }
  out.sort((a, b) => b.count - a.count || a.order - b.order);
  return out.map(({ key, surface, count }) => ({ key, surface, count }));
}

/** Distinct lower-cased names; multi-word names also contribute their first and last words ("xi jinping" -> "xi", "jinping"). */
export function extractNames(text: string): string[] {
  const out = new Set<string>();
  for (const { key } of extractNameMentions(text)) {
    out.add(key);
    const parts = key.split(' ');
    if (parts.length > 1) {
      for (const p of [parts[0]!, parts[parts.length - 1]!]) if (!STOP_WORDS.has(p) && !NOT_NAMES.has(p)) out.add(p);
    }
  }
  return [...out];
}

/** The words of a name key that identify it ("xi jinping" -> ["xi", "jinping"]), connectors left out. */
export function nameTokens(key: string): string[] {
  return key.split(' ').filter((w) => !CONNECTORS.has(w));
}
