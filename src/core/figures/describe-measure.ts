// What a figure measures, read from the words around it: the evidence alignment compares across reports
// and the plain label the popup shows ("bilateral trade, last year", "length of the state visit").
//
// No parser: the sentence is cut into words and the figure's neighbours are weighted by how close they
// stand. Words nearer the figure say more about what it measures ("tariffs on $18bn in goods": tariffs,
// goods), so each content word weighs DECAY^distance, halved for each clause mark (comma, bracket, dash,
// quote) crossed, and cut further when another figure stands in between (that word belongs to the other
// figure). Words are lower-cased, accent-folded, plural/-ed/-ing stripped, and a few news synonyms meet
// ("nations"/"countries", "trip"/"visit", "killed"/"deaths").
import { SortedSpans, type Span } from '../text/sorted-spans.ts';
import type { Figure, FigureKind } from '../types.ts';
import { stem } from '../text/stem.ts';
import { pluralNoun } from '../text/singular-noun.ts';
import { CLAUSE_BREAKERS, FUNCTION_WORDS, OPENING_QUOTES, RELATIVE_PRONOUNS } from '../text/words/function-words.ts';
import { HEDGE_PHRASES, HEDGE_WORDS, HEDGES_BEFORE } from '../text/words/hedge-words.ts';
import { lookupTable } from '../text/lookup-table.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../text/words/month-names.ts';
import { MEASURE_UNITS } from '../text/words/measure-units.ts';
import { ABOARD_HEAD, ABOARD_WORDS, ACTIVE_CASUALTY_VERBS, CASUALTY_HEADS, CASUALTY_LINKS, CASUALTY_WORDS, LIFE_TAKING_VERBS } from '../text/words/casualty-words.ts';
import { PLACE_PREPOSITIONS, REPORTING_WORDS } from '../text/words/attribution-words.ts';
import { FALL_VERBS, RISE_VERBS } from '../text/words/change-words.ts';
import { COUNTING_NOUNS, ESTIMATE_VERBS } from '../text/words/estimate-words.ts';
import { UNITS_AFTER } from './extract/figure-units.ts';
import { isPeopleNoun } from '../text/words/people-nouns.ts';
import { SUBJECT_PRONOUNS } from '../text/words/subject-pronouns.ts';
import { BELOW_WORDS, DIMENSION_AFTER, DIMENSION_NOUNS, DISTANCE, DISTANCE_PREPOSITIONS, SURFACE_WORDS } from '../text/words/dimension-words.ts';
import { COMPASS_WORDS, PLACE_FILLERS } from '../text/words/place-words.ts';
import { unitFamily } from './unit-families.ts';

export type { Span } from '../text/sorted-spans.ts';

export interface MeasureDescription {
  kind: FigureKind;
  /** Unit the figure is counted in, normalised ("people" -> "person"). */
  unit: string;
  /** Time the figure refers to, normalised ("In 2019" -> "2019"), when known. */
  time?: string;
  /** 'previous' for the starting point of a change ("up from $111bn"): not the current value of the measure. */
  role: 'current' | 'previous';
  /** Normalised context words and their weight, 0..1 (1 = inside or right next to the figure). */
  terms: Map<string, number>;
  /** Words between the number and its noun ("fourth in-person meeting" -> ["in-person"]): they narrow the measure. */
  qualifiers: string[];
  /** Terms the figure's clause denies of it ("five deaths were not storm-related" -> storm, relat, storm-relat). */
  negated: string[];
  /** Plain label of the measure, without the time ("bilateral trade", "length of the state visit"). */
  label: string;
  /** Head nouns of what is measured, normalised ("visit" for "two-day state visit", "trade" for "trade volume ... reached"). */
  heads: string[];
  /**
   * The noun the figure is written into, when that noun names the measure: the series of an ordinal
   * ("43rd meeting" -> meeting), the thing a duration or an amount qualifies ("two-day visit" -> visit,
   * "a 100% tariff" -> tariff). Counts have none: "19 people" says what is counted, not which count.
   */
  compound?: string;
  /** Head of the phrase completing that noun ("buyout OF INSTAGRAM" -> instagram). */
  complement?: string;
  /**
   * Names written close to the figure (capitalised mid-sentence, weight >= NAME_WEIGHT), as terms, nearest
   * first: whose or where the figure is ("Rahman (45-7-2, 36 KOs)", "Succop's 47-yard field goal").
   */
  names?: string[];
  /**
   * The name the figure is a value of, when its clause says (see figureSubject): "Manning completed 29 of 34
   * passes for 364 yards" -> manning, "Charles' 226 yards rushing" -> charles. As a term.
   */
  subject?: string;
}

export interface DescribeOptions {
  /** [start, end) of the sentence holding the figure; the context never leaves it. Default: the whole text. */
  sentence?: [number, number];
  /**
   * Spans of the other figures in the text: barriers between a word and this figure. Describing many
   * figures of one text, pass them once as SortedSpans (all of them, this figure's own span may be among
   * them): each call then finds its neighbours by binary search.
   */
  others?: Span[] | SortedSpans;
  /** Spans read through as if absent: the same amount in another currency ("$18bn (£14bn)"). */
  transparent?: Span[];
}

const NUMBER_WORD =
  /^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozen|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)(-\w+)?$/i;

/** A figure written as an ordinal: "75th", "fiftieth", "second" (a duration so written is an anniversary). */
const ORDINAL_TEXT = /(?:\d(?:st|nd|rd|th)|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|[a-z]+ieth|hundredth|thousandth))$/i;

export const DECAY = 0.85;
/**
 * Characters read on each side of the figure, within its sentence (cut at a word boundary). Word weights
 * fall by DECAY per word, so words further away weigh next to nothing (0.85^50 < 0.0003); the bound keeps
 * a sentence listing thousands of numbers (a CSV page) from being read whole for each of them.
 */
export const DESCRIBE_WINDOW = 300;
/** Longest label (characters); a longer one is cut at a word boundary. */
export const MAX_LABEL_CHARS = 120;
export const CLAUSE_FACTOR = 0.5;
export const OTHER_FIGURE_FACTOR = 0.35;
/** Weight a capitalised word needs next to a figure to be one of its names. */
export const NAME_WEIGHT = 0.2;

/** Hedges of one word ("nearly", "some"): words of the figure, not of what it measures. */
const SINGLE_WORD_HEDGES = HEDGE_PHRASES.map(([p]) => p).filter((p) => /^[a-z]+$/.test(p));

/** Words that never tell one measure from another: saying verbs, generic measure nouns, number and time words. */
const NOISE_WORDS = new Set(
  (
    'expected expect estimated estimate official officials figure figures data ' +
    'include includes included including worth equating equates equated equivalent equal converted exchange ' +
    'volume value amount totalled totaled totalling sum level size rate toll ' +
    'reach reached reaching hit hits stood stand stands amounted came come top topped record ' +
    'percent per cent pct bn billion billions million millions trillion trillions thousand thousands hundred hundreds tn mn ' +
    'dollar dollars usd pound pounds sterling gbp euro euros eur yuan renminbi rmb cny ruble rubles rouble roubles rub yen rupee rupees ' +
    'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen ' +
    'twenty thirty forty fifty sixty seventy eighty ninety dozen dozens ' +
    'first second third fourth fifth sixth seventh eighth ninth tenth ' +
    'least most than more less ' +
    'year years month months week weeks day days today yesterday tomorrow current currently now last next ago recent recently far'
  ).split(' ').concat(SINGLE_WORD_HEDGES, WEEKDAY_NAMES, MONTH_NAMES, [...REPORTING_WORDS], [...COUNTING_NOUNS]),
);

const IRREGULAR = lookupTable<string>({
  people: 'person',
  persons: 'person',
  children: 'child',
  men: 'man',
  women: 'woman',
  died: 'death',
  dead: 'death',
  die: 'death',
  dies: 'death',
  ads: 'ad',
  paid: 'cost',
  spent: 'cost',
  // A change verb's irregular forms meet its stem: "the toll rises to 18" and "has risen to 31".
  risen: 'rise',
  rose: 'rise',
  fallen: 'fall',
  fell: 'fall',
  grew: 'grow',
  grown: 'grow',
});

/** General news synonyms, after stemming. Kept short: each entry must hold in any story. */
const SYNONYMS = lookupTable<string>({
  nation: 'country',
  trip: 'visit',
  kill: 'death',
  fatality: 'death',
  quake: 'earthquake',
  temblor: 'earthquake',
  wound: 'injury',
  injur: 'injury',
  hurt: 'injury',
  // "169 passengers still unaccounted for" are the missing.
  unaccount: 'miss',
  duty: 'tariff',
  levy: 'tariff',
  // What money was spent on: costs, spending, payments and budgets measure the same outlay.
  spend: 'cost',
  pay: 'cost',
  payment: 'cost',
  budget: 'cost',
});

const DEFAULT_VERBS = new Set(
  (
    'is are was were be been has have had hit hits reach reaches reached total totals totalled totaled stood stands ' +
    'rose rise rises risen fell fall falls fallen grew grow grows grown climbed climb jumped jump dropped drop surged surge ' +
    'topped top exceeded exceed amounted amount came come increased increase decreased decrease doubled tripled soared ' +
    'slumped plunged declined decline reached cost costs affect affects affected affecting include includes included including ' +
    'impose imposes imposed announce announces announced mark marks marked displace displaced killed injured died hold holds'
  ).split(' '),
);

