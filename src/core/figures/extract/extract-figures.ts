// Figures in a news text: money, percentages, counts, ordinals, durations, ages and measured
// quantities, each with its exact span, a normalised value and unit, and the hedge, change and
// time words around it. Purpose-built rules rather than an NLP model: fast and predictable.
//
// Conventions (the aligner relies on them):
// - The span covers the number and the words that make up its unit: currency ("$240.1bn",
//   "20 trillion rubles"), percent ("5.1 percent"), units of measure and time ("10 km", "two-day",
//   "75 years", "45-year-old"). It does NOT cover hedges ("nearly"), change words ("up from") or the
//   noun a count or an ordinal qualifies: "nearly 8,000 people" -> text "8,000", unit 'person',
//   hedge 'nearly'; "43rd meeting" -> text "43rd", unit 'meeting'.
// - Counted nouns and ordinal heads are singular and lower-case ('person', 'seat', 'jet'). A number
//   with neither unit nor counted noun is kind 'number' with unit '' (fractions too: "two thirds").
// - Money is in whole currency units with an ISO code ("50 cents" -> 0.5 USD); percent unit '%',
//   percentage points 'pp'; an anniversary is a duration in years, a birthday an age; units of
//   measure are short symbols ('km', 'kg', 'tonne', 'lb', '°C', 'mph'; rates 'barrel/day').
// - Ranges ("10 to 12", "10-12", "between 5 and 7") give value = lower bound, max = upper bound.
// - Hedges: 'about' ("some", "roughly", "an estimated"), 'nearly' ("almost", "close to", "just under",
//   "just short of", "shy of"), 'more than' ("just over", "upwards of", "north of"), 'less than',
//   'at least', 'at most', 'up to' (see text/words/hedge-words.ts).
// - time (attach-figure-times.ts): a year ("2019"), a resolved "last year" ("2023"), or a month named
//   right after the figure ("5.1% in March" -> "2024-03").
// - change is a FigureChange: marks 'to' (the new value), 'from' (the old one) or 'by' (the difference),
//   with direction 'rose' or 'fell' when the words give one ("up from" is rose/from); none for "went
//   from 300 to 450" or "$5bn, compared with $4bn a year earlier". A "from" after a figure that changed
//   is its starting point ("rose to 5.1% in March from 4.9%": rose/from); "from X to Y" after no verb of
//   change is a range.
// - Never figures: dates, years, times of day, phone numbers, street numbers, list markers,
//   model names and codes ("Boeing 787", "G7", "COVID-19"), versions, URLs, and the word "one"
//   (or "zero") without a unit, which is far more often a pronoun than a figure. Nor idioms ("for the
//   first time", "a four-time winner", "in the first place", an ordinal before a plural noun: "third
//   countries", "first responders"), references to things already named ("the two countries", "both
//   leaders", "all three suspects": spelled two to twelve after "the", "both", "these", "those", "all";
//   "the 300 workers" and "his two sons" stay counts), or a year-like number before a noun ("2020 dates",
//   "1988 sales": 1900-2100 without a hedge or a thousands separator), nor a numeral of more than
//   MAX_NUMERAL_DIGITS digits or without a finite value ("1e400").
import type { Figure, FigureChange, FigureKind, Hedge } from '../../types.ts';
import { lookupTable } from '../../text/lookup-table.ts';
import { mayStartNumberWords, parseNumberWords, startsNumberWords } from './parse-number-words.ts';
import { isIrregularPlural, singularNoun } from '../../text/singular-noun.ts';
import { CURRENCY_CODES, CURRENCY_SYMBOLS, DOLLAR_PREFIXES, TIME_UNITS, UNITS_AFTER, type UnitEntry } from './figure-units.ts';
import { findNonFigureSpans, type NonFigureSpan, type RejectReason } from './find-non-figure-spans.ts';
import { attachFigureTimes } from './attach-figure-times.ts';
import { HEDGES_AFTER, HEDGES_BEFORE, HEDGE_WORDS } from '../../text/words/hedge-words.ts';
import { FALL_ADVERBS, FALL_NOUNS, FALL_VERBS, NOT_DIRECT_CHANGE, REVISE_VERBS, RISE_ADVERBS, RISE_NOUNS, RISE_VERBS } from '../../text/words/change-words.ts';
import { OPENING_QUOTES, PHRASE_END_WORDS } from '../../text/words/function-words.ts';
import { ACTIVE_CASUALTY_VERBS, CASUALTY_LINKS, CASUALTY_WORDS, TOLL_LINKS, TOLL_OF, TOLL_WORDS } from '../../text/words/casualty-words.ts';
import { FigureToken, tokenizeFigureText } from './tokenize-figure-text.ts';
import { isTitleCase } from '../../text/title-case.ts';

/** Long words a line needs before it can be read as a Title Case headline: two capitals are a name, not a headline. */
const TITLE_LINE_WORDS = 3;

export type { RejectReason } from './find-non-figure-spans.ts';

export interface ExtractFiguresOptions {
  /** Publication date (ISO), to resolve "last year" into a year. */
  published?: string;
  /** Called for each number-bearing span deliberately left out, with the reason (for evaluation). */
  onReject?: (span: { start: number; end: number; reason: RejectReason }) => void;
  /** splitSentences(text), when the caller has it already (figure times read sentences). */
  sentences?: ReadonlyArray<readonly [number, number]>;
}

/**
 * A numeral with more integer digits than this is an identifier, a hash or a run of digits, not an amount
 * (and beyond 308 digits it is not even a finite number).
 */
export const MAX_NUMERAL_DIGITS = 18;
/** Longest figure text: number, scale and unit words. Anything longer is not a figure read by these rules. */
export const MAX_FIGURE_TEXT = 100;

// ---------------------------------------------------------------- word lists

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these',
  'those', 'every', 'each', 'whose']);
/** Before a four-digit number these make it a year ("in 2019", "the 2024 election"). */
const YEAR_CONTEXT = new Set(['in', 'of', 'since', 'by', 'from', 'until', 'till', 'to', 'for', 'during', 'before', 'after',
  'between', 'and', 'or', 'the', 'year', 'fiscal', 'circa', 'early', 'late', 'mid', 'spring', 'summer', 'autumn',
  'fall', 'winter', 'through', 'around', 'about', 'than']);
/** Capitalised words before a number that do not make it a model name ("About 8,000", "In 2019"). */
const NOT_NAME = new Set([...PHRASE_END_WORDS, ...HEDGE_WORDS, 'nearly', 'almost', 'roughly', 'approximately', 'only',
  'another', 'exactly', 'just', 'top', 'total', 'fully', 'magnitude', 'aged', 'age', 'minus', 'negative', 'plus',
  'some', 'another', 'just', 'roughly', 'and', 'but', 'or', 'with', 'without', 'by', 'at', 'on', 'in', 'to']);
/** Lower-case words before a number that make it a label, not a figure ("version 2", "route 66"). */
const LABELS = new Set(['version', 'v', 'no', 'nr', 'nrs', 'number', 'num', 'route', 'highway', 'interstate', 'flight',
  'article', 'chapter', 'section', 'page', 'pages', 'pp', 'paragraph', 'grade', 'phase', 'season', 'episode', 'room',
  'gate', 'platform', 'exit', 'channel', 'line', 'item', 'model', 'type', 'class', 'level', 'tier', 'category', 'figure',
  'fig', 'table', 'code', 'id', 'ref', 'resolution', 'rule', 'clause', 'pier', 'bus', 'terminal', 'zone', 'block',
  'unit', 'apartment', 'suite', 'floor', 'box', 'po', 'lot', 'ward', 'district', 'precinct', 'camp', 'lane']);
const SCALE_SUFFIX = lookupTable<number>({
  bn: 1e9, bln: 1e9, b: 1e9, billion: 1e9, tn: 1e12, trn: 1e12, tln: 1e12, trillion: 1e12, mn: 1e6, mln: 1e6,
  mil: 1e6, million: 1e6, k: 1e3, thousand: 1e3, hundred: 100, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
  dozen: 12, dozens: 12,
});
const CASED_SCALE = lookupTable<number>({ M: 1e6, B: 1e9, T: 1e12, K: 1e3, MM: 1e6 });
const VULGAR = lookupTable<number>({
  '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3, '⅕': 0.2, '⅖': 0.4, '⅗': 0.6, '⅘': 0.8, '⅙': 1 / 6,
  '⅚': 5 / 6, '⅛': 0.125, '⅜': 0.375, '⅝': 0.625, '⅞': 0.875,
});
const FRACTION_DENOMINATORS = new Set([2, 3, 4, 5, 6, 8, 10, 16, 32, 64, 100]);
const MONEY_VERBS = new Set(['cost', 'costs', 'paid', 'pay', 'pays', 'spent', 'spend', 'spends', 'fine', 'fined', 'worth',
  'sales', 'income', 'loss', 'losses', 'budget', 'debt', 'deficit', 'investment', 'funding', 'tax', 'bill',
  'price', 'priced', 'sold', 'bought', 'raised', 'salary', 'wage', 'earn', 'earns', 'earned', 'bid', 'offer', 'offered',
  'loan', 'owe', 'owed', 'charge', 'charged', 'fee', 'fees', 'donated', 'won', 'lost', 'valued', 'revenue', 'profit']);
const AGE_UNITS = new Set(['year', 'years', 'yr', 'yrs', 'month', 'months', 'week', 'weeks', 'day', 'days']);
/** Tokens a partitive "of" may reach for its noun ("of the unicameral legislature's 300 seats"). */
const PARTITIVE_REACH = 8;
/** Spelled-out small numbers that, after "the", "both", "these", "those" or "all", refer to things already named. */
const REFERENCE_NUMBERS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']);
const REFERENCE_DETERMINERS = new Set(['the', 'both', 'these', 'those', 'all']);
/** Compound words after a number that are not a counted noun ("30-odd", "5,000-plus", "two-fold"). */
const NOT_COUNTED = new Set(['odd', 'plus', 'fold', 'something', 'ish', 'strong']);

