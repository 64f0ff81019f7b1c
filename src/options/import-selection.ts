// Reads a selection of files (or a folder) for an import: decodes each file, turns .html pages into
// articles (DOMParser + Readability; a parsed document never runs scripts nor loads anything) and
// parses the rest with the pure core. All or nothing: one bad file refuses the whole selection.
import { decodeTextFile } from '../extraction/decode-text-file.ts';
import { describeExtractionFailure } from '../extraction/extract-article.ts';
import { extractArticleFromHtml } from '../extraction/extract-article-from-html.ts';
import { checkImportArticle, importFileKind, parseImportFile, type ImportArticle, type ImportFileResult, type ImportLimits, type ImportProblem } from '../core/corpus/parse-import-file.ts';
import { userArticleId } from '../shared/user-article-id.ts';

/** Files larger than this are refused before they are read. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
/**
 * Characters one import may send to the background. Chrome caps one extension message at 64 MiB
 * of JSON; this leaves room for escapes and multi-byte text.
 */
export const MAX_IMPORT_CHARS = 16_000_000;

export interface SelectionLimits extends ImportLimits {
  maxFileBytes?: number;
  maxImportChars?: number;
}

/** What the options page needs of a File (a File satisfies it). */
export interface SelectedFile {
  name: string;
  size: number;
  webkitRelativePath?: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type SelectionOutcome =
  | { ok: true; articles: ImportArticle[]; ids: string[]; files: number; skipped: string[]; merged: number }
  | { ok: false; problems: ImportProblem[]; files: number; skipped: string[] };

export const fileLabel = (f: SelectedFile) => f.webkitRelativePath || f.name;
const fmt = (n: number) => n.toLocaleString('en-US');

/** Text of a file: a byte-order mark wins, then (for HTML) a <meta charset>, then UTF-8, else windows-1252. */
export function decodeFile(buffer: ArrayBuffer, html: boolean): string {
  return decodeTextFile(buffer, html).text;
}

const nameKey = (s: string) =>
  s
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/\.(com|org|net|co\.uk|ca|news)$/, '')
    .replace(/[^\p{L}\p{N}]/gu, '');

/** "Headline | TheHill" -> "Headline", when the suffix names the site (its name or its host). */
export function stripSiteSuffix(title: string, names: Array<string | undefined>): string {
  const m = /^(.{12,}?)\s+[|\-\u2013\u2014\u00b7]\s+([^|\u2013\u2014]{2,60})$/u.exec(title);
  if (!m) return title;
  const suffix = nameKey(m[2]!);
  if (suffix.length < 2) return title;
  const known = names.filter((n): n is string => !!n).map(nameKey).filter(Boolean);
  return known.some((n) => n === suffix || (suffix.length >= 4 && n.length >= 3 && (n.includes(suffix) || suffix.includes(n)))) ? m[1]!.trim() : title;
}

/** A saved web page as an article: Readability's reading, the page's canonical address. */
export function parseHtmlFile(name: string, html: string, limits: ImportLimits): ImportFileResult {
  if (html.includes('\u0000')) return { ok: false, problems: [{ file: name, reason: 'a binary file, not text' }] };
  const outcome = extractArticleFromHtml(html, undefined);
  if (!outcome.ok) {
    return { ok: false, problems: [{ file: name, reason: describeExtractionFailure(outcome.reason) }] };
  }
  const a = outcome.article;
  const url = a.url;
  const base = name.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const host = url ? new URL(url).hostname : undefined;
  const title = a.title ? stripSiteSuffix(a.title, [a.siteName, host]) : base;
  const candidate: Record<string, string | undefined> = { title, text: a.paragraphs.join('\n\n'), url, source: a.siteName, published: a.published };
  const checked = checkImportArticle(candidate, limits);
  if ('reason' in checked) return { ok: false, problems: [{ file: name, reason: checked.reason }] };
  return { ok: true, articles: [checked.article] };
}

