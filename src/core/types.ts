// Shared data shapes of the pure core. Everything here is plain JSON so it can cross
// extension messages, storage.session and the command line unchanged.

/** An article to analyse: what the content script (or the CLI) extracted from a page. */
export interface ArticleInput {
  title: string;
  /** Plain text of the body, paragraphs separated by a blank line. */
  text: string;
  paragraphs?: string[];
  url?: string;
  /** The address the page names as its own (link rel=canonical or og:url), when it states one. */
  canonicalUrl?: string;
  byline?: string;
  siteName?: string;
  /** ISO 8601 date or date-time, when the page states it. */
  published?: string;
  lang?: string;
}

/** One article of a corpus (bundled seeds or the user's own). */
export interface CorpusArticle {
  id: string;
  title: string;
  /** Outlet name, when known. */
  source?: string;
  url?: string;
  published?: string;
  /** Body text: paragraphs joined by "\n\n". Offsets elsewhere refer to this string. */
  text: string;
  /** [start, end) offsets of each sentence in `text`. */
  sentences: Array<[number, number]>;
  /** Where the article came from: the bundled seeds, the user's imports, or a followed news source. */
  origin?: ArticleOrigin;
  /** Only the feed's summary is stored: the article page could not be fetched or read. */
  summaryOnly?: boolean;
}

export type ArticleOrigin = 'bundled' | 'user' | 'feed';

/** A corpus ready to search: its articles plus the prebuilt index. */
export interface Corpus {
  articles: CorpusArticle[];
  index: import('./corpus/search-index.ts').SearchIndex;
}

export type FigureKind =
  | 'money'
  | 'percent'
  | 'count'
  | 'ordinal'
  | 'duration'
  | 'age'
  | 'quantity'
  | 'number';

export type Hedge =
  | 'about'
  | 'nearly'
  | 'at least'
  | 'at most'
  | 'more than'
  | 'less than'
  | 'up to';

/**
 * Where a figure stands in a change the text describes: "rose to 5.1%" -> { direction: 'rose', marks: 'to' };
 * "up from $111bn" -> { direction: 'rose', marks: 'from' }; "went from 300 to 450" -> no direction.
 */
export interface FigureChange {
  /** Which way the measure moved, when the words say so. */
  direction?: 'rose' | 'fell';
  /** 'to': the new value; 'from': the value it started at; 'by': the size of the change. */
  marks: 'to' | 'from' | 'by';
}

/** A figure found in a text, with its exact span (`end` exclusive). */
export interface Figure {
  text: string;
  start: number;
  end: number;
  /** Normalised value: money in whole currency units, percent as 5.1 for 5.1%. */
  value: number;
  /** ISO currency code for money, '%' for percent, a singular noun or unit otherwise ('people', 'year', 'km'). */
  unit: string;
  kind: FigureKind;
  hedge?: Hedge;
  /** Upper bound when the figure is a range ("10 to 12 people": value 10, max 12). */
  max?: number;
  /** Change words around it ("rose to", "up from", "went from"): see FigureChange. */
  change?: FigureChange;
  /** Time the figure refers to: a year ("2019") or a resolved relative phrase ("last year" -> "2023"). */
  time?: string;
}

/**
 * diverging: reports of the same time disagree on one measure; updated: a later report revises an
 * earlier report's figure of the same measure; corroborated: they agree; single: only the open article
 * has it; omitted: other reports have it, the open article does not.
 */
export type FigureStatus = 'diverging' | 'updated' | 'corroborated' | 'single' | 'omitted';

export interface FigureMention {
  /** Corpus id of the report, or null for the open article. */
  reportId: string | null;
  text: string;
  value: number;
  unit: string;
  /** [start, end) of the figure in the report's text; in its title when `inTitle`. */
  start: number;
  end: number;
  /** The figure is in a related report's headline (start, end and sentence then index its title). */
  inTitle?: true;
  /** [start, end) of the sentence holding the figure, in the same text. */
  sentence?: [number, number];
  /** The sentence text itself, for cards and quote anchoring. */
  quote?: string;
  /** The report's date (ISO), when known: orders the values of an `updated` group. */
  published?: string;
}

export interface FigureGroup {
  /** Plain label of what is measured ("bilateral trade, 2023"). */
  measure: string;
  status: FigureStatus;
  mentions: FigureMention[];
  /** For diverging and updated groups: largest relative gap between values, in percent. */
  gapPercent?: number;
  /** Why these mentions were grouped as one measure (shown by `--explain`). */
  why?: string;
}

export interface RelatedReport {
  id: string;
  title: string;
  source?: string;
  url?: string;
  published?: string;
  /** 0..1, higher is closer. */
  score: number;
  /** Key terms both reports share, most telling first. */
  sharedTerms: string[];
  origin?: ArticleOrigin;
  summaryOnly?: boolean;
}

export interface AnalysisResult {
  article: { title: string; url?: string; inCorpus: string | null };
  /** Reports of the same story (same event). */
  related: RelatedReport[];
  /** Reports on the same topic but another event: shown apart, never aligned as figures. */
  alsoOnTopic: RelatedReport[];
  figures: FigureGroup[];
}
