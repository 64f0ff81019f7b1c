// One prepared form of an article, shared by every stage that reads it: its terms, names, sentences and
// figures are computed once, when first asked for, and then read by matching and by figure alignment.
// The open article is prepared once per analysis; a corpus article once for as long as it lives (memoized
// per article object, so a corpus reloaded from storage is prepared again, lazily, piece by piece).
import { extractFigures } from '../figures/extract/extract-figures.ts';
import { extractNameMentions, type NameMention } from '../text/extract-names.ts';
import { splitSentences } from '../text/split-sentences.ts';
import { foldAccents, termTokens, type TermToken } from '../text/tokenize.ts';
import { normalizeArticleUrl } from './normalize-article-url.ts';
import { reportDate } from './report-date.ts';
import { eventDays, type EventDay } from './event-days.ts';
import { leadEvent, type LeadEvent } from './lead-event.ts';
import { namedEvent, type NamedEvent } from '../text/named-event.ts';
import { documentTermCounts } from '../corpus/search-index.ts';
import type { Figure } from '../types.ts';

/** What an article is prepared from: an ArticleInput or a CorpusArticle both fit. */
export interface ArticleSource {
  title: string;
  text: string;
  url?: string;
  canonicalUrl?: string;
  published?: string;
  /** splitSentences(text), when already known (corpus articles carry it). */
  sentences?: Array<[number, number]>;
}

export class PreparedArticle {
  readonly title: string;
  readonly text: string;
  readonly url: string | undefined;
  readonly published: string | undefined;
  private cachedSentences: Array<[number, number]> | undefined;
  private cachedTitleTokens: TermToken[] | undefined;
  private cachedTextTokens: TermToken[] | undefined;
  private cachedTermCounts: Map<string, number> | undefined;
  private cachedNames: NameMention[] | undefined;
  private cachedFigures: Figure[] | undefined;
  private cachedHeadedText: string | undefined;
  private cachedHeadedSentences: Array<[number, number]> | undefined;
  private cachedHeadedFigures: Figure[] | undefined;
  private cachedShingles: Set<string> | undefined;
  private cachedReportDate: string | null | undefined;
  private cachedEventDays: EventDay[] | undefined;
  private cachedNamedEvent: NamedEvent | undefined;
  private cachedLeadEvent: LeadEvent | undefined;
  /** Normalised addresses of the article (its address and the canonical one it names). */
  readonly urlKeys: string[];

  constructor(source: ArticleSource) {
    this.title = source.title;
    this.text = source.text;
    this.url = source.url;
    this.published = source.published;
    this.cachedSentences = source.sentences;
    const keys = [normalizeArticleUrl(source.url), normalizeArticleUrl(source.canonicalUrl)].filter((k): k is string => !!k);
    this.urlKeys = [...new Set(keys)];
  }

  /** The report's own date: stated, else its text's dateline, else its address's (see report-date.ts). */
  get reportDate(): string | undefined {
    if (this.cachedReportDate === undefined) this.cachedReportDate = reportDate(this) ?? null;
    return this.cachedReportDate ?? undefined;
  }

  /** The days the report speaks of: its own date, then the calendar days its title and text name. */
  get eventDays(): EventDay[] {
    return (this.cachedEventDays ??= eventDays(`${this.title}\n${this.text}`, this.reportDate));
  }

  /** The name the report gives its own event, when its kind names every event (a storm: named-event.ts). */
  get namedEvent(): NamedEvent {
    return (this.cachedNamedEvent ??= namedEvent(this.title, this.text));
  }

  /** What the report's lead says of its own happening: its first day, and whether it is a further one (lead-event.ts). */
  get leadEvent(): LeadEvent {
    return (this.cachedLeadEvent ??= leadEvent(this.title, this.text, this.reportDate));
  }

  /** The title as compared for identity: folded, lower case, outlet suffix and punctuation left out. */
  get titleKey(): string {
    return titleKey(this.title);
  }

  /** Runs of SHINGLE consecutive terms of the text: what text containment compares. */
  get shingles(): Set<string> {
    if (!this.cachedShingles) {
      const tokens = this.textTokens;
      this.cachedShingles = new Set();
      // Concatenated in place: an array slice and a join per position cost more than the shingle itself.
      for (let i = 0; i + SHINGLE <= tokens.length; i++) {
        let s = tokens[i]!.term;
        for (let j = 1; j < SHINGLE; j++) s += ` ${tokens[i + j]!.term}`;
        this.cachedShingles.add(s);
      }
    }
    return this.cachedShingles;
  }