/** A measure word's normal form: irregular forms, then the shared stem (four-letter plurals too), then synonyms. */
export function stemMeasureWord(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  const w = stem(word, true);
  return SYNONYMS[w] ?? w;
}

/** Entries each word memo below keeps (then it starts afresh). */
const TERM_CACHE_LIMIT = 50_000;
/** `compute` remembered per word, at most TERM_CACHE_LIMIT words (then it starts afresh): a text asks for the same few words again and again. */
function remembered<T>(compute: (word: string) => T): (word: string) => T {
  const cache = new Map<string, T>();
  return (word) => {
    let value = cache.get(word);
    if (value === undefined) {
      if (cache.size >= TERM_CACHE_LIMIT) cache.clear();
      value = compute(word);
      cache.set(word, value);
    }
    return value;
  };
}

/** Lower-cased, accents and apostrophes dropped ("Putin’s" -> "putin"); remembered, as measureTerms is. */
const fold = remembered(computeFold);

function computeFold(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019]s$/, '')
    .replace(/['\u2019]/g, '');
}

/** Normalised measure terms of one word: parts of a hyphenated word, and the whole compound. */
export const measureTerms: (word: string) => string[] = remembered(computeMeasureTerms);

function computeMeasureTerms(word: string): string[] {
  const w = fold(word);
  if (!w || /\d/.test(w)) return [];
  const out: string[] = [];
  const parts = w.split('-').filter(Boolean);
  if (parts.length > 1 && parts.some((p) => NUMBER_WORD.test(p))) return []; // "two-day", "five-year"
  for (const p of parts) {
    if (p.length < 2 || FUNCTION_WORDS.has(p) || NOISE_WORDS.has(p)) continue;
    const t = stemMeasureWord(p);
    if (NOISE_WORDS.has(t)) continue;
    out.push(t);
  }
  if (parts.length > 1) out.push(parts.map(stemMeasureWord).join('-'));
  return out;
}

/**
 * Unit names compared across reports: lower-cased and singular ("People" -> "person"); currency codes unchanged.
 * Remembered: asked of every figure's unit and of each word after a count, from a short list of words.
 */
export const normalizeUnit: (unit: string) => string = remembered(computeNormalUnit);

function computeNormalUnit(unit: string): string {
  if (/^[A-Z]{3}$/.test(unit) || unit === '%') return unit;
  const u = fold(unit.trim());
  return u
    .split(/\s+/)
    .map((p) => stemMeasureWord(p))
    .join(' ');
}

/** Time keys compared across reports: "In 2019" -> "2019", "Last Year" -> "last year". */
export function normalizeTime(time: string | undefined): string | undefined {
  if (!time) return undefined;
  const t = time.trim().toLowerCase().replace(/^(in|during|for|of|since)\s+/, '').replace(/\s+/g, ' ');
  return t || undefined;
}

/** In how many of the given sentences ([start, end) offsets) of a text each measure word occurs. */
export function countSentenceTerms(text: string, sentences: Array<[number, number]>, into = new Map<string, number>()): Map<string, number> {
  const re = new RegExp(WORD_RE.source, 'gu');
  const seen = new Set<string>();
  for (const [start, end] of sentences) {
    seen.clear();
    re.lastIndex = start;
    for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
      for (const t of measureTerms(m[0])) {
        if (seen.has(t)) continue;
        seen.add(t);
        into.set(t, (into.get(t) ?? 0) + 1);
      }
    }
  }
  return into;
}

interface Token {
  surface: string;
  start: number;
  end: number;
  /** -1 for a word, else the index of the figure (in `spans`) it belongs to; -2 for the figure itself. */
  figure: number;
}

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'\u2019.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;
const CLAUSE_MARK = /[,;:()[\]\u2013\u2014"\u201c\u201d\u00ab\u00bb]|\s-\s|['\u2018\u2019](?=\s|$)|(?:^|\s)['\u2018\u2019]/;

function overlaps(a: Span, start: number, end: number): boolean {
  return start < a.end && end > a.start;
}

function tokenize(text: string, from: number, to: number, self: Span, others: SortedSpans, transparent: Span[]): Token[] {
  const out: Token[] = [];
  const slice = text.slice(from, to);
  let selfAdded = false;
  const added = new Set<number>();
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(slice); m; m = WORD_RE.exec(slice)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (transparent.length && transparent.some((t) => overlaps(t, start, end))) continue;
    if (overlaps(self, start, end)) {
      if (!selfAdded) out.push({ surface: text.slice(self.start, self.end), start: self.start, end: self.end, figure: -2 });
      selfAdded = true;
      continue;
    }
    const o = others.firstOverlapping(start, end);
    if (o >= 0) {
      const span = others.spans[o]!;
      if (!added.has(o)) out.push({ surface: text.slice(span.start, span.end), start: span.start, end: span.end, figure: o });
      added.add(o);
      continue;
    }
    const w = m[0];
    out.push({ surface: w.charCodeAt(w.length - 1) === 46 ? w.slice(0, -1) : w, start, end, figure: -1 });
  }
  WORD_RE.lastIndex = 0;
  if (!selfAdded) out.push({ surface: text.slice(self.start, self.end), start: self.start, end: self.end, figure: -2 });
  out.sort((a, b) => a.start - b.start);
  return out;
}

/** True when the text between two tokens (transparent spans, sorted by start, cut out) holds a clause mark. */
function clauseBreak(text: string, from: number, to: number, transparent: Span[]): boolean {
  // Most gaps are one space: no mark (nor a transparent span) in it.
  let k = from;
  while (k < to && text.charCodeAt(k) === 32) k++;
  if (k === to) return false;
  if (transparent.length === 0) return CLAUSE_MARK.test(text.slice(from, to));
  let gap = '';
  let i = from;
  for (const t of transparent) {
    if (t.end <= from || t.start >= to) continue;
    gap += text.slice(i, Math.max(i, t.start));
    i = Math.max(i, t.end);
  }
  gap += text.slice(i, to);
  // Brackets around a transparent conversion ("$18bn (£14bn) of goods") are read through as well.
  if (transparent.some((t) => t.start >= from && t.end <= to)) gap = gap.replace(/[()[\]]/g, ' ');
  return CLAUSE_MARK.test(gap);
}

function isNumberToken(surface: string): boolean {
  return /\d/.test(surface);
}

/** The last figure innerWords read, and its words: describeMeasure, unitTermsOf and measureLabel each ask for them. */
let innerOf: { text: string; start: number; end: number; words: string[] } | undefined;

/** The words inside the figure's span that are not its number ("75th anniversary" -> ["anniversary"]); never mutate them. */
function innerWords(text: string, figure: Figure): string[] {
  if (innerOf && innerOf.text === text && innerOf.start === figure.start && innerOf.end === figure.end) return innerOf.words;
  const words = computeInnerWords(text, figure);
  innerOf = { text, start: figure.start, end: figure.end, words };
  return words;
}

function computeInnerWords(text: string, figure: Figure): string[] {
  const out: string[] = [];
  const span = text.slice(figure.start, figure.end);
  for (const m of span.matchAll(WORD_RE)) {
    if (isNumberToken(m[0]) || NUMBER_WORD.test(m[0])) continue;
    out.push(m[0]);
  }
  return out;
}

/** Whether a word of a figure spells its unit ("80 kilometers" is in km, "19 tons" in tonnes): how, not what, it measures. */
function spellsUnit(word: string, unit: string): boolean {
  return unit !== '' && (UNITS_AFTER.get(word.toLowerCase()) ?? []).some((e) => e.unit === unit);
}

/**
 * The terms of a figure's unit: the normalised unit and, spelled out inside the figure, its words ("kilometers"
 * for km: a figure in miles does not hold the word).
 */
function unitTermsOf(text: string, figure: Figure, unit: string): Set<string> {
  const out = new Set(unitWordTerms(unit));
  for (const w of innerWords(text, figure)) if (spellsUnit(w, figure.unit)) for (const t of measureTerms(w)) out.add(t);
  return out;
}

/** A normalised unit and each of its words, stemmed: remembered, as each figure of a text asks for its unit's. */
const unitWordTerms = remembered((unit) => [unit, ...unit.split(' ')].map((u) => stemMeasureWord(u)));

/** A hedge phrase written right before a figure ("nearly ", "more than "): the one hedge list, as a pattern. */
const HEDGE_BEFORE = new RegExp(
  `(?:\\b(?:${HEDGES_BEFORE.filter(({ seq }) => /^[a-z]/.test(seq[0]!)).map(({ seq }) => seq.join(' ')).join('|')})\\s+)$`,
  'i',
);

/**
 * The figure as a reader would quote it: with the hedge written before it and, for counts and ordinals,
 * the noun it counts ("nearly 8,000 people", "fourth in-person meeting", "75th anniversary").
 */
