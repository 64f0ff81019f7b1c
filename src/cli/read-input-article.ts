import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { ArticleInput } from '../core/types.ts';
import { parsePlainTextArticle } from '../core/corpus/parse-plain-text-article.ts';
import { decodeTextFile } from '../extraction/decode-text-file.ts';
import { webAddress } from '../extraction/extract-article-from-html.ts';
import { htmlToArticle } from './read-article-files.ts';

/** Reads the article to analyse from a .txt or .html file, as the extension would see it. */
export function readInputArticle(path: string, url?: string): ArticleInput {
  if (url !== undefined && !webAddress(url)) throw new Error(`--url must be an http or https address (got ${JSON.stringify(url.slice(0, 80))})`);
  const bytes = readFileSync(path);
  const htmlName = /\.html?$/i.test(extname(path));
  const content = decodeTextFile(bytes, htmlName).text;
  const isHtml = htmlName || /^\s*<(!doctype|html)/i.test(content);
  const a = isHtml ? htmlToArticle(content, url) : parsePlainTextArticle(content);
  if (a.paragraphs.length === 0) throw new Error(`${path}: no article text found`);
  const out: ArticleInput = { title: a.title, text: a.paragraphs.join('\n\n'), paragraphs: a.paragraphs };
  if (url) out.url = url;
  if ('published' in a && a.published) out.published = a.published;
  return out;
}
