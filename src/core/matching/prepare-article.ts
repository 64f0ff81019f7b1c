// One prepared form of an article, shared by every stage that reads it: its terms, names, sentences and
// figures are computed once, when first asked for, and then read by matching and by figure alignment.
// The open article is prepared once per analysis; a corpus article once for as long as it lives (memoized
// per article object, so a corpus reloaded from storage is prepared again, lazily, piece by piece).
import { extractFigures } from '../figures/extract/extract-figures.ts';
import { extractNameMentions, type NameMention } from '../text/extract-names.ts';
import { splitSentences } from '../text/split-sentences.ts';
import { termTokens, type TermToken } from '../text/tokenize.ts';
import { documentTermCounts } from '../corpus/search-index.ts';
import type { Figure } from '../types.ts';

/** What an article is prepared from: an ArticleInput or a CorpusArticle both fit. */
export interface ArticleSource {
  title: string;
  text: string;
  url?: string;
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

  constructor(source: ArticleSource) {
    this.title = source.title;
    this.text = source.text;
    this.url = source.url;
    this.published = source.published;
    this.cachedSentences = source.sentences;
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
}

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