export function figurePhrase(text: string, figure: Figure, sentenceEnd = text.length): Span {
  let start = figure.start;
  const before = HEDGE_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
  if (figure.hedge && before) start -= before[0].length;
  let end = figure.end;
  const ordinalDuration = figure.kind === 'duration' && ORDINAL_TEXT.test(figure.text.trim());
  if (figure.kind === 'count' || figure.kind === 'ordinal' || ordinalDuration) {
    const rest = text.slice(figure.end, Math.min(sentenceEnd, figure.end + 40));
    const unitTerm = normalizeUnit(figure.unit);
    const re = /^[\s-]+([\p{L}][\p{L}'\u2019-]*)/u;
    let offset = 0;
    for (let k = 0; k < 3; k++) {
      const m = re.exec(rest.slice(offset));
      if (!m) break;
      offset += m[0].length;
      const w = m[1]!;
      if (ordinalDuration ? /^(anniversary|birthday|jubilee)$/i.test(w) : normalizeUnit(w) === unitTerm || stemMeasureWord(fold(w)) === unitTerm) {
        end = figure.end + offset;
        break;
      }
      if (ordinalDuration || FUNCTION_WORDS.has(w.toLowerCase())) break;
    }
  }
  return { start, end };
}

/** The words between the number and the unit noun, inside the figure or just after it. */
function findQualifiers(text: string, figure: Figure, unit: string, sentenceEnd: number): string[] {
  if (figure.kind !== 'count' && figure.kind !== 'ordinal' && figure.kind !== 'quantity' && figure.kind !== 'age') return [];
  const window = text.slice(figure.start, Math.min(sentenceEnd, figure.end + 40));
  const tokens = [...window.matchAll(WORD_RE)].map((m) => ({ w: m[0], at: m.index }));
  const numberIdx = tokens.findIndex((t) => isNumberToken(t.w) || NUMBER_WORD.test(t.w));
  if (numberIdx < 0) return [];
  const unitTerm = normalizeUnit(unit);
  const out: string[] = [];
  for (let k = numberIdx + 1; k < tokens.length && k <= numberIdx + 4; k++) {
    const t = tokens[k]!;
    const between = window.slice(tokens[k - 1]!.at + tokens[k - 1]!.w.length, t.at);
    if (/[^\s]/.test(between.replace(/[-\u2010\u2011]/g, ''))) break;
    const folded = fold(t.w);
    if (stemMeasureWord(folded) === unitTerm || normalizeUnit(t.w) === unitTerm) return out;
    if (FUNCTION_WORDS.has(folded) || /^(million|billion|trillion|thousand|hundred|bn|m|percent|per|cent)$/.test(folded)) continue;
    // The other end of a range ("10 to 12 coaches") is the figure's own number, not a word narrowing it.
    if (k - 1 === numberIdx + 1 && /^(to|and|or)$/.test(fold(tokens[k - 1]!.w)) && (isNumberToken(t.w) || NUMBER_WORD.test(t.w))) continue;
    out.push(folded.split('-').map(stemMeasureWord).join('-'));
  }
  return []; // the unit noun is not written next to the number: nothing narrows it
}

/**
 * Words read after a count for its casualty word: the counted noun, three linking words, the casualty word
 * ("113 people had been confirmed dead").
 */
const CASUALTY_REACH = 5;

/**
 * The first word after a count that is no linking word (CASUALTY_LINKS: "had been confirmed"), lower-case and without
 * trailing punctuation, and the word after it; within `reach` words of the count. Undefined when a linking word
 * ends its clause first ("54 were, officials said") or every word within reach links.
 */
function wordPastLinks(text: string, end: number, sentenceEnd: number, reach: number, counted = ''): PastLinks | undefined {
  const all = text.slice(end, Math.min(sentenceEnd, end + 60)).split(/\s+/).filter(Boolean);
  const words = all.slice(0, reach);
  // An opening quotation mark is no part of the word ('291 "unaccounted for."').
  const bare = (w: string | undefined) => {
    if (w === undefined) return undefined;
    const v = w.toLowerCase().replace(/[^\p{L}]+$/u, '');
    return OPENING_QUOTES.has(v[0] ?? '') ? v.slice(1) : v;
  };
  const endsClean = (w: string) => /\p{L}$/u.test(w);
  let linked = false;
  let skipped = false;
  for (let k = 0; k < words.length; k++) {
    const word = bare(words[k]!)!;
    // The counted people themselves ("120 passengers were still missing"): what happened to them comes after.
    // ("people" and "others" link as they always did: "198 people injured" are injured.)
    if (k === 0 && counted && !CASUALTY_LINKS.has(word) && normalizeUnit(word) === counted && endsClean(words[k]!)) {
      skipped = true;
      continue;
    }
    // The word after `next` too: "dead or missing" joins a second casualty word. Only when the word itself ends clean.
    if (!CASUALTY_LINKS.has(word)) return { word, next: bare(words[k + 1]), then: endsClean(words[k]!) ? bare(all[k + 2]) : undefined, afterNoun: skipped && !linked };
    if (!endsClean(words[k]!)) return undefined;
    linked = true;
  }
  return undefined;
}

interface PastLinks {
  word: string;
  next: string | undefined;
  then: string | undefined;
  /** The word follows the counted noun with no linking word between ("40 soldiers killed"). */
  afterNoun: boolean;
}

/** The casualty word right after a count, across a few linking words ("54 had died" -> "died"), if any. */
function casualtyAfter(text: string, end: number, sentenceEnd: number, counted?: string): string | undefined {
  const past = wordPastLinks(text, end, sentenceEnd, CASUALTY_REACH, counted);
  // "unaccounted-for" is read without its "for".
  const word = past?.word.replace(/-for$/, '');
  if (word === undefined || !CASUALTY_WORDS.has(word)) return undefined;
  // Right after a noun a verb may be active: "40 soldiers killed 12 militants" counts no deaths of soldiers.
  return past!.afterNoun && ACTIVE_CASUALTY_VERBS.has(word) ? undefined : word;
}

/** A second casualty word joined to the first: "dead or missing" -> "or missing"; undefined when none. */
function joinedCasualty(text: string, end: number, sentenceEnd: number, counted?: string): string | undefined {
  const past = wordPastLinks(text, end, sentenceEnd, CASUALTY_REACH, counted);
  return past && (past.next === 'or' || past.next === 'and') && past.then && CASUALTY_WORDS.has(past.then) ? `${past.next} ${past.then}` : undefined;
}

/** Words that deny the word after them ("were not storm-related", "never confirmed"). */
const NEGATIONS = new Set(['not', 'never']);
/** Words read past after a denial, to the word denied: "not yet identified", "are yet to be identified", "never been found". */
const DENIAL_LINKS = new Set(['yet', 'to', 'be', 'been', 'being']);
/** Words read after a figure for a denial in its clause. */
const NEGATION_WINDOW = 8;
const CLAUSE_WORD = /[\p{L}][\p{L}'\u2019-]*/gu;

/**
 * Terms of the word the figure's clause denies right after it ("five deaths were not storm-related" -> the terms
 * of "storm-related"; "12 non-fatal injuries" -> "fatal"; "187 were yet to be identified" -> "identifi"), or []
 * when it denies nothing. "Yet to" denies as "not" does: what is yet to be done is not done.
 */
function negatedAfter(text: string, end: number, sentenceEnd: number): string[] {
  const clause = /^[^,;:()\u2013\u2014.]*/u.exec(text.slice(end, Math.min(sentenceEnd, end + 80)))![0];
  const words = [...clause.matchAll(CLAUSE_WORD)].map((m) => m[0].toLowerCase()).slice(0, NEGATION_WINDOW + 1);
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (w.startsWith('non-') && w.length > 4) return measureTerms(w.slice(4));
    if (!NEGATIONS.has(w) && !(w === 'yet' && words[k + 1] === 'to')) continue;
    let d = k + 1;
    while (d < words.length - 1 && DENIAL_LINKS.has(words[d]!)) d++;
    if (d < words.length) return measureTerms(words[d]!);
  }
  return [];
}

const nearestFirst = (names: Map<string, number>) => [...names].sort((x, y) => y[1] - x[1]).map(([n]) => n);

/**
 * Whether the word beside a name makes it a source or a place rather than the figure's owner: "Reuters reported",
 * "according to AP", "across Pakistan".
 */
function attributed(tokens: readonly { surface: string }[], k: number): boolean {
  return REPORTING_WORDS.has(lowSurface(tokens, k + 1)) || PLACE_PREPOSITIONS.has(lowSurface(tokens, k - 1)) ||
    (lowSurface(tokens, k - 1) === 'to' && lowSurface(tokens, k - 2) === 'according');
}

/** A token's lower-cased surface, '' out of range (a plain function: a closure per call cost garbage in the hot loop). */
function lowSurface(tokens: readonly { surface: string }[], i: number): string {
  return tokens[i]?.surface.toLowerCase() ?? '';
}

/**
 * Keeps a capitalised word close to a figure (a name: written so mid-sentence) with its nearest weight, unless
 * the word beside it makes it a source or a place. The cheap checks come first: most words are not names.
 */
function noteName(names: Map<string, number>, text: string, tokens: readonly Token[], k: number, terms: string[], weight: number): void {
  const name = terms[0];
  if (name === undefined || weight < NAME_WEIGHT || weight <= (names.get(name) ?? 0)) return;
  const surface = tokens[k]!.surface;
  if (/^\p{Lu}/u.test(surface) && !attributed(tokens, k) && writtenMidSentence(text, surface)) names.set(name, weight);
}

/** The subject of a figure whose clause names its person by a pronoun only ("He has 605 yards"). */
export const UNNAMED_PERSON = '(pronoun)';
/** Words read back from a figure for the name it is a value of. */
export const SUBJECT_WINDOW = 10;

/**
 * The name a figure is a value of: the nearest run of capitalised words before it in its sentence (other figures
 * of the clause belong to the same name: "Echenique had 11 points, 11 rebounds and six blocked shots") that is
 * the clause's subject or the figure's owner, not an object of a preposition ("a pass to Reggie Wayne", "the
 * town of Gadera"), a source ("Reuters reported"), a place (written "in Gansu" somewhere: writtenAsPlace) nor a
 * word only capitalised as a sentence's first. A name
 * written with a possessive right before the figure is its owner whatever precedes it ("since Charles' 80-yard
 * run"). A personal pronoun nearer than any name makes it UNNAMED_PERSON: someone's, not said whose, so not
 * the same as a named one's. Undefined when none is near.
 */
function figureSubject(text: string, tokens: readonly Token[], at: number): string | undefined {
  for (let k = at - 1, n = 0; k >= 0 && n < SUBJECT_WINDOW; k--) {
    // "Timmons, who was arrested 12 days after the shooting, faces 15 years": the clause between commas says
    // more of the subject before it; read on from that subject.
    if (k + 1 < tokens.length && text.slice(tokens[k]!.end, tokens[k + 1]!.start).includes(',')) k = relativeClauseStart(text, tokens, k);
    const tok = tokens[k]!;
    if (tok.figure >= 0) continue;
    n++;
    // "He has 53 catches for 605 yards": someone's, named elsewhere (a source when a saying verb follows: "he said").
    if (SUBJECT_PRONOUNS.has(tok.surface.toLowerCase())) return REPORTING_WORDS.has(lowSurface(tokens, k + 1)) ? undefined : UNNAMED_PERSON;
    if (!/^\p{Lu}/u.test(tok.surface)) continue;
    let first = k;
    while (first > 0 && tokens[first - 1]!.figure === -1 && /^\p{Lu}/u.test(tokens[first - 1]!.surface) && !/\S/.test(text.slice(tokens[first - 1]!.end, tokens[first]!.start))) first--;
    const bare = tok.surface.replace(/['\u2019]s$/u, '');
    const key = writtenAsPlace(text, bare) || isDateWord(bare) || writtenLowerCase(text, bare) ? undefined : measureTerms(bare)[0];
    const owner = k === at - 1 && (/['\u2019]s$/u.test(tok.surface) || /^['\u2019]/u.test(text.slice(tok.end, tok.end + 1)));
    // "a pass to Reggie Wayne", "on the Richter scale": the object of a preposition, across an article.
    const article = ARTICLES.has(lowSurface(tokens, first - 1)) ? 1 : 0;
    const object = PREPOSITIONS.has(lowSurface(tokens, first - 1 - article)) || REPORTING_WORDS.has(lowSurface(tokens, k + 1));
    if (key !== undefined && (owner || !object) && tokens.slice(first, k + 1).some((t) => writtenMidSentence(text, t.surface))) return key;
    k = first;
  }
  return undefined;
}

/**
 * A weekday, or a month written short ("Dec 19", "Sept."): a date, never whose a figure is ("As of 10 am Dec 19,
 * the earthquake had claimed 105 lives"). A month's full name may be a person's ("May").
 */
function isDateWord(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (WEEKDAY_NAMES.includes(w)) return true;
  return w.length >= 3 && w.length <= 4 && !MONTH_NAMES.includes(w) && MONTH_NAMES.some((m) => m.startsWith(w));
}

const ARTICLES = new Set(['the', 'a', 'an']);

/** Longest relative clause skipped back over (words). */
const RELATIVE_REACH = 20;

/**
 * When the words ending at `k` (a comma after it) close a relative clause opened by ", who" / ", whose" /
 * ", which", the token before that clause (its antecedent); otherwise `k`.
 */
function relativeClauseStart(text: string, tokens: readonly Token[], k: number): number {
  for (let r = k; r > 0 && k - r < RELATIVE_REACH; r--) {
    const gap = text.slice(tokens[r - 1]!.end, tokens[r]!.start);
    if (gap.includes(',')) return RELATIVE_PRONOUNS.has(tokens[r]!.surface.toLowerCase()) ? r - 1 : k;
    if (/[.;:()]/.test(gap)) return k;
  }
  return k;
}

/** Keeps a term's highest weight. */
function addTerm(terms: Map<string, number>, term: string, w: number): void {
  if (w > (terms.get(term) ?? 0)) terms.set(term, w);
}

/**
 * What one figure measures, from the words of its sentence: weighted context words, qualifiers, head nouns,
 * role, time and a plain label. `others` are the other figures of the text (barriers), `transparent` the
 * same amount in other currencies in the same passage (read through).
 */
export function describeMeasure(text: string, figure: Figure, options: DescribeOptions = {}): MeasureDescription {
  const [sFrom, sTo] = options.sentence ?? [0, text.length];
  const self: Span = { start: figure.start, end: figure.end };
  const given = options.others ?? [];
  const others =
    given instanceof SortedSpans ? given : new SortedSpans(given.filter((o) => o.end > sFrom && o.start < sTo && !(o.start === self.start && o.end === self.end)));
  const transparent = (options.transparent ?? []).filter((o) => o.end > sFrom && o.start < sTo).sort((a, b) => a.start - b.start);
  // The words read: the sentence, at most DESCRIBE_WINDOW characters on each side of the figure.
  const fStart = Math.min(Math.max(figure.start, sFrom), sTo);
  const fEnd = Math.max(Math.min(figure.end, sTo), fStart);
  let from = Math.max(sFrom, fStart - DESCRIBE_WINDOW);
  if (from > sFrom) while (from < fStart && !/\s/.test(text[from - 1]!)) from++;
  let to = Math.min(sTo, fEnd + DESCRIBE_WINDOW);
  if (to < sTo) while (to > fEnd && !/\s/.test(text[to]!)) to--;
  const tokens = tokenize(text, from, to, self, others, transparent);
  const at = tokens.findIndex((t) => t.figure === -2);
  const terms = new Map<string, number>();
  const names = new Map<string, number>();
  const unit = normalizeUnit(figure.unit);
  for (const w of innerWords(text, figure)) for (const t of measureTerms(w)) addTerm(terms, t, 1);

  for (const dir of [-1, 1] as const) {
    let factor = 1;
    let d = 0;
    let prev = tokens[at]!;
    for (let k = at + dir; k >= 0 && k < tokens.length; k += dir) {
      const tok = tokens[k]!;
      const [gFrom, gTo] = dir < 0 ? [tok.end, prev.start] : [prev.end, tok.start];
      if (clauseBreak(text, gFrom, gTo, transparent)) factor *= CLAUSE_FACTOR;
      prev = tok;
      if (tok.figure >= 0) {
        factor *= OTHER_FIGURE_FACTOR;
        d++;
        continue;
      }
      const ts = measureTerms(tok.surface);
      const weight = factor * DECAY ** d;
      for (const t of ts) addTerm(terms, t, weight);
      noteName(names, text, tokens, k, ts, weight);
      d += ts.length ? 1 : 0.5;
      if (factor < 0.02) break;
    }
  }

  const qualifiers = findQualifiers(text, figure, figure.unit, sTo);
  for (const q of qualifiers) addTerm(terms, q, 1);
  // The unit noun ("people", "meeting", "decades") is compared on its own: as a context word it would make
  // every count of people look alike.
  const unitTerms = unitTermsOf(text, figure, unit);
  for (const t of unitTerms) terms.delete(t);
  // Labels lower a sentence's first word: the sentence's first token, when the window starts with it.
  const sentenceStart = from === sFrom ? (tokens[0]?.start ?? 0) : -1;
  const label = measureLabel(text, tokens, at, figure, transparent, sentenceStart);
  label.label = clipLabel(label.label);
  label.heads = label.heads.filter((h) => !unitTerms.has(h));
  if (figure.kind === 'ordinal' && unit) label.compound = unit;
  if (figure.kind === 'count') casualtyHeads(text, figure, unit, { tokens, at, sentenceEnd: sTo }, label, terms);
  if (MEASURE_UNITS.has(unit)) {
    label.heads = [unit];
    label.compound = unit;
    delete label.complement;
  }
  if (figure.kind === 'quantity' && unitFamily(figure.unit)?.base === '=m') dimensionHeads(text, tokens, at, label, terms);

  const out: MeasureDescription = {
    kind: figure.kind,
    unit,
    role: figureRole(text, tokens, at, figure),
    terms,
    qualifiers,
    negated: negatedAfter(text, figure.end, sTo),
    ...label,
    ...(names.size ? { names: nearestFirst(names) } : {}),
  };
  const subject = figureSubject(text, tokens, at);
  if (subject !== undefined) out.subject = subject;
  const time = normalizeTime(figure.time);
  if (time) out.time = time;
  return out;
}

/**
 * What a count of casualties counts, as its heads: "45 dead", "2,000 have been injured": the casualty word after a
 * count names what it counts, whatever verb stands before ("officials confirmed 45 dead" counts deaths, not
 * confirmations); "the quake claimed 105 lives": lives counted as taken are deaths (and the term "death" is among
 * its words, as "dead" would be), which "claimed" alone does not say; "30 fatalities", "over 100 injuries": the
 * counted noun is itself the casualty.
 */
function casualtyHeads(text: string, figure: Figure, unit: string, near: { tokens: readonly Token[]; at: number; sentenceEnd: number }, label: Label, terms: Map<string, number>): void {
  const counted = isPeopleNoun(unit) ? unit : undefined;
  const casualty = casualtyAfter(text, figure.end, near.sentenceEnd, counted);
  const joined = casualty ? joinedCasualty(text, figure.end, near.sentenceEnd, counted) : undefined;
  // "40 people are dead or missing": one toll of two kinds, which the label says (it is not a count of deaths).
  if (casualty && joined) label.label = `${unitPlural(unit)} ${casualty} ${joined}`;
  if (casualty) label.heads = measureTerms(casualty);
  else if ((unit === 'life' && lifeTaken(near.tokens, near.at)) || (isPeopleNoun(unit) && livesOfTaken(near.tokens, near.at))) {
    label.heads = ['death'];
    addTerm(terms, 'death', 1);
  } else if (label.heads.length === 0 && CASUALTY_HEADS.has(unit)) label.heads = [unit];
  else if (label.heads.length === 0 && isPeopleNoun(unit) && aboardAfter(text, figure.end, near.sentenceEnd, counted)) label.heads = [ABOARD_HEAD];
}

/** Whether the words after a count of people say they were carried ("200 people on board", "476 passengers aboard"). */
function aboardAfter(text: string, end: number, sentenceEnd: number, counted?: string): boolean {
  const past = wordPastLinks(text, end, sentenceEnd, CASUALTY_REACH + 1, counted);
  return past !== undefined && (ABOARD_WORDS.has(past.word) || (past.word === 'on' && past.next === 'board'));
}

/**
 * A length whose words name its dimension ("at a depth of 12 km", "10 km deep") is written into that noun, as a
 * magnitude is into its unit: the dimension is its label, its head and one of its words.
 */
function dimensionHeads(text: string, tokens: readonly Token[], at: number, label: Label, terms: Map<string, number>): void {
  const place = distancePlace(text, tokens, at);
  const dimension = place ? DISTANCE : lengthDimension(text, tokens, at);
  if (!dimension) return;
  label.label = place ? `distance from ${place.name}` : dimension;
  label.heads = [dimension];
  label.compound = dimension;
  // A distance is told by its place, not by the word: "a distance of 3,700 km" flown is no distance from Guam.
  if (place) label.complement = place.term;
  else {
    delete label.complement;
    addTerm(terms, dimension, 1);
  }
}

/** The token after a length, a bracketed conversion ("10 kilometres (6 miles)") read past; its index. */
function afterConversion(text: string, tokens: readonly Token[], at: number): number {
  let k = at + 1;
  while (tokens[k] && tokens[k]!.figure >= 0 && text.slice(tokens[k - 1]!.end, tokens[k]!.start).trim() === '(') k++;
  return k;
}

/**
 * The place a length is a distance from, when its words say so: "35 km northwest of Herat", "40 kilometers from the
 * city of Herat", "28 kilometres (17 miles) outside Herat" -> Herat (its name, and as a term). Only a capitalised
 * name: "40 miles from the capital" names no place to compare.
 */
function distancePlace(text: string, tokens: readonly Token[], at: number): { name: string; term: string } | undefined {
  const first = afterConversion(text, tokens, at);
  let k = first;
  if (!tokens[k] || tokens[k]!.figure !== -1 || !/^[\s()]*$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return undefined;
  const compass = COMPASS_WORDS.has(lowSurface(tokens, k));
  if (compass) k++;
  const w = lowSurface(tokens, k);
  if (!(DISTANCE_PREPOSITIONS.has(w) || (compass && w === 'of'))) return undefined;
  k++;
  while (tokens[k]?.figure === -1 && PLACE_FILLERS.has(tokens[k]!.surface)) k++;
  const name = tokens[k];
  if (!name || name.figure !== -1 || !/^\p{Lu}/u.test(name.surface) || clauseBreak(text, tokens[first]!.start, name.start, [])) return undefined;
  // A name of several words is the place ("North Korea", "Tel Aviv"): every word of it.
  let last = k;
  while (tokens[last + 1]?.figure === -1 && /^\p{Lu}/u.test(tokens[last + 1]!.surface) && !clauseBreak(text, tokens[last]!.end, tokens[last + 1]!.start, [])) last++;
  const words = tokens.slice(k, last + 1).map((t) => t.surface);
  const term = words.map((w) => measureTerms(w)[0] ?? fold(w)).join(' ');
  return { name: words.join(' '), term };
}

/** Words read back from a linking verb for the noun of a dimension: "the depth (of the quake) was 10 km". */
const DIMENSION_SUBJECT_WINDOW = 6;

/**
 * The dimension a length's words name (DIMENSION_NOUNS, DIMENSION_AFTER), or undefined: "a depth of (only) 9km", "the
 * depth of the quake was 10.0 km", "10 kilometres (6 miles) deep", "10 kilometers (6 miles) below ground". A bracketed
 * conversion after the figure is read past; any other clause mark ends the reading.
 */
function lengthDimension(text: string, tokens: readonly Token[], at: number): string | undefined {
  const plain = (from: number, to: number) => /^[\s()]*$/.test(text.slice(from, to));
  const k = afterConversion(text, tokens, at);
  const next = tokens[k];
  if (next && next.figure === -1 && plain(tokens[k - 1]!.end, next.start)) {
    const w = next.surface.toLowerCase();
    if (DIMENSION_AFTER.has(w)) return DIMENSION_AFTER.get(w);
    const surface = lowSurface(tokens, k + 1) === 'the' ? k + 2 : k + 1;
    if (BELOW_WORDS.has(w) && SURFACE_WORDS.has(lowSurface(tokens, surface))) return 'depth';
  }
  const b = beforeFillers(tokens, at);
  if (b < 1 || tokens[b]!.figure !== -1 || clauseBreak(text, tokens[b]!.end, tokens[at]!.start, [])) return undefined;
  // "a depth of 12 km": the noun right before "of".
  if (lowSurface(tokens, b) === 'of' && tokens[b - 1]!.figure === -1 && !clauseBreak(text, tokens[b - 1]!.end, tokens[b]!.start, [])) return DIMENSION_NOUNS.get(lowSurface(tokens, b - 1));
  if (!LINKING_VERB.test(tokens[b]!.surface)) return undefined;
  // "the depth of the quake was 10.0 km": the first noun of the linking verb's subject.
  let j = b - 1;
  while (j > 0 && b - j < DIMENSION_SUBJECT_WINDOW && tokens[j - 1]!.figure === -1 && !clauseBreak(text, tokens[j - 1]!.end, tokens[j]!.start, [])) j--;
  while (j < b && ARTICLES.has(lowSurface(tokens, j))) j++;
  return tokens[j]?.figure === -1 ? DIMENSION_NOUNS.get(lowSurface(tokens, j)) : undefined;
}

/** Whether "the lives of" before a count of people follows a verb that takes lives: "claimed the lives of 14 people". */
function livesOfTaken(tokens: readonly Token[], at: number): boolean {
  const b = beforeFillers(tokens, at);
  const word = (k: number): string => (k >= 0 && tokens[k]!.figure === -1 ? tokens[k]!.surface.toLowerCase() : '');
  if (word(b) !== 'of' || word(b - 1) !== 'lives') return false;
  const verb = word(b - 2) === 'the' ? b - 3 : b - 2;
  return LIFE_TAKING_VERBS.has(word(verb));
}

/** Whether the word before a count (hedges and fillers read past) takes lives: "claimed (more than) 105 lives". */
function lifeTaken(tokens: readonly Token[], at: number): boolean {
  const b = beforeFillers(tokens, at);
  return b >= 0 && tokens[b]!.figure === -1 && LIFE_TAKING_VERBS.has(tokens[b]!.surface.toLowerCase());
}

const CHANGE_WORD = /^(up|down|rose|rise|rises|risen|fell|fall|falls|fallen|increas\w*|decreas\w*|grew|grow\w*|climb\w*|jump\w*|drop\w*|declin\w*|compared|slid|slump\w*|surg\w*)$/i;

/** 'previous' for the starting point of a change: the extractor's "up from"/"fell from", or "rose to 5.1% in March from 4.9%". */
function figureRole(text: string, tokens: Token[], at: number, figure: Figure): MeasureDescription['role'] {
  if (figure.change) return figure.change.marks === 'from' ? 'previous' : 'current';
  const k = beforeFillers(tokens, at);
  if (k < 0 || tokens[k]!.figure !== -1 || tokens[k]!.surface.toLowerCase() !== 'from') return 'current';
  for (let j = k - 1; j >= 0; j--) if (tokens[j]!.figure === -1 && CHANGE_WORD.test(tokens[j]!.surface)) return 'previous';
  return 'current';
}

// ---------------------------------------------------------------------------------------------------------
// Labels: a short noun phrase from the figure's own words, read without a tagger.

const LINKING_VERB = /^(is|are|was|were|be|been|valued|priced|cost|costs|hit|hits|reach|reached|reaches|total|totals|totalled|totaled|totalling|stood|stands|rose|rise|rises|risen|climbs|fell|falls|grew|grows|climbed|jumped|dropped|surged|soared|topped|exceeded|amounted|came|increased|decreased|declined|doubled|slumped|plunged|reaching|hitting)$/i;
const PREPOSITIONS = new Set(['of', 'in', 'on', 'with', 'between', 'for', 'among', 'against', 'from', 'to', 'at', 'since', 'by', 'into', 'over']);
/** Prepositions whose phrase narrows a measure ("meeting with Xi"); "since", "at", "by" rather say when or who. */
const TAIL_PREPOSITIONS = new Set(['of', 'in', 'on', 'with', 'between', 'for', 'among', 'against']);
/** Words between a figure and the words before it that belong to neither: hedges, articles, "record", "further". */
const FILLERS = new Set([...SINGLE_WORD_HEDGES, 'a', 'an', 'the', 'record', 'just', 'short', 'close', 'as', 'many', 'much', 'fewer', 'more', 'than', 'less', 'at', 'least', 'most', 'up', 'to', 'only', 'further', 'additional', 'another', 'worth']);

/** The first token before `at` that is no filler (hedges, articles: "claimed (more than) 105 lives"); -1 when none. */
function beforeFillers(tokens: readonly Token[], at: number): number {
  let b = at - 1;
  while (b >= 0 && tokens[b]!.figure === -1 && FILLERS.has(tokens[b]!.surface.toLowerCase())) b--;
  return b;
}

/** -ed and -ing words that are nouns or adjectives, not verbs ("united", "meeting", "ceiling"). */
const NOT_VERBS = new Set(('united limited advanced developed red bed need speed seed feed breed shed hundred thing king ring ' +
  'spring string morning evening building meeting ceiling funding spending earning earnings holding offering ruling setting ' +
  'standing training warning wedding bombing shooting shelling fighting timing trading uprising landing').split(' '));

/**
 * A verb, by its form: a known verb, or a lower-case word ending in -ed/-ing. A capitalised -ing or -ed word
 * is a name ("Beijing", "Reading", "Ealing"): the rule reads the writer's capital, not a list of places.
 */
export function isVerbLike(surface: string): boolean {
  const w = surface.toLowerCase();
  if (DEFAULT_VERBS.has(w) || LINKING_VERB.test(w)) return true;
  return /^[a-z]{3,}(ed|ing)$/.test(surface) && !NOT_VERBS.has(w);
}

function isFunction(surface: string): boolean {
  return FUNCTION_WORDS.has(surface.toLowerCase());
}

/** Surface form for a label: sentence-initial capitals lowered, names kept. */
function labelWord(tok: Token, sentenceStart: number, text: string): string {
  const w = tok.surface;
  if (tok.start !== sentenceStart && !/^["'\u201c\u2018(]/.test(text.slice(Math.max(sentenceStart, tok.start - 1), tok.start))) return w;
  if (/^[A-Z]{2,}$/.test(w) || /^.[^A-Z]*[A-Z]/.test(w)) return w; // "US", "WeWork"
  // Keep a capital when the word is written capitalised elsewhere mid-sentence (a name).
  return writtenMidSentence(text, w) ? w : w.charAt(0).toLowerCase() + w.slice(1);
}

/** The text the memo below is for (a text's figures are described one after another): whether a word is
 * written mid-sentence, as a place, in lower case. */
let memoText: string | undefined;
const textMemo = new Map<string, boolean>();

/** `compute()`, remembered under `key` for this text (the memo is emptied when another text comes). */
function rememberedFor(text: string, key: string, compute: () => boolean): boolean {
  if (text !== memoText) {
    memoText = text;
    textMemo.clear();
  }
  let v = textMemo.get(key);
  if (v === undefined) textMemo.set(key, (v = compute()));
  return v;
}

/** Whether `word` is written after a lower-case word or a comma somewhere in the text (remembered per text). */
function writtenMidSentence(text: string, word: string): boolean {
  return rememberedFor(text, word, () => followsLowerCase(text, word));
}

/** The word before a name, across "the": "in the Gansu" -> "in". */
const WORD_BEFORE = /(\p{L}+)\s+(?:the\s+)?$/u;

/** Whether some occurrence of `word` in `text` passes `test` (remembered per text under `tag`). */
function someOccurrence(text: string, word: string, tag: string, test: (at: number) => boolean): boolean {
  return rememberedFor(text, `${tag}${word}`, () => {
    for (let p = text.indexOf(word); p >= 0; p = text.indexOf(word, p + 1)) if (test(p)) return true;
    return false;
  });
}

/**
 * Whether `word` is written right after a place preposition somewhere in the text ("45 dead in Gansu"): a place,
 * where a figure was counted, never whose it is.
 */
function writtenAsPlace(text: string, word: string): boolean {
  return someOccurrence(text, word, '\u0001', (p) => {
    if (/\p{L}/u.test(text[p + word.length] ?? '')) return false;
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, p - 24), p))?.[1];
    return before !== undefined && PLACE_PREPOSITIONS.has(before.toLowerCase());
  });
}

/**
 * Whether `word`, capitalised, is also written all in lower case somewhere in the text: a common noun capitalised
 * in a headline or an institution's name ("Earthquake death toll rises to 18", "the China Earthquake Networks
 * Center" and "the earthquake"), not a name.
 */
function writtenLowerCase(text: string, word: string): boolean {
  const lower = word.toLowerCase();
  if (lower === word) return false;
  return someOccurrence(text, lower, '\u0002', (p) => !/\p{L}/u.test(text[p - 1] ?? '') && !/\p{L}/u.test(text[p + lower.length] ?? ''));
}

const SPACE = /\s/;
const ASCII_WORD = /\w/;

/**
 * Whether `word` occurs after spaces that follow a lower-case letter, a comma or a semicolon, and ends at a word
 * boundary: /[a-z,;]\s+WORD\b/ read with indexOf, as a regex built per word cost more than the rest of the
 * description on a long page (each one compiled, then tried at every position of the text).
 */
function followsLowerCase(text: string, word: string): boolean {
  for (let p = text.indexOf(word); p >= 0; p = text.indexOf(word, p + 1)) {
    let b = p - 1;
    while (b >= 0 && SPACE.test(text[b]!)) b--;
    if (b === p - 1 || b < 0 || !/[a-z,;]/.test(text[b]!)) continue;
    const end = p + word.length;
    const wordBefore = end > 0 && ASCII_WORD.test(text[end - 1]!);
    const wordAfter = end < text.length && ASCII_WORD.test(text[end]!);
    if (wordBefore !== wordAfter) return true;
  }
  return false;
}

/** Content words from `k` onwards (one direction), stopping at a break, a figure, a verb or a function word. */
function nounRun(text: string, tokens: Token[], k: number, transparent: Span[]): number[] {
  const out: number[] = [];
  for (let i = k; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok.figure !== -1) break;
    if (i > 0 && clauseBreak(text, tokens[i - 1]!.end, tok.start, transparent)) break;
    if (isFunction(tok.surface) || (out.length > 0 && isVerbLike(tok.surface) && !/^[A-Z]/.test(tok.surface))) break;
    if (NOISE_WORDS.has(fold(tok.surface))) break;
    // "a two-day state visit [signals] a deepening": a word taking a determiner after it is a verb.
    const next = tokens[i + 1];
    if (out.length > 0 && next && next.figure === -1 && /^(a|an|the|its|their|his|her|this|these|those)$/i.test(next.surface) && !clauseBreak(text, tok.end, next.start, transparent)) break;
    out.push(i);
    if (out.length >= 5) break;
  }
  return out;
}

/** An optional prepositional tail: "of Chinese goods", "between Xi and Putin". */
function prepTail(text: string, tokens: Token[], k: number, transparent: Span[]): number[] {
  const tok = tokens[k];
  if (!tok || tok.figure !== -1 || !TAIL_PREPOSITIONS.has(tok.surface.toLowerCase())) return [];
  if (k > 0 && clauseBreak(text, tokens[k - 1]!.end, tok.start, transparent)) return [];
  let i = k + 1;
  while (i < tokens.length && /^(the|a|an|its|their|his|her)$/i.test(tokens[i]!.surface)) i++;
  const run = nounRun(text, tokens, i, transparent);
  if (run.length === 0) return [];
  const out = [k, ...range(k + 1, run[run.length - 1]! + 1)];
  // "between Xi and Putin": one coordinated name.
  const last = run[run.length - 1]!;
  if (tok.surface.toLowerCase() === 'between' && tokens[last + 1]?.surface === 'and') {
    const more = nounRun(text, tokens, last + 2, transparent);
    if (more.length) out.push(...range(last + 1, more[more.length - 1]! + 1));
  }
  return out.length <= 7 ? out : out.slice(0, 7);
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i < b; i++) out.push(i);
  return out;
}

function joinLabel(text: string, tokens: Token[], idx: number[], sentenceStart: number): string {
  return idx
    .map((i) => labelWord(tokens[i]!, sentenceStart, text))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Normalised head term of a phrase: its last content word ("bilateral trade" -> trade, "trade volume" -> trade). */
function headOf(words: string[]): string[] {
  for (let i = words.length - 1; i >= 0; i--) {
    const ts = measureTerms(words[i]!).filter((t) => !t.includes('-'));
    if (ts.length) return [ts[ts.length - 1]!];
  }
  return [];
}

interface Label {
  label: string;
  /** What the figure counts or sizes, as normalised terms ("visit", "trade", "good"). */
  heads: string[];
  compound?: string;
  complement?: string;
}

function measureLabel(text: string, tokens: Token[], at: number, figure: Figure, transparent: Span[], sStart: number): Label {
  const words = (idx: number[]) => idx.map((i) => tokens[i]!.surface);
  const join = (idx: number[]) => joinLabel(text, tokens, idx, sStart);
  const ctx: LabelContext = { text, tokens, at, figure, transparent, words, join };
  const inner = innerWords(text, figure).filter(
    (w) => !HEDGE_WORDS.has(w.toLowerCase()) && !/^(million|billion|trillion|thousand|hundred|bn|m|tn|percent|per|cent|dollars?|pounds?|euros?|yuan|rubles?|roubles?|yen)$/i.test(w),
  );
  const innerPhrase = inner.join(' ');

  // A noun written right after the figure: "two-day [state visit]", "a 100% [tariff] on ...".
  const after = nounRun(text, tokens, at + 1, transparent);
  const afterNoun = after.length > 0 && !isVerbLike(tokens[after[0]!]!.surface) ? after : [];
  const afterTail = prepTail(text, tokens, (afterNoun.length ? afterNoun[afterNoun.length - 1]! : at) + 1, transparent);
  const tailNoun = afterTail.slice(1).filter((i) => !isFunction(tokens[i]!.surface));

  if (figure.kind === 'duration') return durationLabel(ctx, inner, innerPhrase, afterNoun, afterTail, tailNoun);

  if (figure.kind === 'age' && afterNoun.length) return { label: `age of the ${join(afterNoun)}`, heads: headOf(words(afterNoun)) };
  if (figure.kind === 'count' || figure.kind === 'ordinal' || figure.kind === 'age' || figure.kind === 'quantity') {
    return countLabel(ctx, inner, innerPhrase, afterNoun, afterTail);
  }

  return amountLabel(ctx, afterNoun, afterTail, tailNoun);
}

/**
 * Money, percent, numbers: a noun after the figure ("100% tariff on ...", "$18bn in Chinese goods"), the noun the
 * figure is attached to ("tariffs on $18bn"), or the subject of its verb ("trade hit $240bn").
 */
function amountLabel(ctx: LabelContext, afterNoun: number[], afterTail: number[], tailNoun: number[]): Label {
  const { text, tokens, at, transparent, words, join } = ctx;
  if (afterNoun.length) {
    const heads = headOf(words(afterNoun));
    const complement = afterTail.length && /^of$/i.test(tokens[afterTail[0]!]!.surface) ? headOf(words(tailNoun))[0] : undefined;
    return {
      label: [join(afterNoun), join(afterTail)].filter(Boolean).join(' '),
      heads,
      ...(heads[0] ? { compound: heads[0] } : {}),
      ...(complement ? { complement } : {}),
    };
  }
  let k = at + 1;
  if (tokens[k]?.surface.toLowerCase() === 'worth' && tokens[k + 1]?.surface.toLowerCase() === 'of') k++;
  else if (tokens[k]?.surface.toLowerCase() === 'worth') k = -1;
  const object = k > 0 && /^(of|in|on|for)$/i.test(tokens[k]?.surface ?? '') ? prepTail(text, tokens, k, transparent).slice(1) : [];
  const objectWords = object.filter((i) => !/^(the|a|an|its|their|his|her|our)$/i.test(tokens[i]!.surface));
  const objectPhrase = join(objectWords);

  // "tariffs on $18bn": the noun just before "on".
  const before = tokens[at - 1];
  let owner: number[] = [];
  if (before && before.figure === -1 && /^(on|for|of)$/i.test(before.surface) && !clauseBreak(text, before.end, tokens[at]!.start, transparent)) {
    let j = at - 2;
    while (j >= 0 && tokens[j]!.figure === -1 && !isFunction(tokens[j]!.surface) && !isVerbLike(tokens[j]!.surface) && owner.length < 4) {
      if (clauseBreak(text, tokens[j]!.end, tokens[j + 1]!.start, transparent)) break;
      owner.unshift(j);
      j--;
    }
    while (owner.length && NOISE_WORDS.has(fold(tokens[owner[0]!]!.surface))) owner = owner.slice(1);
  }
  const objectHeads = headOf(words(objectWords));

  const participle = participleClauseLabel(ctx, objectHeads);
  if (participle) return participle;

  if (owner.length && objectWords.length) return { label: `${join(owner)} ${before!.surface.toLowerCase()} ${objectPhrase}`, heads: [...objectHeads, ...headOf(words(owner))] };

  const subject = subjectLabel(ctx);
  if (subject) return subject;
  if (owner.length) return { label: join(owner), heads: headOf(words(owner)) };
  if (objectWords.length) return { label: objectPhrase, heads: objectHeads };

  return nearestWordsLabel(ctx);
}

/** What the label steps read: the sentence's tokens, the figure's token `at`, and two helpers over token indexes. */
interface LabelContext {
  text: string;
  tokens: Token[];
  at: number;
  figure: Figure;
  transparent: Span[];
  words: (idx: number[]) => string[];
  join: (idx: number[]) => string;
}

/** A duration: "length of the state visit" ("two-day visit"), "anniversary of ..." ("75th anniversary of"), "years of ...". */
function durationLabel(ctx: LabelContext, inner: string[], innerPhrase: string, afterNoun: number[], afterTail: number[], tailNoun: number[]): Label {
  const { figure, words, join } = ctx;
  // "the 75th anniversary of formal relations": the noun after an ordinal duration is its unit word.
  if (afterNoun.length === 1 && !innerPhrase && ORDINAL_TEXT.test(figure.text.trim())) {
    return { label: [join(afterNoun), join(afterTail)].filter(Boolean).join(' '), heads: headOf(tailNoun.length ? words(tailNoun) : words(afterNoun)) };
  }
  if (afterNoun.length && !innerPhrase) {
    const heads = headOf(words(afterNoun));
    return { label: `length of the ${join(afterNoun)}`, heads, ...(heads[0] ? { compound: heads[0] } : {}) };
  }
  const head = innerPhrase.toLowerCase() === figure.unit.toLowerCase() || !innerPhrase ? unitPlural(figure.unit) : innerPhrase;
  return { label: [head, join(afterTail)].filter(Boolean).join(' '), heads: headOf(tailNoun.length ? words(tailNoun) : inner) };
}

/** A count, ordinal, age or measured quantity: its noun, and the participle that says what is counted ("people displaced"). */
function countLabel(ctx: LabelContext, inner: string[], innerPhrase: string, afterNoun: number[], afterTail: number[]): Label {
  const { text, tokens, at, figure, transparent, words, join } = ctx;
  let noun = innerPhrase || join(afterNoun);
  const nounWords = inner.length ? inner : words(afterNoun);
  if (!noun) noun = figure.kind === 'count' ? unitPlural(figure.unit) : figure.unit;
  if (figure.kind === 'count') {
    // "has displaced nearly 8,000 people" -> "people displaced"; "8,000 people were displaced" likewise.
    const b = beforeFillers(tokens, at);
    const before = tokens[b];
    // Not a verb of change: "the toll had risen to 381 people" says how the count moved, not what it counts.
    const moved = before !== undefined && (RISE_VERBS.has(before.surface.toLowerCase()) || FALL_VERBS.has(before.surface.toLowerCase()));
    // Never across a comma or semicolon: in "28 killed, 61 injured" the participle before 61 is the other
    // count's. Brackets and dashes may set off a hedge: "killed (at least) 40 people" is still 40 killed.
    const sameClause = before !== undefined && !/[,;]/.test(text.slice(before.end, tokens[at]!.start));
    if (before && before.figure === -1 && /^[a-z]+(ed|en)$/i.test(before.surface) && !isFunction(before.surface) && !moved && sameClause) {
      return { label: `${noun} ${before.surface.toLowerCase()}`, heads: headOf([before.surface]) };
    }
    // "killing at least 19 people": the verb says what is counted, though it makes no label.
    if (before && before.figure === -1 && /^[a-z]{3,}ing$/.test(before.surface) && isVerbLike(before.surface)) {
      return { label: noun, heads: headOf([before.surface]) };
    }
    const afterCount = skipInsertion(text, tokens, at + 1 + (innerPhrase ? 0 : afterNoun.length));
    let k = afterCount;
    while (tokens[k] && /^(were|was|are|is|have|has|had|been|being|reportedly)$/i.test(tokens[k]!.surface)) k++;
    if (k > afterCount && tokens[k] && /^[a-z]+(ed|en)$/i.test(tokens[k]!.surface)) {
      return { label: `${noun} ${tokens[k]!.surface.toLowerCase()}`, heads: headOf([tokens[k]!.surface]) };
    }
  }
  // "The death toll from the ferry rose to 87", "officials put the death toll at 278": a count of bare people says
  // what it counts by its subject, or by what it is an estimate of.
  if (figure.kind === 'count' && nounWords.every((w) => isPeopleNoun(w.toLowerCase()))) {
    // An estimate's object only for a bare count of people: "placed officers at 12 polling stations" counts stations.
    const subject = isPeopleNoun(figure.unit) ? subjectLabel(ctx) : linkingSubjectLabel(ctx);
    if (subject?.heads.length) return subject;
  }
  const tail = innerPhrase ? prepTail(text, tokens, at + 1, transparent) : afterTail;
  return { label: [noun, join(tail)].filter(Boolean).join(' '), heads: headOf(nounWords.length ? nounWords : [figure.unit]) };
}

/** Words opening an aside set off by commas after a counted noun: "174 passengers, including the captain, were rescued". */
const INSERTION_OPENERS = new Set(['including', 'among']);
/** Longest such aside read past (words). */
const INSERTION_REACH = 12;

/**
 * The token after an aside that opens at `k` with a comma and INSERTION_OPENERS and closes with a comma ("174
 * passengers, including the ferry's captain and most of its crew, were rescued" -> "were"), else `k`.
 */
function skipInsertion(text: string, tokens: readonly Token[], k: number): number {
  const comma = (i: number) => i > 0 && text.slice(tokens[i - 1]!.end, tokens[i]!.start).includes(',');
  if (!tokens[k] || !comma(k) || !INSERTION_OPENERS.has(lowSurface(tokens, k))) return k;
  for (let j = k + 1; j < tokens.length && j - k <= INSERTION_REACH; j++) {
    if (tokens[j]!.figure !== -1 || /[.;:()]/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) return k;
    if (comma(j)) return j;
  }
  return k;
}

/** "new tariffs on Chinese imports, affecting $18bn in goods": a participle clause after a comma is about the noun phrase before it. */
function participleClauseLabel(ctx: LabelContext, objectHeads: string[]): Label | undefined {
  const { text, tokens, at, transparent, words, join } = ctx;
  const p = beforeFillers(tokens, at);
  if (p > 0 && tokens[p]!.figure === -1 && /^[a-z]{3,}(ing|ed)$/.test(tokens[p]!.surface) && isVerbLike(tokens[p]!.surface) && clauseBreak(text, tokens[p - 1]!.end, tokens[p]!.start, transparent)) {
    const np: number[] = [];
    for (let j = p - 1; j >= 0 && np.length < 6; j--) {
      const tok = tokens[j]!;
      if (tok.figure !== -1 || (isVerbLike(tok.surface) && !/^[A-Z]/.test(tok.surface))) break;
      if (j < p - 1 && clauseBreak(text, tok.end, tokens[j + 1]!.start, transparent)) break;
      np.unshift(j);
    }
    while (np.length && isFunction(tokens[np[0]!]!.surface)) np.shift();
    const cut = np.findIndex((i) => PREPOSITIONS.has(tokens[i]!.surface.toLowerCase()));
    const head = cut >= 0 ? np.slice(0, cut) : np;
    const tail = cut >= 0 ? np.slice(cut + 1) : [];
    if (head.length) return { label: join(np), heads: [...new Set([...headOf(words(head)), ...headOf(words(tail)), ...objectHeads])] };
  }
  return undefined;
}

/** The subject of a linking verb: "[bilateral trade] (between the two nations) hit a record $240.1bn". */
function linkingSubjectLabel(ctx: LabelContext): Label | undefined {
  const { text, tokens, at, transparent, words, join } = ctx;
  const v = beforeFillers(tokens, at);
  if (v >= 0 && tokens[v]!.figure === -1 && LINKING_VERB.test(tokens[v]!.surface)) {
    const chunk: number[] = [];
    let j = v - 1;
    // "was valued at", "has reached": auxiliaries stand between the subject and its verb.
    while (j >= 0 && tokens[j]!.figure === -1 && /^(is|are|was|were|be|been|has|have|had|will|would|could|may|might|reportedly|now|already)$/i.test(tokens[j]!.surface)) j--;
    while (j >= 0 && tokens[j]!.figure === -1) {
      if (clauseBreak(text, tokens[j]!.end, tokens[j + 1]!.start, transparent)) break;
      const w = tokens[j]!.surface.toLowerCase();
      // A participle after an article is the noun's adjective, not a verb: "the [capsized] ferry".
      const adjective = j > 0 && tokens[j - 1]!.figure === -1 && ARTICLES.has(tokens[j - 1]!.surface.toLowerCase());
      if (/^(that|which|who|and|but|as|while|when|if|because|where)$/.test(w) || (isVerbLike(w) && !adjective && !/^[A-Z]/.test(tokens[j]!.surface))) break;
      chunk.unshift(j);
      j--;
    }
    while (chunk.length && /^(the|a|an|this|that|its|their|his|her)$/i.test(tokens[chunk[0]!]!.surface)) chunk.shift();
    const cut = chunk.findIndex((i) => PREPOSITIONS.has(tokens[i]!.surface.toLowerCase()));
    const subject = cut >= 0 ? chunk.slice(0, cut) : chunk;
    if (subject.length && subject.length <= 5) return { label: join(subject), heads: headOf(words(subject)) };
  }
  return undefined;
}

/** What the figure is said of: what it is an estimate of, else the subject of its linking verb. */
function subjectLabel(ctx: LabelContext): Label | undefined {
  return estimatedObjectLabel(ctx) ?? linkingSubjectLabel(ctx);
}

/** Longest reach (words) from "at" back to the estimate verb: the object may carry a clause ("protesters marching against ..."). */
const ESTIMATE_REACH = 20;
const DETERMINERS = /^(the|a|an|its|their|his|her|our|this|these|those)$/i;
/** Words that open another clause between an estimate verb and its "at" ("put up barricades as the crowd grew"). */
const CLAUSE_JOINS = new Set([...CLAUSE_BREAKERS, 'and', 'but', 'or', 'where', 'before']);

/**
 * Whether token j is another clause's verb ("turnout stood at"): a linking or common verb not led by a determiner
 * or a word that never tells a measure ("the total", "the estimated cost": nouns).
 */
function otherClauseVerb(tokens: readonly Token[], j: number): boolean {
  const w = lowSurface(tokens, j);
  if (!(LINKING_VERB.test(w) || DEFAULT_VERBS.has(w)) || COUNTING_NOUNS.has(w)) return false;
  const before = tokens[j - 1]?.surface ?? '';
  return !(DETERMINERS.test(before) || NOISE_WORDS.has(fold(before)));
}

/** The "at" an estimate gives its figure ("put the toll at (nearly) 3,000"), past hedges; -1 when the figure has none ("at least 30"). */
function estimateAt(tokens: readonly Token[], at: number): number {
  let b = at - 1;
  while (b >= 0 && tokens[b]!.figure === -1 && lowSurface(tokens, b) !== 'at' && FILLERS.has(lowSurface(tokens, b))) b--;
  if (b < 1 || tokens[b]!.figure !== -1 || lowSurface(tokens, b) !== 'at') return -1;
  // "at least", "at most" are hedges of the figure, not the estimate's "at".
  return /^(least|most)$/.test(lowSurface(tokens, b + 1)) ? -1 : b;
}

/**
 * What a figure after "at" is an estimate of: the object of an estimate verb ("police put [the crowd] at 50,000",
 * "the ministry put [the total number of protesters] marching ... at 1.2 million"): the noun phrase after the verb,
 * up to a preposition or a verb, and for a counting noun ("number", "total") the noun phrase of its "of"
 * (protesters). Undefined when nothing says so, or when another clause stands between ("put up barricades as the
 * crowd grew to 50,000").
 */
function estimatedObjectLabel(ctx: LabelContext): Label | undefined {
  const { text, tokens, at, transparent, words, join } = ctx;
  const b = estimateAt(tokens, at);
  if (b < 0) return undefined;
  let v = -1;
  for (let j = b - 1; j >= 0 && b - j <= ESTIMATE_REACH && v < 0; j--) {
    if (tokens[j]!.figure !== -1 || clauseBreak(text, tokens[j]!.end, tokens[j + 1]!.start, transparent)) break;
    const w = lowSurface(tokens, j);
    if (ESTIMATE_VERBS.has(w)) v = j;
    else if (CLAUSE_JOINS.has(w) || otherClauseVerb(tokens, j)) break;
  }
  if (v < 0) return undefined;
  // Past determiners and words that never tell a measure ("the official death toll", "the estimated number of").
  const pastDeterminers = (k: number): number => {
    while (k < b - 1 && (DETERMINERS.test(tokens[k]!.surface) || (NOISE_WORDS.has(fold(tokens[k]!.surface)) && !COUNTING_NOUNS.has(lowSurface(tokens, k))))) k++;
    return k;
  };
  let k = pastDeterminers(v + 1);
  let c = k;
  while (c < b && COUNTING_NOUNS.has(lowSurface(tokens, c))) c++;
  if (c > k && lowSurface(tokens, c) === 'of') k = pastDeterminers(c + 1);
  const object: number[] = [];
  for (let i = k; i < b && object.length < 5; i++) {
    const tok = tokens[i]!;
    if (tok.figure !== -1 || (i > k && clauseBreak(text, tokens[i - 1]!.end, tok.start, transparent))) break;
    // The object's first word is a noun whatever its form ("the cost", "the total"); a verb after it ends the phrase.
    if (PREPOSITIONS.has(tok.surface.toLowerCase()) || isFunction(tok.surface) || (i > k && isVerbLike(tok.surface) && !/^[A-Z]/.test(tok.surface))) break;
    object.push(i);
  }
  return object.length ? { label: join(object), heads: headOf(words(object)) } : undefined;
}

/** Fallback: the two nearest content words, in text order; no head. */
function nearestWordsLabel(ctx: LabelContext): Label {
  const { tokens, at, figure, join } = ctx;
  const near: number[] = [];
  for (let d = 1; d <= 6 && near.length < 2; d++) {
    for (const i of [at - d, at + d]) {
      const tok = tokens[i];
      if (tok && tok.figure === -1 && measureTerms(tok.surface).length && !isVerbLike(tok.surface) && near.length < 2) near.push(i);
    }
  }
  return { label: near.length ? join(near.sort((a, b) => a - b)) : figure.unit === '%' ? 'share' : unitPlural(figure.unit), heads: [] };
}

/** A label of at most MAX_LABEL_CHARS characters, cut at a word boundary when it is longer. */
export function clipLabel(label: string): string {
  if (label.length <= MAX_LABEL_CHARS) return label;
  const cut = label.lastIndexOf(' ', MAX_LABEL_CHARS);
  return (cut > 0 ? label.slice(0, cut) : label.slice(0, MAX_LABEL_CHARS)).trim();
}

/** How a label names a unit in the plural: "people", "seats", an amount of money for a currency code. */
function unitPlural(unit: string): string {
  return /^[A-Z]{3}$/.test(unit) ? 'amount' : pluralNoun(unit);
}