const articleChars = (a: ImportArticle) => a.title.length + a.text.length + (a.url?.length ?? 0) + (a.source?.length ?? 0) + (a.published?.length ?? 0);

/**
 * Reads and parses every file of a selection. In a folder, files Parallax does not read (images,
 * READMEs, hidden files) are skipped and named; picked one by one, such a file is an error.
 */
export async function readImportSelection(
  files: SelectedFile[],
  mode: 'files' | 'folder',
  limits: SelectionLimits,
  onProgress?: (done: number, total: number) => void,
): Promise<SelectionOutcome> {
  const maxFileBytes = limits.maxFileBytes ?? MAX_FILE_BYTES;
  const maxImportChars = limits.maxImportChars ?? MAX_IMPORT_CHARS;
  const problems: ImportProblem[] = [];
  const skipped: string[] = [];
  const articles: ImportArticle[] = [];
  const readable = files.filter((f) => {
    const base = f.name.replace(/^.*[\\/]/, '');
    if (importFileKind(f.name) !== null && !(mode === 'folder' && base.startsWith('.'))) return true;
    if (mode === 'folder') skipped.push(fileLabel(f));
    else problems.push({ file: fileLabel(f), reason: 'not a file Parallax can import (.txt, .html, .json or .jsonl)' });
    return false;
  });
  if (readable.length === 0 && problems.length === 0) {
    problems.push({ file: mode === 'folder' ? (files[0] ? fileLabel(files[0]).split('/')[0]! : 'the folder') : 'the selection', reason: 'no .txt, .html, .json or .jsonl files to import' });
  }
  let done = 0;
  for (const f of readable) {
    onProgress?.(done, readable.length);
    const label = fileLabel(f);
    if (f.size > maxFileBytes) {
      problems.push({ file: label, reason: `the file is ${fmt(Math.round(f.size / 1048576))} MB; Parallax reads files up to ${fmt(maxFileBytes / 1048576)} MB` });
    } else {
      let result: ImportFileResult;
      try {
        const kind = importFileKind(f.name);
        const text = decodeFile(await f.arrayBuffer(), kind === 'html');
        result = kind === 'html' ? (text.trim() ? parseHtmlFile(label, text, limits) : { ok: false, problems: [{ file: label, reason: 'the file is empty' }] }) : parseImportFile(label, text, limits);
      } catch (e) {
        result = { ok: false, problems: [{ file: label, reason: `the file could not be read (${(e as Error).message})` }] };
      }
      if (result.ok) articles.push(...result.articles);
      else problems.push(...result.problems);
    }
    done++;
    // Let the page paint the progress between files.
    await new Promise((r) => setTimeout(r, 0));
  }
  onProgress?.(done, readable.length);
  if (problems.length) return { ok: false, problems, files: readable.length, skipped };

  // The same article twice in a selection is one article (the last copy), as the background stores it;
  // articles merged so (different ones may share an address) are counted, and the page says so.
  const byId = new Map<string, ImportArticle>();
  for (const a of articles) {
    const id = userArticleId(a);
    byId.delete(id);
    byId.set(id, a);
  }
  const unique = [...byId.values()];
  const where = mode === 'folder' ? 'the folder' : 'the selection';
  if (unique.length > limits.maxArticles) {
    problems.push({ file: where, reason: `it holds ${fmt(unique.length)} articles; Parallax imports up to ${fmt(limits.maxArticles)} at a time (import it in parts)` });
  }
  const chars = unique.reduce((n, a) => n + articleChars(a), 0);
  if (chars > maxImportChars) {
    problems.push({ file: where, reason: `it holds ${fmt(Math.round(chars / 1e6))} million characters of text; Parallax imports up to ${fmt(maxImportChars / 1e6)} million at a time (import it in parts)` });
  }
  if (problems.length) return { ok: false, problems, files: readable.length, skipped };
  return { ok: true, articles: unique, ids: [...byId.keys()], files: readable.length, skipped, merged: articles.length - unique.length };
}
