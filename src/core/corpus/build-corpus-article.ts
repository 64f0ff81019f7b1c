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
  const article: CorpusArticle = { id: fields.id, title: fields.title.trim(), text, sentences: splitSentences(text) };
  if (fields.source) article.source = fields.source;
  if (fields.url) article.url = fields.url;
  if (fields.published) article.published = fields.published;
  if (fields.origin) article.origin = fields.origin;
  if (fields.summaryOnly) article.summaryOnly = true;
  return article;
}