/** Words ending in -s that are not plural nouns. */
const NOT_PLURAL = new Set(['overseas', 'nowadays', 'upstairs', 'downstairs', 'indoors', 'outdoors', 'sideways', 'always',
  'afterwards', 'towards', 'backwards', 'forwards', 'whereas', 'perhaps', 'besides', 'sometimes', 'hers', 'ours', 'yours',
  'theirs', 'its', 'this', 'thus', 'was', 'has', 'does', 'is', 'us', 'plus', 'minus', 'versus', 'various', 'previous',
  'serious', 'famous', 'numerous', 'tremendous', 'enormous', 'lots']);

/** Nationality adjectives, which may stand between a number and its noun ("400 Chinese students"). */
const DEMONYM = /(an|ese|ish|i|ch|ic)$/;
const round = (v: number) => Number(v.toPrecision(12));
/**
 * startsNumberWords, bound here: it is asked about every word of a text, and a call through the module
 * boundary costs a property getter in some module loaders (tsx, the benchmarks' runner).
 */
const opensNumber = startsNumberWords;
const mayOpenNumber = mayStartNumberWords;
/** The direction a change verb names: 'rose', 'fell' or ''. */
const dirOf = (w: string): 'rose' | 'fell' | '' => (RISE_VERBS.has(w) ? 'rose' : FALL_VERBS.has(w) ? 'fell' : '');
/** The direction an adverb gives a revision: "revised upwards from 131", "adjusted downward to 40". */
const revisedWay = (w: string): 'rose' | 'fell' | '' => (RISE_ADVERBS.has(w) ? 'rose' : FALL_ADVERBS.has(w) ? 'fell' : '');
const isYearLike = (raw: string) => /^\d{4}$/.test(raw) && Number(raw) >= 1800 && Number(raw) <= 2100;

// ---------------------------------------------------------------- the extractor

interface Core {
  i0: number;
  /** Token after the core. */
  i1: number;
  value: number;
  digits: boolean;
  /** The numeral as written, for the year test. */
  raw: string;
  /** Multiplier applied by a scale word or suffix ("bn", "million"). */
  scale: number;
  ordinal?: boolean;
  fraction?: boolean;
  /** An attached lower-case "m" follows: million after a currency, metres otherwise. */
  ambiguousM?: boolean;
}

interface Built {
  fig: Figure;
  next: number;
}

/** Words between "magnitude" and its value: "a magnitude of 6.1", "magnitude at 6.8". */
const MAGNITUDE_LINKS: ReadonlySet<string> = new Set(['of', 'at', 'reaching', 'was', 'is', 'measuring']);

/** A figure while figureAt reads it: token range [left, right), value, and what is known so far. */
interface Draft {
  core: Core;
  left: number;
  right: number;
  value: number;
  kind?: FigureKind;
  unit: string;
  max?: number;
  /** ISO code of a currency written before the amount. */
  currency?: string;
}

export function extractFigures(text: string, options: ExtractFiguresOptions = {}): Figure[] {
  return new Extractor(text, options).run();
}

/** Determiners of a partitive's group: "of the 278 bodies", "of those deaths". */
const PARTITIVE_DETERMINERS = new Set(['the', 'those', 'these', 'its', 'their', 'all']);

class Extractor {
  private readonly toks: FigureToken[];
  private readonly maskOf: Array<RejectReason | undefined>;
  private readonly masks: NonFigureSpan[];
  private readonly figures: Figure[] = [];
  /** Token index each figure ends at, parallel to `figures`. */
  private readonly figureEnds: number[] = [];
  /** Years read as numbers and left out ("in 2019"): the times figures may refer to. */
  private readonly years: NonFigureSpan[] = [];
  private lastEnd = 0;
  private readonly titleCase = new Map<number, boolean>();
  /** Offsets of the line breaks of the text, filled when first needed. */
  private lineBreaks?: number[];
  /** Whether the text writes "£" anywhere, read when first needed. */
  private hasPoundSign?: boolean;

  constructor(
    private readonly text: string,
    private readonly options: ExtractFiguresOptions,
  ) {
    this.toks = tokenizeFigureText(text);
    this.masks = findNonFigureSpans(text);
    this.maskOf = new Array(this.toks.length);
    let m = 0;
    for (let i = 0; i < this.toks.length; i++) {
      const t = this.toks[i]!;
      while (m < this.masks.length && this.masks[m]!.end <= t.start) m++;
      const mask = this.masks[m];
      if (mask && mask.start < t.end && t.start < mask.end) this.maskOf[i] = mask.reason;
    }
    if (options.onReject) for (const mk of this.masks) options.onReject(mk);
  }

  run(): Figure[] {
    const { toks } = this;
    for (let i = 0; i < toks.length; ) {
      const t = toks[i]!;
      if (this.maskOf[i] || !this.mayOpen(t)) {
        i++;
        continue;
      }
      const built = this.figureAt(i);
      if (built) {
        this.figures.push(built.fig);
        this.figureEnds.push(built.next);
        this.lastEnd = built.next;
        i = built.next;
      } else i = Math.max(i + 1, this.lastEnd);
    }
    this.figures.sort((a, b) => a.start - b.start);
    attachFigureTimes(this.text, this.figures, [...this.masks, ...this.years], this.options.published, this.options.sentences);
    return this.figures;
  }

  // ------------------------------------------------------------ token helpers

  /**
   * Whether a figure may open at `t`: a numeral, a number word, "minus", a minus sign or a vulgar fraction.
   * Asked of every token, so most words are turned down by their shape, without reading their text.
   */
  private mayOpen(t: FigureToken): boolean {
    if (t.kind === 'num') return true;
    if (t.kind === 'sym') return t.text === '-' || t.text === '\u2212' || t.text in VULGAR;
    const n = t.end - t.start;
    return (mayOpenNumber(this.text, t.start, t.end) && opensNumber(t.lower)) || (n === 5 && t.lower === 'minus') || (n === 8 && t.lower === 'negative');
  }

