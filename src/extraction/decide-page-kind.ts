// Whether a page is one article or a list of them (search results, a section front, a home page).
// Pure: the signals are measured from the DOM by measurePageSignals.

export interface PageSignals {
  /** The page says it is an article: og:type article, article:published_time, a JSON-LD Article/NewsArticle... type. */
  articleType: boolean;
  /** The page says it is a list: a SearchResultsPage or CollectionPage type. */
  listingType: boolean;
  /** Links whose text reads like a headline (five words or more). */
  headlineLinks: number;
  /**
   * The most prose blocks (80+ characters, mostly not link text) in a row, in document order; short
   * blocks (datelines, bylines) do not break a row, a block of link text does. Articles run paragraph
   * after paragraph; a listing puts a headline link between every two teasers.
   */
  longestProseRun: number;
}

export type PageKind = 'article' | 'listing';

/**
 * Below this many prose blocks in a row, a page full of headline links is a listing. Two, not more: a
 * paywalled article can show just two paragraphs (a WSJ page of the fixtures), and taking an article
 * for a listing costs the reader more than the reverse.
 */
export const MIN_ARTICLE_RUN = 2;
/** A page needs at least this many headline links to be read as a listing from its shape alone. */
export const MIN_LISTING_LINKS = 10;

export function decidePageKind(s: PageSignals): PageKind {
  if (s.listingType && !s.articleType) return 'listing';
  if (s.articleType) return 'article';
  return s.headlineLinks >= MIN_LISTING_LINKS && s.longestProseRun < MIN_ARTICLE_RUN ? 'listing' : 'article';
}