  /** [start, end) offsets of each sentence of `text`. */
  get sentences(): Array<[number, number]> {
    return (this.cachedSentences ??= splitSentences(this.text));
  }

  get titleTokens(): TermToken[] {
    return (this.cachedTitleTokens ??= termTokens(this.title));
  }

  get textTokens(): TermToken[] {
    return (this.cachedTextTokens ??= termTokens(this.text));
  }

  /** Term counts as the search index counts them (title words weigh more). */
  get termCounts(): Map<string, number> {
    return (this.cachedTermCounts ??= documentTermCounts(this, { title: this.titleTokens, text: this.textTokens }));
  }

  /** Names (runs of capitalised words), most frequent first; from the title when there is no text. */
  get names(): NameMention[] {
    return (this.cachedNames ??= extractNameMentions(this.text || this.title));
  }

  /** Figures of `text`, times resolved against the article's own date (none when it has none). */
  get figures(): Figure[] {
    return (this.cachedFigures ??= extractFigures(this.text, this.published ? { published: this.published, sentences: this.sentences } : { sentences: this.sentences }));
  }

  /**
   * The title above the text, as a reader of the report sees it: what a related report's figures are read
   * from, since its headline often states the latest figure ("Death toll rises to 87") the text gives only
   * as it stood earlier. The text alone when there is no title.
   */
  get headedText(): string {
    return (this.cachedHeadedText ??= this.headLength ? `${this.title}\n\n${this.text}` : this.text);
  }

  /** Characters `headedText` puts before `text` (the title and a blank line; 0 without a title). */
  get headLength(): number {
    return this.title.trim() ? this.title.length + 2 : 0;
  }

  /** [start, end) offsets of each sentence of `headedText`. */
  get headedSentences(): Array<[number, number]> {
    return (this.cachedHeadedSentences ??= this.headLength ? splitSentences(this.headedText) : this.sentences);
  }

  /** Figures of `headedText`, as `figures` reads `text`. */
  get headedFigures(): Figure[] {
    if (!this.headLength) return this.figures;
    const sentences = this.headedSentences;
    return (this.cachedHeadedFigures ??= extractFigures(this.headedText, this.published ? { published: this.published, sentences } : { sentences }));
  }
}

/** Words per shingle: long enough that shared runs mean shared sentences, short enough to survive edits. */
const SHINGLE = 4;

/** "Headline - Outlet" / "Headline | Outlet" -> "headline", when the headline part has three words or more. */
export function titleKey(title: string): string {
  const bare = /^(.*\S)\s+[-|\u2013\u2014:]\s+[^-|\u2013\u2014]{2,60}$/.exec(title)?.[1];
  const head = bare && bare.split(/\s+/).length >= 3 ? bare : title;
  return foldAccents(head)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Share (0..1) of the smaller shingle set found in the larger; 0 when either text is too short to tell. */
export function containment(a: PreparedArticle, b: PreparedArticle): number {
  // One text twice (the open article stored as it is): all of it, without reading the other's shingles.
  if (a.text === b.text) return a.shingles.size < MIN_SHINGLES ? 0 : 1;
  const [small, big] = a.shingles.size <= b.shingles.size ? [a.shingles, b.shingles] : [b.shingles, a.shingles];
  if (small.size < MIN_SHINGLES) return 0;
  let n = 0;
  for (const s of small) if (big.has(s)) n++;
  return n / small.size;
}

/** Fewer shingles than this (a one-line text) say nothing about containment. */
const MIN_SHINGLES = 8;

/** The open article's prepared form (computed once per analysis). */
export function prepareArticle(article: ArticleSource): PreparedArticle {
  return new PreparedArticle(article);
}

const corpusForms = new WeakMap<object, PreparedArticle>();

/** A corpus article's prepared form, memoized per article for as long as the article lives. */
export function preparedOf(article: ArticleSource): PreparedArticle {
  let p = corpusForms.get(article);
  if (!p) corpusForms.set(article, (p = new PreparedArticle(article)));
  return p;
}
