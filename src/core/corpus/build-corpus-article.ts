import { copyArticleMeta } from './copy-article-meta.ts';
import { splitSentences } from '../text/split-sentences.ts';
import type { CorpusArticle } from '../types.ts';

export interface ArticleFields {
  id: string;
  title: string;
  paragraphs: string[];
  source?: string;
  url?: string;
  published?: string;
  origin?: 'bundled' | 'user';
  /** Only a feed's summary: the article page could not be read. */
  summaryOnly?: boolean;
}

/** One corpus article from its fields: joins paragraphs and records sentence offsets. */
export function buildCorpusArticle(fields: ArticleFields): CorpusArticle {
  const paragraphs = fields.paragraphs.map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const text = paragraphs.join('\n\n');
  return copyArticleMeta<CorpusArticle>({ id: fields.id, title: fields.title.trim(), text, sentences: splitSentences(text) }, fields);
}
