// Node side of the corpus compiler: reads .txt/.html files (and an optional index.json sidecar)
// into article fields for the pure core. Shared by `npm run corpus`, the build and the tests.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { ArticleFields } from '../core/corpus/build-corpus-article.ts';
import { parsePlainTextArticle } from '../core/corpus/parse-plain-text-article.ts';
import { decodeTextFile } from '../extraction/decode-text-file.ts';
import { describeExtractionFailure } from '../extraction/extract-article.ts';
import { extractArticleFromHtml, webAddress } from '../extraction/extract-article-from-html.ts';

export interface SidecarEntry {
  source?: string;
  url?: string;
  published?: string;
  title?: string;
}

export interface Skipped {
  file: string;
  reason: string;
}

export function htmlToArticle(html: string, url?: string): { title: string; paragraphs: string[]; source?: string; published?: string } {
  const outcome = extractArticleFromHtml(html, url, (h) => parseHTML(h).document as unknown as Document);
  if (!outcome.ok) throw new Error(describeExtractionFailure(outcome.reason));
  const a = outcome.article;
  return { title: a.title, paragraphs: a.paragraphs, ...(a.siteName ? { source: a.siteName } : {}), ...(a.published ? { published: a.published } : {}) };
}

export function readArticleFile(path: string, id = basename(path, extname(path)), meta: SidecarEntry = {}): ArticleFields {
  const ext = extname(path).toLowerCase();
  const content = decodeTextFile(readFileSync(path), ext === '.html' || ext === '.htm').text;
  if (content.includes('\u0000')) throw new Error('binary file, not text');
  let fields: ArticleFields;
  if (ext === '.html' || ext === '.htm') {
    const a = htmlToArticle(content, meta.url);
    fields = { id, title: a.title, paragraphs: a.paragraphs };
    if (a.source) fields.source = a.source;
    if (a.published) fields.published = a.published;
  } else {
    const parsed = parsePlainTextArticle(content);
    if (parsed.paragraphs.length === 0) throw new Error('no text');
    fields = { id, title: parsed.title, paragraphs: parsed.paragraphs };
    if (parsed.site) fields.source = parsed.site;
  }
  if (!fields.title) fields.title = id;
  if (meta.title) fields.title = meta.title;
  if (meta.source) fields.source = meta.source;
  if (meta.url) fields.url = meta.url;
  if (meta.published) fields.published = meta.published;
  return fields;
}

function readSidecar(dir: string): Record<string, SidecarEntry> {
  const path = join(dir, 'index.json');
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    return {};
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (e) {
    throw new Error(`${path}: not valid JSON (${(e as Error).message})`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error(`${path}: expected an object keyed by article id`);
  const out: Record<string, SidecarEntry> = {};
  for (const [id, v] of Object.entries(data as Record<string, unknown>)) {
    if (id.startsWith('$')) continue; // "$comment" and similar keys document the file
    if (!v || typeof v !== 'object') throw new Error(`${path}: entry "${id}" must be an object`);
    const e: SidecarEntry = {};
    for (const k of ['source', 'url', 'published', 'title'] as const) {
      const x = (v as Record<string, unknown>)[k];
      if (x === undefined || x === null) continue;
      if (typeof x !== 'string') throw new Error(`${path}: "${id}.${k}" must be a string`);
      // As the extension does: a corpus never holds a javascript:, data: or file: address.
      if (k === 'url' && !webAddress(x)) throw new Error(`${path}: "${id}.url" must be an http or https address (got ${JSON.stringify(x.slice(0, 80))})`);
      e[k] = x;
    }
    out[id] = e;
  }
  return out;
}

export interface FolderReadOptions {
  /** Fail on the first unreadable file (the build) instead of skipping it (the CLI). */
  strict?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export function readArticleFolder(dir: string, options: FolderReadOptions = {}): { articles: ArticleFields[]; skipped: Skipped[] } {
  if (!statSync(dir).isDirectory()) throw new Error(`${dir} is not a folder`);
  const sidecar = readSidecar(dir);
  const files = readdirSync(dir)
    .filter((f) => /\.(txt|html?)$/i.test(f))
    .sort();
  const articles: ArticleFields[] = [];
  const skipped: Skipped[] = [];
  files.forEach((f, i) => {
    const id = basename(f, extname(f));
    try {
      articles.push(readArticleFile(join(dir, f), id, sidecar[id]));
    } catch (e) {
      const reason = (e as Error).message;
      if (options.strict) throw new Error(`${join(dir, f)}: ${reason}`);
      skipped.push({ file: f, reason });
    }
    options.onProgress?.(i + 1, files.length);
  });
  return { articles, skipped };
}
