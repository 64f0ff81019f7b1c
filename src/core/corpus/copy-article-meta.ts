import type { ArticleOrigin } from '../types.ts';

/** Where a report comes from and when: the optional fields a corpus article and a related report share. */
export interface ArticleMeta {
  source?: string;
  url?: string;
  published?: string;
  origin?: ArticleOrigin;
  summaryOnly?: boolean;
}

/** Copies the meta fields `from` has onto `to` (absent ones stay absent, so results stay compact). */
export function copyArticleMeta<T extends ArticleMeta>(to: T, from: ArticleMeta): T {
  if (from.source) to.source = from.source;
  if (from.url) to.url = from.url;
  if (from.published) to.published = from.published;
  if (from.origin) to.origin = from.origin;
  if (from.summaryOnly) to.summaryOnly = true;
  return to;
}