  private gap(a: number, b: number): string {
    return this.text.slice(this.toks[a]!.end, this.toks[b]!.start);
  }
  private attached(a: number, b: number): boolean {
    const ta = this.toks[a];
    const tb = this.toks[b];
    return !!ta && !!tb && ta.end === tb.start;
  }
  /** Next to each other on one line, at most two spaces apart. */
  private near(a: number, b: number): boolean {
    const ta = this.toks[a];
    const tb = this.toks[b];
    if (!ta || !tb || a < 0) return false;
    return tb.start - ta.end <= 2 && this.blanks(ta.end, tb.start);
  }
  /** Only spaces, tabs and no-break or thin spaces from `from` to `to` ("[ \t\u00a0\u2009\u202f]*"). */
  private blanks(from: number, to: number): boolean {
    for (let k = from; k < to; k++) {
      const c = this.text.charCodeAt(k);
      if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 0x2009 && c !== 0x202f) return false;
    }
    return true;
  }
  /** "two-day": a hyphen attached on both sides at `h`. */
  private hyphenAt(h: number): boolean {
    const t = this.toks[h];
    return !!t && (t.text === '-' || t.text === '\u2010' || t.text === '\u2011') && this.attached(h - 1, h) && this.attached(h, h + 1);
  }
  private reject(s: number, e: number, reason: RejectReason): void {
    this.options.onReject?.({ start: s, end: e, reason });
  }
  private isSentenceStart(i: number): boolean {
    if (i <= 0) return true;
    const prev = this.toks[i - 1]!;
    if (this.gap(i - 1, i).includes('\n')) return true;
    if (/^[.!?:;"\u201c\u2018(\u2014\u2013-]$/.test(prev.text)) return true;
    return false;
  }
  private isNameWord(i: number): boolean {
    const t = this.toks[i];
    if (!t || t.kind !== 'word' || !/\p{Lu}/u.test(t.text)) return false; // "Boeing", also "iPhone"
    if (/['\u2019]s$/i.test(t.text)) return false; // possessive: "Putin's 43rd meeting"
    return !NOT_NAME.has(t.lower) && !CURRENCY_CODES[t.lower] && !startsNumberWords(t.lower);
  }

  // ------------------------------------------------------------ numbers

  private coreAt(i: number): Core | null {
    const { toks } = this;
    const t = toks[i]!;
    let negative = false;
    let j = i;
    if ((t.text === '-' || t.text === '\u2212') && toks[i + 1]?.kind === 'num' && this.attached(i, i + 1)) {
      const prev = toks[i - 1];
      if (prev && this.attached(i - 1, i) && !(prev.text in CURRENCY_SYMBOLS) && !/^[([]$/.test(prev.text)) return null;
      negative = true;
      j = i + 1;
    } else if ((t.lower === 'minus' || t.lower === 'negative') && toks[i + 1] && this.near(i, i + 1) &&
      (toks[i + 1]!.kind === 'num' || startsNumberWords(toks[i + 1]!.lower))) {
      negative = true;
      j = i + 1;
    }
    const core = toks[j]!.kind === 'num' ? this.numeralAt(j) : toks[j]!.kind === 'word' ? this.numberWordsAt(j) : this.vulgarAt(j);
    if (!core) return null;
    if (negative) {
      core.i0 = i;
      core.value = -core.value;
    }
    return core;
  }

  private vulgarAt(j: number): Core | null {
    const v = VULGAR[this.toks[j]!.text];
    return v === undefined ? null : { i0: j, i1: j + 1, value: v, digits: true, raw: this.toks[j]!.text, scale: 1, fraction: true };
  }

  private numeralAt(j: number): Core | null {
    const { toks } = this;
    const t = toks[j]!;
    let raw = t.text;
    let value = Number(raw.replace(/,/g, ''));
    let end = j + 1;
    // Thousands grouped by spaces: "40\u202f000", "1 234 567". A plain space joins groups only when
    // there are at least two of them: "400 737 Max jets" is two numbers.
    if (/^\d{1,3}$/.test(raw)) {
      let k = end;
      while (toks[k]?.kind === 'num' && /^\d{3}(?:\.\d+)?$/.test(toks[k]!.text) && /^[ \u00a0\u2009\u202f]$/.test(this.gap(k - 1, k)) &&
        !(toks[k + 1]?.text === '/' && this.attached(k, k + 1)) && !/\./.test(toks[k - 1]!.text)) k++;
      const thin = k > end && /^[\u00a0\u2009\u202f]$/.test(this.gap(end - 1, end));
      if (k - end >= 2 || thin) {
        for (; end < k; end++) raw += toks[end]!.text;
        value = Number(raw);
      }
    }
    // "007", "0000": codes, not amounts; nor a run of more digits than any amount has.
    if (/^0\d/.test(raw) || integerDigits(raw) > MAX_NUMERAL_DIGITS) {
      this.reject(t.start, toks[end - 1]!.end, 'code');
      return { i0: j, i1: end, value: NaN, digits: true, raw, scale: 1 };
    }
    const core: Core = { i0: j, i1: end, value, digits: true, raw, scale: 1 };
    const power = this.powerAt(end, value);
    if (power) return { ...core, i1: power.end, value: round(power.value), raw: `${raw}e` };
    // Fractions: "3/4", "2 1/2", "2½".
    const slash = toks[end];
    if (slash?.text === '/' && this.attached(end - 1, end) && toks[end + 1]?.kind === 'num' && this.attached(end, end + 1)) {
      const d = Number(toks[end + 1]!.text);
      if (Number.isInteger(value) && FRACTION_DENOMINATORS.has(d) && value < d && !/[.,]/.test(toks[end + 1]!.text)) {
        return { ...core, i1: end + 2, value: value / d, fraction: true, raw: `${raw}/${d}` };
      }
      this.reject(t.start, toks[end + 1]!.end, 'code'); // "24/7", "9/11"
      return { ...core, i1: end + 2, value: NaN };
    }
    const next = toks[end];
    if (next?.kind === 'num' && Number.isInteger(value) && this.near(end - 1, end) && toks[end + 1]?.text === '/' &&
      this.attached(end, end + 1) && toks[end + 2]?.kind === 'num' && this.attached(end + 1, end + 2)) {
      const n = Number(next.text);
      const d = Number(toks[end + 2]!.text);
      if (FRACTION_DENOMINATORS.has(d) && n < d) return { ...core, i1: end + 3, value: value + n / d, fraction: true };
    }
    if (next && VULGAR[next.text] !== undefined && this.attached(end - 1, end)) {
      return { ...core, i1: end + 1, value: value + VULGAR[next.text]!, fraction: true };
    }
    if (next?.kind === 'word' && this.attached(end - 1, end)) {
      if (/^(st|nd|rd|th)$/.test(next.lower) && Number.isInteger(value) && !/[.,]/.test(raw)) {
        return { ...core, i1: end + 1, ordinal: true };
      }
      const scale = CASED_SCALE[next.text] ?? (next.text === 'm' ? undefined : SCALE_SUFFIX[next.lower]);
      if (next.text === 'm') core.ambiguousM = true;
      else if (scale && next.lower !== 'dozen' && next.lower !== 'hundred' && next.lower !== 'dozens') {
        core.value = round(value * scale);
        core.scale = scale;
        core.i1 = end + 1;
        return core;
      }
    }
    const joined = this.hyphenScale(end);
    if (joined !== undefined) return { ...core, scale: joined, value: round(value * joined), i1: end + 2 };
    // Spaced scale words: "18 billion", "3 lakh crore", "2.33 k".
    let k = end;
    let lastScale = 0;
    while (toks[k] && this.near(k - 1, k) && toks[k]!.kind === 'word') {
      const w = toks[k]!;
      const s = SCALE_SUFFIX[w.lower] ?? (w.text === 'M' ? 1e6 : undefined);
      if (!s || w.lower === 'b') break;
      if (lastScale && s <= lastScale) break;
      if ((w.lower === 'dozen' || w.lower === 'dozens') && lastScale) break;
      core.scale *= s;
      core.value = round(value * core.scale);
      lastScale = s;
      k++;
    }
    core.i1 = k;
    return core;
  }

  /** A scale word joined by a hyphen at `h`: "US $5.4-billion", "a $2-million fine" (not "5-m", a unit; not "a 5-thousand-strong crowd"). */
  private hyphenScale(h: number): number | undefined {
    const w = this.toks[h + 1];
    if (!this.hyphenAt(h) || w?.kind !== 'word' || w.text.length < 2) return undefined;
    const scale = SCALE_SUFFIX[w.lower];
    return scale !== undefined && scale >= 1e6 ? scale : undefined;
  }

  /** The signed exponent glued on at `k` ("+14" of "12.32e+14"). */
  private exponentAt(k: number): { exp: number; end: number } | null {
    const { toks } = this;
    let sign = 1;
    while (toks[k] && /^[-+\u2212]$/.test(toks[k]!.text) && this.attached(k - 1, k)) {
      if (toks[k]!.text !== '+') sign = -sign;
      k++;
    }
    const n = toks[k];
    if (!n || n.kind !== 'num' || !/^\d+$/.test(n.text) || !this.attached(k - 1, k)) return null;
    return { exp: sign * Number(n.text), end: k + 1 };
  }

  /** Scientific notation glued to a numeral: "1e10", "12.32e+14", "1.1^23", "1.3x10^6". */
  private powerAt(end: number, value: number): { value: number; end: number } | null {
    const { toks } = this;
    const t = toks[end];
    if (!t || !this.attached(end - 1, end)) return null;
    if (t.text === 'e' || t.text === 'E') {
      const e = this.exponentAt(end + 1);
      return e ? { value: value * 10 ** e.exp, end: e.end } : null;
    }
    if (t.text === '^') {
      const e = this.exponentAt(end + 1);
      return e ? { value: value ** e.exp, end: e.end } : null;
    }
    if ((t.text === 'x' || t.text === '\u00d7') && toks[end + 1]?.text === '10' && this.attached(end, end + 1) && toks[end + 2]?.text === '^' &&
      this.attached(end + 1, end + 2)) {
      const e = this.exponentAt(end + 3);
      return e ? { value: value * 10 ** e.exp, end: e.end } : null;
    }
    return null;
  }

  private numberWordsAt(j: number): Core | null {
    const { toks } = this;
    const w = toks[j]!.lower;
    if (!startsNumberWords(w)) return null;
    // "a"/"an" is a number only before a scale or a fraction word ("a dozen", "a third"): most are not.
    if ((w === 'a' || w === 'an') && !(toks[j + 1] && this.blanks(toks[j]!.end, toks[j + 1]!.start) && startsNumberWords(w, toks[j + 1]!.lower))) return null;
    const words: string[] = [];
    const idx: number[] = [];
    for (let k = j; k < toks.length && words.length < 16; k++) {
      const t = toks[k]!;
      if (k > j && !this.blanks(toks[k - 1]!.end, t.start)) break;
      if (t.kind === 'word' || t.text === '-' || t.text === '&') {
        words.push(t.lower);
        idx.push(k);
      } else break;
    }
    // Let the parser see what follows the words (a fraction needs "of" or the end of the phrase).
    const parsed = parseNumberWords(words);
    if (!parsed || Number.isNaN(parsed.value)) return null;
    const i1 = idx[parsed.length - 1]! + 1;
    const core: Core = { i0: j, i1, value: round(parsed.value), digits: false, raw: words.slice(0, parsed.length).join(' '), scale: 1 };
    if (parsed.ordinal) core.ordinal = true;
    if (parsed.fraction) core.fraction = true;
    const lastWord = /(thousand|million|billion|trillion|lakh|crore)s?$/.exec(core.raw)?.[1];
    if (lastWord) core.scale = SCALE_SUFFIX[lastWord]!;
    return core;
  }

  // ------------------------------------------------------------ one figure

  /**
   * The figure whose number opens at token `i`, or null. The steps, in order: codes and model names around
   * the number, currency and units, a range, an ordinal or a count, years and model numbers, the hedge.
   * Each `drop...`/`reject...` step returns true when it turned the number down (and said why).
   */
  private figureAt(i: number): Built | null {
    const core = this.coreAt(i);
    if (!core) return null;
    if (Number.isNaN(core.value)) return this.skip(core.i1);
    if (this.rejectCodeAround(core)) return null;
    const draft: Draft = { core, left: core.i0, right: core.i1, value: core.value, unit: '' };
    this.readCurrencyAndUnits(draft);
    const context = this.leftContext(draft.left, draft.kind);
    if (this.rejectRangeOrScore(draft, context)) return null;
    if (core.ordinal && this.rejectOrdinal(draft)) return null;
    if (!draft.kind && this.rejectCount(draft)) return null;
    this.readAgeInApposition(draft, context);
    if (this.rejectYearOrModel(draft, context)) return null;
    return this.finish(draft, context);
  }

  /** Codes: letters glued to the digits ("G7", "A320", "5G"), labels ("route 66", "#1"), "COVID-19", "Three Gorges". */
  private rejectCodeAround(core: Core): boolean {
    const { toks } = this;
    if (!core.digits) {
      const first = toks[core.i0]!;
      if (/^\p{Lu}/u.test(first.text) && !this.isSentenceStart(core.i0) && this.isNameWord(core.i1) && !this.inTitleCaseLine(core.i0)) {
        return this.drop(core, 'model'); // "Three Gorges", "First Lady"
      }
      return false;
    }
    const before = core.i0 - 1;
    const after = core.i1;
    const pre = toks[before];
    const glued = pre && pre.kind === 'word' && this.attached(before, core.i0);
    if (glued && !CURRENCY_CODES[pre.lower]) return this.drop(core, 'code');
    if (pre?.text === '-' && this.attached(before, core.i0) && toks[before - 1]?.kind === 'word' && this.attached(before - 1, before) &&
      !HEDGE_WORDS.has(toks[before - 1]!.lower) && !startsNumberWords(toks[before - 1]!.lower) && toks[before - 1]!.lower !== 'magnitude') {
      return this.drop(core, 'model'); // "COVID-19", "F-16", "Su-57"
    }
    const post = toks[after];
    if (post?.kind === 'word' && this.attached(after - 1, after) && !this.knownSuffix(after)) return this.drop(core, 'code');
    if (post?.kind === 'num' && this.attached(after - 1, after)) return this.drop(core, 'code');
    // Labels: "version 2", "route 66", "No 10", "nr. 22", "#1".
    if (pre?.text === '#' && this.attached(before, core.i0)) return this.drop(core, 'code');
    if (pre && this.near(before, core.i0) && !core.ordinal && ((pre.kind === 'word' && LABELS.has(pre.lower)) || pre.text === 'No')) {
      return this.drop(core, 'code');
    }
    if (pre?.text === '.' && /^(no|nr|nrs|vol|p|pp|art|sec|fig|v)$/i.test(toks[before - 1]?.text ?? '') && this.near(before, core.i0)) {
      return this.drop(core, 'code');
    }
    return false;
  }

  /** Currency before the amount ("$", "US$", "USD 200"), unit words before it ("magnitude 8.9", "aged 45"), units after it. */
  private readCurrencyAndUnits(draft: Draft): void {
    const { core } = draft;
    const prefix = this.currencyBefore(core.i0);
    if (prefix) {
      draft.left = prefix.start;
      draft.kind = 'money';
      draft.unit = prefix.iso;
      draft.currency = prefix.iso;
      if (core.ambiguousM) {
        draft.value = round(draft.value * 1e6);
        draft.right = core.i1 + 1;
      }
      // "$ 10 dollars", "US$ 5 million USD": a repeated currency word belongs to the figure.
      const dup = this.unitAfter(draft.right, core);
      if (dup?.kind === 'money' && dup.unit === prefix.iso) draft.right = dup.end;
    } else if (core.ambiguousM) {
      // Metres, or a longer unit starting with "m" ("24703m2").
      const longer = this.unitAfter(core.i1, core);
      draft.kind = longer?.kind ?? 'quantity';
      draft.unit = longer?.unit ?? 'm';
      draft.right = longer?.end ?? core.i1 + 1;
    }
    if (!draft.kind && core.digits) this.readUnitBefore(draft);
    if (!draft.kind && !core.ordinal) {
      const after = this.unitAfter(draft.right, core);
      if (after) {
        draft.kind = after.kind;
        draft.unit = after.unit;
        draft.value = round(draft.value * (after.factor ?? 1));
        draft.right = after.end;
      }
    }
  }

  /** Unit words before the number: "magnitude 8.9", "magnitude-7.8", "aged 45". */
  private readUnitBefore(draft: Draft): void {
    const { toks } = this;
    let u = draft.left - 1;
    if (toks[u]?.text === '-' && this.attached(u, draft.left) && this.attached(u - 1, u)) u--;
    else if (!this.near(u, draft.left)) u = -1;
    let word = u >= this.lastEnd ? toks[u] : undefined;
    // "a magnitude of 6.1", "its preliminary magnitude at 6.8", "a magnitude reaching 7.3": a magnitude is below 10.
    if (word && MAGNITUDE_LINKS.has(word.lower) && toks[u - 1]?.lower === 'magnitude' && u - 1 >= this.lastEnd && this.near(u - 1, u) &&
      draft.value > 0 && draft.value < 10) {
      u--;
      word = toks[u];
    }
    if (word?.lower === 'magnitude') {
      draft.kind = 'quantity';
      draft.unit = 'magnitude';
      draft.left = u;
    } else if ((word?.lower === 'aged' || word?.lower === 'age') && draft.value > 0 && draft.value < 130 && Number.isInteger(draft.value)) {
      draft.kind = 'age';
      draft.unit = 'year';
      draft.left = u;
    }
  }

  /** Ranges: "10 to 12 people", "10-12", "between 5 and 7 million", "$10-12bn"; a score ("won 3-1") is no figure. */
  private rejectRangeOrScore(draft: Draft, context: LeftContext): boolean {
    const { core } = draft;
    const range = core.ordinal || core.fraction ? undefined : this.rangeAfter(draft.right, core, draft.value, draft.kind, draft.unit, draft.currency, context);
    if (!range) {
      const score = this.scoreAfter(draft.right, core);
      return score !== null && this.drop(core, 'code', score);
    }
    draft.right = range.end;
    draft.max = range.max;
    draft.value = range.min;
    if (!draft.kind && range.kind) {
      draft.kind = range.kind;
      draft.unit = range.unit;
    }
    return false;
  }

  /** Ordinals: "43rd meeting", "fourth in-person meeting", "75th anniversary"; not idioms ("for the first time"). */
  private rejectOrdinal(draft: Draft): boolean {
    const { toks } = this;
    const { core } = draft;
    const R = draft.right;
    if (!core.digits && !this.acceptSpelledOrdinal(core)) return true;
    const head = this.headAfter(R, 'ordinal');
    // "75th anniversary", "her twenty-first birthday party", "the 21st-century economy".
    let headWord = head === null ? '' : toks[head]!.lower;
    for (let k = R; head !== null && k <= head; k++) {
      if (/^(anniversary|anniversaries|birthday|century|centuries|millennium)$/.test(toks[k]!.lower)) headWord = toks[k]!.lower;
    }
    if (headWord === 'century' || headWord === 'centuries' || headWord === 'millennium') return this.drop(core, 'date');
    if (headWord === 'anniversary' || headWord === 'anniversaries') {
      draft.kind = 'duration';
      draft.unit = 'year';
    } else if (headWord === 'birthday') {
      draft.kind = 'age';
      draft.unit = 'year';
    } else {
      draft.kind = 'ordinal';
      draft.unit = head === null ? '' : singularNoun(toks[head]!.text);
    }
    if (core.digits && this.isNameWord(core.i0 - 1) && this.near(core.i0 - 1, core.i0)) return this.drop(core, 'model');
    // Idioms: "for the first time", "the third time this year", "first-time buyers", "first time buyers",
    // "in the first place".
    const after = this.hyphenAt(R) ? R + 1 : this.near(R - 1, R) ? R : -1;
    if (draft.unit === 'time' || /^times?$/.test(toks[after]?.lower ?? '') ||
      (draft.unit === 'place' && head === R && toks[core.i0 - 1]?.lower === 'the' && toks[core.i0 - 2]?.lower === 'in')) {
      return this.drop(core, 'idiom');
    }
    // "third countries", "first responders": an ordinal right before a plural noun is no place in a series.
    if (head !== null && head === after && /s$/.test(toks[head]!.lower) && singularNoun(toks[head]!.text) !== toks[head]!.lower) {
      return this.drop(core, 'idiom');
    }
    return false;
  }

  /** Counts: "8,000 people", "128 seats", "30 Boeing 787 jets", "a 450-seat parliament"; else a bare number. */
  private rejectCount(draft: Draft): boolean {
    const { toks } = this;
    const { core } = draft;
    const R = draft.right;
    const spelledOneOrZero = !core.digits && (draft.value === 1 || draft.value === 0) && core.raw !== 'a dozen';
    // "a million or more Uighurs": the noun comes after the post-hedge.
    const headFrom = this.postHedge(R) && toks[R]?.lower === 'or' ? R + 2 : R;
    const head = core.fraction || spelledOneOrZero ? null : (this.headAfter(headFrom, 'count') ?? this.partitiveHead(headFrom));
    if (head !== null) {
      draft.kind = 'count';
      draft.unit = singularNoun(toks[head]!.text);
      // "a four-time Grammy winner", "a two-time champion": how often someone won, not a measure.
      if (draft.unit === 'time' && head === R + 1 && this.hyphenAt(R)) return this.drop(core, 'idiom');
    } else if (spelledOneOrZero) {
      this.skip(core.i1);
      return true;
    } else if (core.digits || draft.value > 1) {
      // "45 dead", "54 had died", "the death toll rose to 58": a count of people, though no noun says so.
      const victims = this.casualtyAfter(R) || this.tollBefore(core.i0) || this.casualtyVerbBefore(core.i0);
      // "Of the 278 bodies, 177 have been identified": the share of a group named just before counts its noun.
      const whole = victims ? null : this.partitiveBefore(core.i0);
      draft.kind = victims || whole !== null ? 'count' : 'number';
      draft.unit = victims ? 'person' : whole !== null ? singularNoun(toks[whole]!.text) : '';
    } else {
      draft.kind = 'number';
      draft.unit = '';
    }
    // "the two countries", "both leaders", "all three suspects", "the other two": things already named.
    if (!core.digits && REFERENCE_NUMBERS.has(core.raw) && !this.hyphenAt(core.i1) && this.referenceBefore(draft.left)) {
      return this.drop(core, 'reference');
    }
    return false;
  }

  /** A casualty word right after a bare number, across a few linking words: "45 dead", "2,000 have been injured". */
  private casualtyAfter(r: number): boolean {
    const { toks } = this;
    for (let k = r, links = 0; k < toks.length && links <= 3; k++, links++) {
      const t = toks[k]!;
      // A casualty word may stand in quotation marks: 'leaving 291 "unaccounted for."'.
      // Set apart from the word before by a space, as an opening mark is (12" is an inch mark).
      if (OPENING_QUOTES.has(t.text) && t.start > toks[k - 1]!.end && this.near(k - 1, k)) {
        links--;
        continue;
      }
      if (t.kind !== 'word' || !this.near(k - 1, k)) return false;
      if (CASUALTY_WORDS.has(t.lower)) return true;
      if (!CASUALTY_LINKS.has(t.lower)) return false;
    }
    return false;
  }

  /**
   * A toll stated as a bare number: "the death toll had risen to 58", "Toll at 1,394", "death toll ... reaches 90".
   * The number follows (hedges aside) a linking word, and the toll stands earlier in the same clause run.
   */
  private tollBefore(i0: number): boolean {
    const { toks } = this;
    let k = i0 - 1;
    let linked = false;
    // Hedges and links ("at", "to", "around", "reached") stand right before the number.
    for (; k >= 0 && toks[k]!.kind === 'word' && (HEDGE_WORDS.has(toks[k]!.lower) || TOLL_LINKS.has(toks[k]!.lower)); k--) {
      linked ||= TOLL_LINKS.has(toks[k]!.lower);
    }
    if (!linked) return false;
    for (let n = 0; k >= 0 && n < 16; k--, n++) {
      const t = toks[k]!;
      if (t.kind === 'sym' && /^[.;!?]$/.test(t.text)) return false;
      // "death toll", "toll at": not a "toll road" or a "toll booth".
      if (t.kind === 'word' && TOLL_WORDS.has(t.lower)) return TOLL_OF.has(toks[k - 1]?.lower ?? '') || TOLL_LINKS.has(toks[k + 1]?.lower ?? '');
    }
    return false;
  }

  /**
   * A bare number a casualty verb takes as its object: "killed 14 people and injured 78", "wounded at least 30".
   * Hedges may stand between ("injured more than 9,000").
   */
  private casualtyVerbBefore(i0: number): boolean {
    const { toks } = this;
    let k = i0 - 1;
    while (k >= 0 && toks[k]!.kind === 'word' && HEDGE_WORDS.has(toks[k]!.lower)) k--;
    return k >= 0 && toks[k]!.kind === 'word' && ACTIVE_CASUALTY_VERBS.has(toks[k]!.lower) && this.near(k, k + 1);
  }

  /** "Parata, 75, has...": an age in apposition to a name. */
  private readAgeInApposition(draft: Draft, context: LeftContext): void {
    const { toks } = this;
    const { core, left: L, right: R } = draft;
    if (draft.kind === 'number' && core.digits && /^\d{1,3}$/.test(core.raw) && draft.value > 0 && draft.value < 120 &&
      toks[L - 1]?.text === ',' && toks[R]?.text === ',' && this.isNameWord(L - 2) && !context.hedge) {
      draft.kind = 'age';
      draft.unit = 'year';
    }
  }

  /** Years ("in 2019") and model numbers ("Boeing 787", "the 777 program", "4K") are not figures. */
  private rejectYearOrModel(draft: Draft, context: LeftContext): boolean {
    const { toks } = this;
    const { core, kind, right: R } = draft;
    if (!core.digits || (kind !== 'count' && kind !== 'number') || draft.currency || draft.max !== undefined) return false;
    if (this.isYear(core, context.hedge, kind)) {
      const first = toks[core.i0]!;
      this.years.push({ start: first.start, end: first.end, reason: 'year' });
      return this.drop(core, 'year');
    }
    if (/^\d+(\.\d+)?$/.test(core.raw) && this.isNameWord(core.i0 - 1) && this.near(core.i0 - 1, core.i0) && !this.inTitleCaseLine(core.i0)) {
      return this.drop(core, 'model'); // "Boeing 787", "Voyager 2", "Article 5", "OS X 10.10"
    }
    // "4K", "5K": a single digit with a thousands letter and nothing counted is a resolution or a race.
    if (kind === 'number' && core.scale === 1e3 && /^\d$/.test(core.raw)) return this.drop(core, 'code');
    // A three-digit-or-more number naming the noun after it: "the 777 program", "737 Max jets".
    const nextTok = toks[R];
    if (/^\d{3,}$/.test(core.raw) && !context.hedge && nextTok?.kind === 'word' && this.near(R - 1, R) && !PHRASE_END_WORDS.has(nextTok.lower) &&
      (kind === 'number' || (this.isNameWord(R) && !this.isPlural(nextTok) && !DEMONYM.test(nextTok.text)))) {
      return this.drop(core, 'model');
    }
    return false;
  }

  /** The hedge of a finished figure: before it, or after it ("or more"); none on a span of time ("over three years"). */
  private hedgeOf(draft: Draft, context: LeftContext): Hedge | undefined {
    let hedge = context.hedge;
    if (!hedge && draft.max === undefined) hedge = this.postHedge(draft.right);
    // "over three years" is a span of time, not a minimum.
    if (hedge === 'more than' && draft.kind === 'duration' && context.hedgeWord === 'over') hedge = undefined;
    // "north of $1 billion", "north of 40%"; not "north of 60 degrees" (a latitude) or of a road.
    if (context.hedgeWord === 'north of' && draft.kind !== 'money' && draft.kind !== 'percent' && draft.kind !== 'count') hedge = undefined;
    return hedge;
  }

  /** The figure itself, unless it is glued to more letters or has no finite value. */
  private finish(draft: Draft, context: LeftContext): Built | null {
    const { toks } = this;
    const { core, left: L, right: R, value, max } = draft;
    const kind = draft.kind!;
    // Glued to more letters or digits, it is a code after all ("24703m212").
    const glued = toks[R];
    if (glued && glued.kind !== 'sym' && this.attached(R - 1, R)) return this.rejectCore(core, 'code', R + 1);
    const start = toks[L]!.start;
    const end = toks[R - 1]!.end;
    // "1e400", "10^999": no finite value, no figure.
    if (!Number.isFinite(value) || (max !== undefined && !Number.isFinite(max)) || end - start > MAX_FIGURE_TEXT) {
      return this.rejectCore(core, 'code', R);
    }
    const fig: Figure = { text: this.text.slice(start, end), start, end, value, unit: draft.unit, kind };
    const hedge = this.hedgeOf(draft, context);
    if (hedge) fig.hedge = hedge;
    if (max !== undefined) fig.max = max;
    const change = this.changeFor(context, kind, draft.unit, R);
    if (change) fig.change = change;
    return { fig, next: R };
  }

  /** rejectCore for the steps of figureAt: always true ("dropped"). */
  private drop(core: Core, reason: RejectReason, endTok = core.i1): true {
    this.rejectCore(core, reason, endTok);
    return true;
  }

  private skip(next: number): null {
    this.lastEnd = Math.max(this.lastEnd, next);
    return null;
  }

  private rejectCore(core: Core, reason: RejectReason, endTok = core.i1): null {
    const { toks } = this;
    let end = endTok;
    // A code runs on through glued letters, digits and joiners: "A350-900", "MH17", "1111-2222".
    while (toks[end] && this.attached(end - 1, end) && (toks[end]!.kind !== 'sym' ||
      (/^[-/.]$/.test(toks[end]!.text) && toks[end + 1] && toks[end + 1]!.kind !== 'sym' && this.attached(end, end + 1)))) end++;
    this.reject(toks[core.i0]!.start, toks[end - 1]!.end, reason);
    return this.skip(end);
  }

  /** A word glued to digits that is still part of a figure: "240.1bn", "10km", "100m", "2nd", "5p". */
  private knownSuffix(i: number): boolean {
    const t = this.toks[i]!;
    if (SCALE_SUFFIX[t.lower] !== undefined || CASED_SCALE[t.text] !== undefined) return true;
    if (/^(st|nd|rd|th|s|p|yo)$/.test(t.lower) || t.text in CURRENCY_SYMBOLS) return true;
    if (t.text.length === 1 && /[A-Z]/.test(t.text) && t.text !== 'L' && t.text !== 'W') return false;
    return UNITS_AFTER.has(t.lower) || CURRENCY_CODES[t.lower] !== undefined || /^m(usd|eur|gbp|aud|cad|chf|jpy|cny)$/.test(t.lower);
  }

  private currencyBefore(i0: number): { iso: string; start: number } | null {
    const { toks } = this;
    const p = i0 - 1;
    const pt = toks[p];
    if (!pt || p < this.lastEnd || !(this.attached(p, i0) || this.near(p, i0))) return null;
    if (pt.text in CURRENCY_SYMBOLS) {
      if (pt.text !== '$') return { iso: CURRENCY_SYMBOLS[pt.text]!, start: p };
      // "U.S.$", "u.start $"
      let k = p - 1;
      if (toks[k]?.text === '.') k--;
      if (toks[k]?.lower === 's' && toks[k - 1]?.text === '.' && toks[k - 2]?.lower === 'u' && this.attached(k - 2, k - 1) &&
        this.attached(k - 1, k) && k - 2 >= this.lastEnd && (this.attached(p - 1, p) || this.near(p - 1, p))) {
        return { iso: 'USD', start: k - 2 };
      }
      // "US$", "HK$", "C$", tokenised "c $" and "hk $".
      const q = toks[p - 1];
      if (q && q.kind === 'word' && p - 1 >= this.lastEnd && DOLLAR_PREFIXES[q.lower] &&
        (this.attached(p - 1, p) || (/^(us|hk|c|nz|mex)$/.test(q.text) && this.near(p - 1, p) && !/\w/.test(this.text[q.start - 1] ?? '')))) {
        return { iso: DOLLAR_PREFIXES[q.lower]!, start: p - 1 };
      }
      return { iso: 'USD', start: p };
    }
    // "USD 200", "usd 200", "Rs 500"; a capitalised "Usd" would be odd, so only all-caps or all-lower.
    if (pt.kind === 'word' && CURRENCY_CODES[pt.lower] && (pt.text === pt.text.toUpperCase() || pt.text === pt.lower || pt.lower === 'rs')) {
      return { iso: CURRENCY_CODES[pt.lower]!, start: p };
    }
    if (pt.text === '.' && toks[p - 1]?.lower === 'rs' && this.attached(p - 1, p) && p - 1 >= this.lastEnd) return { iso: 'INR', start: p - 1 };
    return null;
  }

  /** Whether the line holding token `i` is a Title Case headline ("Storm Kills 12 People"). */
  private inTitleCaseLine(i: number): boolean {
    const pos = this.toks[i]!.start;
    // The line's start by binary search over the line breaks (lastIndexOf would walk back over the whole
    // line for each number in it).
    const breaks = (this.lineBreaks ??= lineBreaksOf(this.text));
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (breaks[mid]! <= pos) lo = mid + 1;
      else hi = mid;
    }
    const from = lo > 0 ? breaks[lo - 1]! + 1 : 0;
    let cached = this.titleCase.get(from);
    if (cached === undefined) {
      const to = this.text.indexOf('\n', pos);
      const line = this.text.slice(from, to < 0 ? this.text.length : to);
      cached = isTitleCase(line, TITLE_LINE_WORDS);
      this.titleCase.set(from, cached);
    }
    return cached;
  }

  /** The unit phrase starting at token `r` (glued, spaced or hyphenated to the number). */
  private unitAfter(r: number, core: Core): { kind: FigureKind; unit: string; factor?: number; end: number } | null {
    const { toks } = this;
    let p = r;
    if (!toks[p]) return null;
    let hyphen = false;
    if (this.hyphenAt(p) && toks[p + 1]?.kind === 'word') {
      hyphen = true;
      p++;
    } else if (!(this.attached(r - 1, p) || this.near(r - 1, p))) return null;
    const first = toks[p]!;

    // Ages: "45-year-old", "five years old", "3 years of age", "87 yo".
    if (AGE_UNITS.has(first.lower)) {
      let q = p + 1;
      if (this.hyphenAt(q)) q++;
      if (toks[q]?.lower === 'old' && (this.near(q - 1, q) || this.attached(q - 1, q))) {
        return { kind: 'age', unit: TIME_UNITS[first.lower]!, end: q + 1 };
      }
      if (toks[p + 1]?.lower === 'of' && toks[p + 2]?.lower === 'age' && !hyphen) {
        return { kind: 'age', unit: TIME_UNITS[first.lower]!, end: p + 3 };
      }
    }
    // "50p": pence (never above 99, so "1080p" stays a video resolution).
    if (first.text === 'p' && this.attached(r - 1, p) && core.value < 100) return { kind: 'money', unit: 'GBP', factor: 0.01, end: p + 1 };
    if (first.lower === 'yo' && !hyphen) return { kind: 'age', unit: 'year', end: p + 1 };

    // "5 ft 2 in" style inch only at the end of a phrase, so "two in my car" stays a count.
    if (first.lower === 'in' && core.digits && !hyphen) {
      const n = toks[p + 1];
      if (!n || (n.kind === 'sym' && n.text !== '-') || /^(thick|long|wide|tall|high|deep)$/.test(n.lower)) {
        return { kind: 'quantity', unit: 'inch', end: p + 1 };
      }
      return null;
    }
    // "10 €", "100₾", "-15€": a currency symbol after the amount, unless it opens the next amount.
    if (first.text in CURRENCY_SYMBOLS && !hyphen && !(toks[p + 1]?.kind === 'num' && (this.attached(p, p + 1) || this.near(p, p + 1)))) {
      return { kind: 'money', unit: CURRENCY_SYMBOLS[first.text]!, end: p + 1 };
    }
    // "30 MUSD", "120 MEUR".
    const mcode = /^m(usd|eur|gbp|aud|cad|chf|jpy|cny)$/.exec(first.lower);
    if (mcode && !hyphen) return { kind: 'money', unit: CURRENCY_CODES[mcode[1]!]!, factor: 1e6, end: p + 1 };

    const entries = UNITS_AFTER.get(first.lower);
    if (!entries) return null;
    // Single capital letters are scales or codes, not units ("10M", "5G"), except litres and watts.
    if (first.text.length === 1 && /[A-Z]/.test(first.text) && first.text !== 'L' && first.text !== 'W') return null;
    for (const entry of entries) {
      if (!this.matchSeq(p, entry)) continue;
      // A lone lower-case "l" is a litre only glued to the number ("5l"); "L" may stand apart ("4 L").
      if (entry.seq.length === 1 && first.text === 'l' && !this.attached(r - 1, p)) continue;
      if (hyphen && (entry.kind === 'percent' || (entry.kind === 'money' && entry.factor === undefined && entry.seq.length === 1 && CURRENCY_CODES[entry.seq[0]!]))) continue;
      let end = p + entry.seq.length;
      let kind: FigureKind = entry.kind;
      let unit = entry.unit;
      let factor = entry.factor;
      // Money codes and words in a tokenised or lower-case text: only after a number, which holds here.
      if (entry.kind === 'money' && entry.unit === 'GBP' && /^pounds?$/.test(entry.seq.join(' ')) && !this.moneyContext(core, p)) {
        kind = 'quantity';
        unit = 'lb';
        factor = undefined;
      }
      // "75 USD million".
      if (kind === 'money' && toks[end] && this.near(end - 1, end) && SCALE_SUFFIX[toks[end]!.lower] && core.scale === 1 &&
        !['dozen', 'dozens', 'hundred', 'k', 'b'].includes(toks[end]!.lower)) {
        factor = (factor ?? 1) * SCALE_SUFFIX[toks[end]!.lower]!;
        end++;
      }
      // Rates of quantities: "500,000 barrels a day".
      if (kind === 'quantity' && toks[end + 1] && /^(per|a|an|\/)$/.test(toks[end]?.lower ?? '') && this.near(end - 1, end) &&
        (this.near(end, end + 1) || this.attached(end, end + 1)) && TIME_UNITS[toks[end + 1]!.lower] && !unit.includes('/') && unit !== 'magnitude') {
        unit = `${unit}/${TIME_UNITS[toks[end + 1]!.lower]}`;
        end += 2;
      }
      if (kind === 'duration' && hyphen && toks[end]?.text === '-' && toks[end + 1]?.lower === 'old' && this.attached(end, end + 1)) {
        kind = 'age';
        end += 2;
      }
      return factor === undefined ? { kind, unit, end } : { kind, unit, factor, end };
    }
    return null;
  }

  private matchSeq(p: number, entry: UnitEntry): boolean {
    const { seq, spaced } = entry;
    for (let k = 0; k < seq.length; k++) {
      const t = this.toks[p + k];
      if (!t || t.lower !== seq[k]) return false;
      if (k > 0 && !(this.attached(p + k - 1, p + k) || (spaced[k - 1] && this.near(p + k - 1, p + k)))) return false;
    }
    // A unit glued to a following word is something else ("m" in "mRNA" never reaches here, "t" in "t-shirt" does).
    // A unit glued to a following word or number is something else ("t-shirt" aside, "USD50" opens the next amount).
    const after = this.toks[p + seq.length];
    if (after && after.kind !== 'sym' && this.attached(p + seq.length - 1, p + seq.length)) return false;
    return true;
  }

  /**
   * "paid 500 pounds", "profit rose to 361 million pounds", pounds in a text that also writes "£":
   * money. "a catch capped at 29.4 million pounds", "25 pounds": weight.
   */
  private moneyContext(core: Core, unitTok: number): boolean {
    if (this.toks[unitTok + 1]?.lower === 'sterling' || (this.hasPoundSign ??= this.text.includes('\u00a3'))) return true;
    for (let k = core.i0 - 1; k >= Math.max(0, core.i0 - 6); k--) if (MONEY_VERBS.has(this.toks[k]!.lower)) return true;
    return false;
  }

  private acceptSpelledOrdinal(core: Core): boolean {
    if (core.value >= 11) return true;
    const prev = this.toks[core.i0 - 1];
    if (prev && this.near(core.i0 - 1, core.i0) && (DETERMINERS.has(prev.lower) || /['\u2019]s$/i.test(prev.text) || /['\u2019]$/.test(prev.text))) return true;
    if (prev?.text === '\u2019' || prev?.text === "'") return true;
    // Standing alone at the end of a clause: "She finished second!"
    const next = this.toks[core.i1];
    return (!next || (next.kind === 'sym' && next.text !== '-')) && !this.isSentenceStart(core.i0) && prev?.lower !== 'at';
  }

  /**
   * The noun after a number: for counts the first plural within four words ("30 Boeing 787 jets"),
   * for ordinals the end of the noun phrase ("fourth in-person meeting", "third-largest employer").
   */
  private headAfter(r: number, mode: 'count' | 'ordinal'): number | null {
    const { toks } = this;
    let j = r;
    // "a 450-seat parliament" (count 'seat'), "30-odd people", "the third-largest employer".
    if (this.hyphenAt(j) && toks[j + 1]?.kind === 'word') {
      if (mode === 'count' && !NOT_COUNTED.has(toks[j + 1]!.lower)) return j + 1;
      j += 2;
    }
    let last: number | null = null;
    let words = 0;
    while (words < 4) {
      const t = toks[j];
      if (!t || !this.near(j - 1, j)) break;
      if (t.kind === 'num') {
        if (mode === 'count' && this.isNameWord(j - 1)) {
          j++; // a model number inside the phrase: "Boeing 787 jets"
          continue;
        }
        break;
      }
      if (t.kind !== 'word') break;
      // Hyphenated modifiers are one word: "in-person", "Chinese-made".
      let k = j;
      while (this.hyphenAt(k + 1) && toks[k + 2]?.kind === 'word') k += 2;
      // "1,000 maintenance and cleaning workers": a conjunction may join the modifiers of a count.
      if (mode === 'count' && (t.lower === 'and' || t.lower === 'or') && last !== null && this.continuesPhrase(j + 1)) {
        j++;
        continue;
      }
      if (k === j && ((PHRASE_END_WORDS.has(t.lower) && !this.acronymAt(j)) || /['\u2019]/.test(t.text))) break; // "that's"
      // A past participle after the noun ends an ordinal's phrase: "the 6th fatality linked to...".
      if (mode === 'ordinal' && last !== null && k === j && /[a-z]ed$/.test(t.text)) break;
      if (mode === 'count' && words === 0 && NOT_COUNTED.has(t.lower)) {
        j = k + 1;
        continue;
      }
      const capital = /^\p{Lu}/u.test(toks[k]!.text);
      // A name after the noun ends the phrase: "the first time Putin has...".
      if (mode === 'ordinal' && capital && last !== null && !/^\p{Lu}/u.test(toks[last]!.text)) break;
      // Capitalised plurals count only at the end of the phrase ("1,000 Americans", not "5 Brussels officials").
      if (this.isPlural(toks[k]!) && (!capital || !this.continuesPhrase(k + 1))) return k;
      last = k;
      words++;
      j = k + 1;
    }
    return mode === 'ordinal' ? last : null;
  }

  /**
   * "30 of Boeing's 787-9 Dreamliner jets", "192 of the legislature's 300 seats", "four of the five
   * participants": the plural noun a partitive "of" leads to, within PARTITIVE_REACH tokens of one phrase.
   */
  private partitiveHead(r: number): number | null {
    const { toks } = this;
    if (toks[r]?.lower !== 'of' || !this.near(r - 1, r)) return null;
    for (let k = r + 1; k <= r + PARTITIVE_REACH; k++) {
      const t = toks[k];
      if (!t || !(this.near(k - 1, k) || this.attached(k - 1, k))) return null;
      if (t.kind === 'sym') {
        if (!/^['\u2019-]$/.test(t.text)) return null;
        continue;
      }
      if (t.kind === 'num') continue;
      if (PHRASE_END_WORDS.has(t.lower) && !DETERMINERS.has(t.lower)) return null;
      // "the Saints' 16 games": a plural possessive names the owner, not what is counted.
      const possessive = toks[k + 1] && /^['\u2019]$/.test(toks[k + 1]!.text) && this.attached(k, k + 1);
      if (!possessive && this.isPlural(t) && !this.continuesPhrase(k + 1)) return k;
    }
    return null;
  }

  /**
   * The plural noun of a partitive phrase that ends, with a comma, right before a bare number: "of the 278
   * bodies, 177", "Of those deaths, 17" (the number counts part of that group). Only "of", a determiner ("all the"
   * too), an optional number and the noun: "of them, 793" names no noun, and nothing is read.
   */
  private partitiveBefore(i0: number): number | null {
    const { toks } = this;
    if (toks[i0 - 1]?.text !== ',') return null;
    const noun = i0 - 2;
    const t = toks[noun];
    if (!t || t.kind !== 'word' || !this.isPlural(t)) return null;
    let k = noun - 1;
    if (toks[k]?.kind === 'num') k--;
    if (!PARTITIVE_DETERMINERS.has(toks[k]?.lower ?? '')) return null;
    if (toks[k - 1]?.lower === 'all') k--; // "of all the players"
    if (toks[k - 1]?.lower !== 'of') return null;
    return noun;
  }

  /**
   * A function word written in capitals before a lower-case word is an acronym, not the word: "143 million US
   * customers" (not the pronoun "us"), "400 IT workers". A line all in capitals says nothing so.
   */
  private acronymAt(j: number): boolean {
    const t = this.toks[j]!;
    const next = this.toks[j + 1];
    return t.text.length >= 2 && /^\p{Lu}+$/u.test(t.text) && next?.kind === 'word' && /\p{Ll}/u.test(next.text);
  }

  private continuesPhrase(j: number): boolean {
    const t = this.toks[j];
    return !!t && t.kind === 'word' && this.near(j - 1, j) && !PHRASE_END_WORDS.has(t.lower);
  }

  private isPlural(t: FigureToken): boolean {
    if (t.kind !== 'word') return false;
    const w = t.lower;
    if (isIrregularPlural(w)) return true;
    if (PHRASE_END_WORDS.has(w) || NOT_PLURAL.has(w) || w.length < 3 || !w.endsWith('s')) return false;
    return !/(ss|us|is|ous|ics|ness|less|['\u2019]s)$/.test(w);
  }

  /** "the", "these", "those", "both" or "all" right before `L` (possibly with "other" between). */
  private referenceBefore(L: number): boolean {
    let p = L - 1;
    if (!this.near(p, L)) return false;
    if (this.toks[p]!.lower === 'other' && this.near(p - 1, p)) p--;
    return REFERENCE_DETERMINERS.has(this.toks[p]!.lower);
  }

  private isYear(core: Core, hedge: Hedge | undefined, kind: FigureKind): boolean {
    if (!/^\d{4}$/.test(core.raw)) return false;
    const v = Number(core.raw);
    if (hedge) return false;
    const prev = this.toks[core.i0 - 1];
    const prevWord = prev && (this.near(core.i0 - 1, core.i0) || prev.kind === 'sym') ? prev.lower : '';
    // After a name too: "Tour 2020 dates", "Vision 2030 goals".
    if (v >= 1800 && v <= 2100) {
      // "2020 dates", "1988 sales": a year naming the noun after it, unless a hedge ("about 2000 people") or a
      // thousands separator ("2,020 people") makes it an amount.
      if (kind === 'count' && v >= 1900) return true;
      return kind === 'number' || YEAR_CONTEXT.has(prevWord) || /['\u2019]s$/.test(prevWord) || (prevWord !== '' && this.isNameWord(core.i0 - 1));
    }
    if (v >= 1000 && v < 1800) return /^(in|since|until|till|by|from|circa|year)$/.test(prevWord); // "in 1066"
    return false;
  }

  // ------------------------------------------------------------ ranges

  /**
   * A second number that makes the figure a range: "10 to 12 people", "10-12", "between 5 and 7
   * million", "$10-12bn", "eight to 10 feet", "two or three days". The unit may come after both.
   */
  private rangeAfter(
    r: number, core: Core, value: number, kind: FigureKind | undefined, unit: string, iso: string | undefined,
    left: LeftContext,
  ): { end: number; min: number; max: number; kind?: FigureKind; unit: string } | undefined {
    const { toks } = this;
    let c = r;
    // "8- to 16-meter": a dangling hyphen before "to".
    if (toks[c]?.text === '-' && this.attached(c - 1, c) && toks[c + 1]?.lower === 'to' && this.near(c, c + 1)) c++;
    const conn = toks[c];
    if (!conn) return undefined;
    const dash = /^[-\u2013\u2014~]$/.test(conn.text);
    if (dash) {
      const tight = this.attached(c - 1, c) && this.attached(c, c + 1);
      const spaced = this.near(c - 1, c) && this.near(c, c + 1) && !this.attached(c - 1, c) && !this.attached(c, c + 1);
      if (!tight && !spaced) return undefined;
    } else if (conn.lower === 'to' || conn.lower === 'through') {
      // "rose from 5 to 7", "cut by 30 to 126", "went from 300 to 450": two figures, not a range.
      if (!this.near(c - 1, c) || left.change || left.directVerb) return undefined;
    } else if (conn.lower === 'and') {
      if (!left.between || !this.near(c - 1, c)) return undefined;
    } else if (conn.lower !== 'or' || !this.near(c - 1, c)) {
      return undefined;
    }
    let q = c + 1;
    const prefixed = !!iso && !!toks[q] && toks[q]!.text in CURRENCY_SYMBOLS;
    if (prefixed) q++;
    if (!toks[q] || this.maskOf[q] || !(this.near(q - 1, q) || this.attached(q - 1, q))) return undefined;
    const core2 = this.coreAt(q);
    if (!core2 || Number.isNaN(core2.value) || core2.ordinal || core2.fraction) return undefined;
    if (dash && core2.digits !== core.digits) return undefined;
    if (!core2.digits && core2.value < 2) return undefined;

    let end = core2.i1;
    let min = value;
    let max = core2.value;
    let kind2: FigureKind | undefined;
    let unit2 = '';
    const after = this.unitAfter(core2.i1, core2);
    if (kind) {
      // A unit on both sides must agree ("44 mg to 50 mg", "$10 to $12"); "9% to $165m" is no range.
      if (after && (after.kind !== kind || (kind !== 'money' && after.unit !== unit))) return undefined;
      if (after) {
        end = after.end;
        max = round(max * (after.factor ?? 1));
      } else if (kind !== 'money' || !(prefixed || core2.scale > 1 || this.bareAfter(core2.i1))) {
        return undefined;
      }
      if (iso && core2.ambiguousM) {
        max = round(max * 1e6);
        end++;
      }
    } else if (after) {
      end = after.end;
      kind2 = after.kind;
      unit2 = after.unit;
      max = round(max * (after.factor ?? 1));
      min = round(min * (after.factor ?? 1));
    }
    // The scale of the upper bound carries to the lower one: "$10-12bn", "between 5 and 7 million".
    if (core.scale === 1 && core2.scale > 1 && min * core2.scale <= max) min = round(min * core2.scale);
    if (!(max > min)) return undefined;
    if (conn.lower === 'or' && !(max - min <= 2 && Number.isInteger(min))) return undefined;
    if (!kind2 && !kind && isYearLike(core.raw) && isYearLike(core2.raw)) return undefined; // "2019 to 2023"
    const out: { end: number; min: number; max: number; kind?: FigureKind; unit: string } = { end, min, max, unit: unit2 };
    if (kind2) out.kind = kind2;
    return out;
  }

  /** True when the number at `r` is followed by nothing that would make it another kind of figure. */
  private bareAfter(r: number): boolean {
    const t = this.toks[r];
    return !t || t.kind !== 'word' || !UNITS_AFTER.has(t.lower);
  }

  /** "3-1" (a score), "24-7": a dash between a larger and a smaller number. Returns the end token. */
  private scoreAfter(r: number, core: Core): number | null {
    const { toks } = this;
    const c = r;
    if (!core.digits || !toks[c] || !/^[-\u2013]$/.test(toks[c]!.text) || !this.attached(c - 1, c) || !this.attached(c, c + 1)) return null;
    const n = toks[c + 1];
    if (n?.kind !== 'num' || Number(n.text) > core.value) return null;
    return c + 2;
  }

  // ------------------------------------------------------------ hedges, change, time

  /** Token `k` may belong to the words before a figure: after the previous figure, next to its right neighbour. */
  private leftOk(k: number): boolean {
    const { toks } = this;
    return k >= this.lastEnd && k >= 0 && (this.near(k, k + 1) || (toks[k]!.kind === 'sym' && this.attached(k, k + 1)));
  }

  private leftContext(L: number, kind: FigureKind | undefined): LeftContext {
    const { toks } = this;
    const out: LeftContext = {};
    let p = L - 1;
    // Hedge: the longest phrase ending right before the number.
    for (const { seq, hedge } of HEDGES_BEFORE) {
      const s = p - seq.length + 1;
      if (s < this.lastEnd || s < 0) continue;
      let match = true;
      for (let k = 0; k < seq.length; k++) {
        if (toks[s + k]!.lower !== seq[k] || !this.leftOk(s + k)) {
          match = false;
          break;
        }
      }
      if (!match) continue;
      // "some" only hedges a number directly ("some 325 km"), and "under"/"over" not a currency-less year.
      out.hedge = hedge;
      out.hedgeWord = seq.join(' ');
      p = s - 1;
      break;
    }
    if (toks[p]?.lower === 'between' && this.leftOk(p)) out.between = true;
    // Skip "a record", "a new high of": "rose to a record $240bn".
    let q = p;
    let skipped = 0;
    while (q >= this.lastEnd && q >= 0 && skipped < 4 && /^(a|an|the|record|new|high|low|all-time|level|of)$/.test(toks[q]!.lower) && this.leftOk(q)) {
      if (toks[q]!.lower === 'of' && (RISE_NOUNS.has(toks[q - 1]?.lower ?? '') || FALL_NOUNS.has(toks[q - 1]?.lower ?? ''))) break;
      q--;
      skipped++;
    }
    const prep = toks[q];
    if (!prep || q < 0 || !this.leftOk(q)) return out;
    const verbTok = toks[q - 1];
    const verb = verbTok && q - 1 >= 0 && this.near(q - 1, q) ? verbTok.lower : '';
    if (prep.lower === 'from') out.fromAt = q;
    if ((prep.lower === 'with' || prep.lower === 'to') && verb === 'compared') {
      out.compared = q - 1; // "compared with $4bn a year earlier"
    } else if (prep.lower === 'versus') {
      out.compared = q;
    } else if (prep.lower === 'from' || prep.lower === 'to' || prep.lower === 'by') {
      if (verb === 'up' && prep.lower === 'to') {
        out.hedge ??= 'up to'; // "up to a $1 billion"
      } else if (verb === 'up' || verb === 'down') {
        out.change = { direction: verb === 'up' ? 'rose' : 'fell', marks: prep.lower };
      } else if (dirOf(verb) || revisedWay(verb)) {
        out.change = { direction: (dirOf(verb) || revisedWay(verb)) as 'rose' | 'fell', marks: prep.lower };
      } else if (prep.lower === 'from' && (MOVE_VERBS.has(verb) || REVISE_VERBS.has(verb))) {
        out.change = { marks: 'from' }; // "went from 300 to 450"
      } else if (prep.lower === 'to') {
        out.inheritTo = q;
      }
    } else if (prep.lower === 'of' && (RISE_NOUNS.has(verb) || FALL_NOUNS.has(verb))) {
      out.change = { direction: RISE_NOUNS.has(verb) ? 'rose' : 'fell', marks: 'by' };
    } else if ((dirOf(prep.lower) || this.upOrDown(q, kind)) && !NOT_DIRECT_CHANGE.has(prep.lower) && skipped === 0 &&
      (kind === 'money' || kind === 'percent' || kind === undefined)) {
      out.directVerb = prep.lower === 'up' ? 'rose' : prep.lower === 'down' ? 'fell' : dirOf(prep.lower);
    }
    return out;
  }

  /** "up 5%", "shares were up $2", ", down 34 cents": a change; "racked up $6m", "set up 5" are not. */
  private upOrDown(q: number, kind: FigureKind | undefined): boolean {
    const w = this.toks[q]!.lower;
    if (w !== 'up' && w !== 'down') return false;
    if (kind === 'percent') return true;
    const before = this.toks[q - 1];
    return !before || before.text === ',' || /^(is|are|was|were|be|been|being|closed|ended|finished|trading|shares|stocks)$/.test(before.lower);
  }

  private changeFor(left: LeftContext, kind: FigureKind, unit: string, R: number): FigureChange | undefined {
    if (left.change) return left.change;
    if (left.directVerb && (kind === 'money' || kind === 'percent')) return { direction: left.directVerb, marks: 'by' };
    const prev = this.figures[this.figures.length - 1];
    if (prev && left.compared !== undefined) {
      // "$5bn, compared with $4bn a year earlier": the earlier value, when the text says it is one.
      if (this.follows(left.compared, 15) && fromFits(prev, kind, unit) && (prev.change || EARLIER_AFTER.test(this.text.slice(this.toks[R - 1]!.end, this.toks[R - 1]!.end + 50)))) {
        return withDirection(prev.change, 'from');
      }
      return undefined;
    }
    // "rose 9 per cent to $165 million", "grew from $111bn in 2019 to $227.8bn", "went from 300 to 450": take
    // the earlier verb.
    if (prev?.change && left.inheritTo !== undefined && this.follows(left.inheritTo, 5)) return withDirection(prev.change, 'to');
    // "rose to 5.1% in March from 4.9%", "up 5% from $4bn": where the change started.
    if (prev?.change && left.fromAt !== undefined && this.follows(left.fromAt, 6) && fromFits(prev, kind, unit)) {
      return withDirection(prev.change, 'from');
    }
    // "a 5% rise", "a 3% drop".
    const next = this.toks[R];
    if (kind === 'percent' && next && this.near(R - 1, R)) {
      if (RISE_NOUNS.has(next.lower)) return { direction: 'rose', marks: 'by' };
      if (FALL_NOUNS.has(next.lower)) return { direction: 'fell', marks: 'by' };
    }
    return undefined;
  }

  /** Token `k` comes at most `n` tokens after the last figure, in the same sentence. */
  private follows(k: number, n: number): boolean {
    const prev = this.figures[this.figures.length - 1];
    const prevEnd = this.figureEnds[this.figureEnds.length - 1];
    return !!prev && prevEnd !== undefined && k >= prevEnd && k - prevEnd <= n && !/[.;!?]/.test(this.text.slice(prev.end, this.toks[k]!.start));
  }

  private postHedge(R: number): Hedge | undefined {
    const a = this.toks[R];
    const b = this.toks[R + 1];
    if (a?.lower === 'or' && b && this.near(R - 1, R) && this.near(R, R + 1) && HEDGES_AFTER[b.lower]) return HEDGES_AFTER[b.lower];
    if (a?.text === '-' && b && this.attached(R - 1, R) && this.attached(R, R + 1)) {
      if (b.lower === 'odd') return 'about';
      if (b.lower === 'plus') return 'more than';
    }
    return undefined;
  }

}

/** Integer digits of a numeral as written ("1,234.5" -> 4). */
function integerDigits(raw: string): number {
  let n = 0;
  for (let k = 0; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if (c === 46) break;
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

function lineBreaksOf(text: string): number[] {
  const out: number[] = [];
  for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) out.push(k);
  return out;
}

/**
 * Whether a figure of this kind and unit after "from" or "compared with" can be the earlier value of `prev`:
 * same kind and unit ("$4bn" for "$5bn"), a bare number for a count ("from 250" for "300 cases"), or any
 * base of a percentage change ("rose 9% from $150m").
 */
function fromFits(prev: Pick<Figure, 'kind' | 'unit' | 'change'>, kind: FigureKind, unit: string): boolean {
  if (kind === prev.kind && unit === prev.unit) return true;
  if (kind === 'number' && prev.kind === 'count') return true;
  return prev.kind === 'percent' && prev.change?.marks === 'by';
}

/** "rose from" or "fell from" after a figure that rose or fell, else the bare "from" ("to"). */
function withDirection(change: FigureChange | undefined, marks: 'from' | 'to'): FigureChange {
  return change?.direction ? { direction: change.direction, marks } : { marks };
}

/** After "compared with $4bn": words that make it an earlier value ("a year earlier", "in 2019", "last year"). */
const EARLIER_AFTER = new RegExp(
  '^\\s*,?\\s*(?:(?:(?:a|one|two|three|the)\\s+)?(?:year|quarter|month|week|decade)s?\\s+(?:earlier|ago|before)\\b|' +
  '(?:in|during|for)\\s+(?:(?:1[89]|20)\\d\\d\\b|the\\s+(?:previous|prior|same|year-earlier|year-ago)\\b)|last\\s+(?:year|quarter|month|week)\\b|' +
  '(?:the\\s+)?(?:previous|prior|year-earlier|year-ago)\\s+(?:year|quarter|month|week|period)\\b)',
  'i',
);
/** Verbs of change without a direction: "went from 300 to 450" is where a measure started and got to. */
const MOVE_VERBS = new Set(['went', 'go', 'goes', 'going', 'gone', 'moved', 'move', 'moves', 'moving', 'shifted', 'shift', 'shifts',
  'shifting', 'changed', 'change', 'changes', 'changing', 'swung', 'swing', 'swings', 'swinging']);

interface LeftContext {
  hedge?: Hedge;
  hedgeWord?: string;
  between?: boolean;
  change?: FigureChange;
  /** Index of a bare "to" whose verb may be the previous figure's ("rose 9% to $165m"). */
  inheritTo?: number;
  /** A change verb directly before the number ("rose 9 per cent"). */
  directVerb?: 'rose' | 'fell' | '';
  /** Index of a "from" right before the number. */
  fromAt?: number;
  /** Index of "compared" ("compared with $4bn") or "versus" before the number. */
  compared?: number;
}
