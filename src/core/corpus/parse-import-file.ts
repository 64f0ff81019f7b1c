// Parses the files a user imports into their own corpus: .json (one article, an array of articles,
// {"articles": [...]}, or a compiled corpus file from `npm run corpus`), .jsonl (one article per
// line) and .txt. Pure: the options page reads the files, and turns .html into an article itself
// (that needs a DOM) before checking it with `checkImportArticle` like every other article.
// Every file is untrusted: types are checked, sizes capped, and each problem is reported with the
// file, the line when there is one, and a plain reason.
import { parseCorpusArticles } from './corpus-file.ts';
import { parsePlainTextArticle } from './parse-plain-text-article.ts';
import { MAX_FIELD_CHARS, MAX_TITLE_CHARS } from '../limits.ts';

/** One article to import (the same shape as ImportedArticle in src/shared/protocol.ts). */
export interface ImportArticle {
  title: string;
  /** Body text, paragraphs separated by a blank line. */
  text: string;
  url?: string;
  source?: string;
  published?: string;
}

export interface ImportProblem {
  file: string;
  line?: number;
  column?: number;
  reason: string;
}

export type ImportFileResult = { ok: true; articles: ImportArticle[] } | { ok: false; problems: ImportProblem[] };

export interface ImportLimits {
  /** Articles one import may hold (MAX_IMPORT_ARTICLES in the protocol). */
  maxArticles: number;
  /** Characters of body text one article may hold (MAX_ARTICLE_CHARS in the protocol). */
  maxArticleChars: number;
}

/** The same caps the background's message validator applies to titles and the short fields. */
export { MAX_FIELD_CHARS, MAX_TITLE_CHARS } from '../limits.ts';
/** Problems listed per file; past this the file is summed up in one more line. */
export const MAX_PROBLEMS_PER_FILE = 10;
const MAX_JSON_DEPTH = 500;

export type ImportFileKind = 'json' | 'jsonl' | 'txt' | 'html';

export const IMPORT_EXTENSIONS: Record<string, ImportFileKind> = {
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.txt': 'txt',
  '.text': 'txt',
  '.html': 'html',
  '.htm': 'html',
};

/** What kind of file a name is, by its extension; null when Parallax cannot import it. */
export function importFileKind(name: string): ImportFileKind | null {
  const m = /\.[^./\\]+$/.exec(name.toLowerCase());
  return (m && IMPORT_EXTENSIONS[m[0]]) || null;
}

const fmt = (n: number) => n.toLocaleString('en-US');

// ---- Text ------------------------------------------------------------------------------------

/**
 * Paragraphs of a body text: blank lines separate paragraphs; a text with no blank line but with
 * line breaks has one paragraph per line. Whitespace inside a paragraph is collapsed.
 */
export function splitParagraphs(text: string): string[] {
  const t = text.replace(/\r\n?/g, '\n');
  let parts = t.split(/\n[^\S\n]*\n/);
  if (parts.length === 1) parts = t.split('\n');
  return parts.map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** The body text as stored: paragraphs joined by one blank line. Idempotent. */
export function normaliseArticleText(text: string): string {
  return splitParagraphs(text).join('\n\n');
}

function describe(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'a list';
  if (typeof x === 'object') return 'an object';
  if (typeof x === 'number') return 'a number';
  if (typeof x === 'boolean') return x ? 'true' : 'false';
  return typeof x;
}

function quoteShort(s: string): string {
  const one = s.replace(/\s+/g, ' ');
  return `"${one.length > 60 ? `${one.slice(0, 60)}…` : one}"`;
}

function isWebAddress(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Checks one article object and returns it cleaned (whitespace normalised, empty optional fields
 * dropped), or the reason it is refused. Unknown fields (an "id", say) are ignored.
 */
export function checkImportArticle(value: unknown, limits: ImportLimits): { article: ImportArticle } | { reason: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { reason: `expected an article object like {"title": "...", "text": "..."}, found ${describe(value)}` };
  }
  const o = value as Record<string, unknown>;
  const required = (key: 'title' | 'text'): string | { reason: string } => {
    const v = o[key];
    if (v === undefined || v === null) return { reason: `the article has no "${key}"` };
    if (typeof v !== 'string') return { reason: `"${key}" must be text, not ${describe(v)}` };
    return v;
  };
  const rawTitle = required('title');
  if (typeof rawTitle !== 'string') return rawTitle;
  const rawText = required('text');
  if (typeof rawText !== 'string') return rawText;
  const title = rawTitle.replace(/\s+/g, ' ').trim();
  if (!title) return { reason: '"title" is empty' };
  if (title.length > MAX_TITLE_CHARS) return { reason: `"title" is longer than ${fmt(MAX_TITLE_CHARS)} characters` };
  if (rawText.length > limits.maxArticleChars * 2) return { reason: `"text" is longer than ${fmt(limits.maxArticleChars)} characters, the limit for one article` };
  const text = normaliseArticleText(rawText);
  if (!text) return { reason: '"text" is empty' };
  if (text.length > limits.maxArticleChars) return { reason: `"text" is longer than ${fmt(limits.maxArticleChars)} characters, the limit for one article` };
  const article: ImportArticle = { title, text };
  for (const key of ['url', 'source', 'published'] as const) {
    const v = o[key];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string') return { reason: `"${key}" must be text, not ${describe(v)}` };
    const s = v.replace(/\s+/g, ' ').trim();
    if (!s) continue;
    if (s.length > MAX_FIELD_CHARS) return { reason: `"${key}" is longer than ${fmt(MAX_FIELD_CHARS)} characters` };
    if (key === 'url' && !isWebAddress(s)) return { reason: `"url" ${quoteShort(s)} is not a web address (http:// or https://)` };
    article[key] = s;
  }
  return { article };
}

// ---- JSON syntax, for error positions -------------------------------------------------------------

interface JsonScan {
  /** Where the text stops being JSON, with a plain reason; absent when it is valid. */
  error?: { offset: number; reason: string };
  /** Start offsets of the elements of the top-level array, or of a top-level "articles" array. */
  elements: number[];
}

/** Thrown inside the scanner where the text stops being JSON. */
class JsonStop extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

const JSON_NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** A recursive-descent JSON syntax checker that records the start of each top-level article. */
class JsonScanner {
  readonly elements: number[] = [];
  private at = 0;

  constructor(private readonly text: string) {}

  /** Scans the whole text; throws JsonStop where it goes wrong. */
  run(): void {
    this.ws();
    if (this.at >= this.text.length) this.stop('the file is empty');
    this.value(0, true);
    this.ws();
    if (this.at < this.text.length) this.stop('more text after the end of the JSON value (one article per line is a .jsonl file)');
  }

  private stop(reason: string, at = this.at): never {
    throw new JsonStop(at, reason);
  }

  private ws(): void {
    const t = this.text;
    while (this.at < t.length && (t[this.at] === ' ' || t[this.at] === '\t' || t[this.at] === '\n' || t[this.at] === '\r')) this.at++;
  }

  private string(): void {
    const t = this.text;
    this.at++; // opening quote
    for (;;) {
      if (this.at >= t.length) this.stop('a text value is never closed (a " is missing)');
      const c = t.charCodeAt(this.at);
      if (c === 0x22) {
        this.at++;
        return;
      }
      if (c === 0x5c) this.escape();
      else if (c < 0x20) this.stop(c === 0x0a ? 'a line break inside a text value (write it as \\n, or a " is missing)' : 'a control character inside a text value');
      else this.at++;
    }
  }

  private escape(): void {
    const e = this.text[this.at + 1];
    if (e === 'u') {
      if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.at + 2, this.at + 6))) this.stop('a \\u escape needs four hex digits');
      this.at += 6;
    } else if (e !== undefined && '"\\/bfnrt'.includes(e)) this.at += 2;
    else this.stop(`"\\${e ?? ''}" is not a valid escape in a text value`);
  }

  private value(depth: number, collect: boolean): void {
    this.ws();
    if (depth > MAX_JSON_DEPTH) this.stop(`values are nested more than ${MAX_JSON_DEPTH} levels deep`);
    const c = this.text[this.at];
    if (c === '{') return this.object(depth);
    if (c === '[') return this.array(depth, collect);
    if (c === '"') return this.string();
    for (const lit of ['true', 'false', 'null']) {
      if (this.text.startsWith(lit, this.at)) {
        this.at += lit.length;
        return;
      }
    }
    JSON_NUMBER.lastIndex = this.at;
    if (JSON_NUMBER.test(this.text)) {
      this.at = JSON_NUMBER.lastIndex;
      return;
    }
    if (this.at >= this.text.length) this.stop('the file ends where a value was expected');
    if (c === "'") this.stop("text values must use double quotes (\"), not single quotes (')");
    this.stop(`expected a value, found ${quoteShort(this.text.slice(this.at, this.at + 12))}`);
  }

  /** Steps over "]" or "}" when the container is empty. */
  private closesEmpty(close: string): boolean {
    this.at++;
    this.ws();
    if (this.text[this.at] !== close) return false;
    this.at++;
    return true;
  }

  /** After an item: true to read another (","), false at the end (close), else stops with `missing`. */
  private next(close: string, endsInside: string, missing: string): boolean {
    this.ws();
    const c = this.text[this.at];
    if (c === ',' || c === close) {
      this.at++;
      return c === ',';
    }
    this.stop(this.at >= this.text.length ? endsInside : missing);
  }

  private object(depth: number): void {
    if (this.closesEmpty('}')) return;
    const endsInside = 'the file ends inside an object (a "}" is missing)';
    do {
      this.ws();
      if (this.text[this.at] === '}') this.stop('a comma before "}" (remove the trailing comma)');
      if (this.text[this.at] !== '"') this.stop(this.at >= this.text.length ? endsInside : 'expected a property name in double quotes');
      const keyStart = this.at;
      this.string();
      const key = this.text.slice(keyStart + 1, this.at - 1);
      this.ws();
      if (this.text[this.at] !== ':') this.stop('expected ":" after the property name');
      this.at++;
      this.value(depth + 1, depth === 0 && key === 'articles');
    } while (this.next('}', endsInside, 'expected "," or "}" after a property value (a comma may be missing)'));
  }

  private array(depth: number, collect: boolean): void {
    if (this.closesEmpty(']')) return;
    do {
      this.ws();
      if (this.text[this.at] === ']') this.stop('a comma before "]" (remove the trailing comma)');
      if (collect) this.elements.push(this.at);
      this.value(depth + 1, false);
    } while (this.next(']', 'the file ends inside a list (a "]" is missing)', 'expected "," or "]" after a list item (a comma may be missing)'));
  }
}

/**
 * A JSON syntax scanner. JSON.parse does the real parsing; this runs only to say *where* a file
 * goes wrong (engines word and place their errors differently) and where each article starts.
 */
export function scanJson(text: string): JsonScan {
  const scanner = new JsonScanner(text);
  try {
    scanner.run();
    return { elements: scanner.elements };
  } catch (e) {
    if (e instanceof JsonStop) return { error: { offset: e.offset, reason: e.reason }, elements: scanner.elements };
    throw e;
  }
}

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let k = text.indexOf('\n'); k !== -1 && k < offset; k = text.indexOf('\n', k + 1)) {
    line++;
    lineStart = k + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

// ---- Files ------------------------------------------------------------------------------------

class Problems {
  readonly list: ImportProblem[] = [];
  private extra = 0;
  constructor(private readonly file: string) {}
  add(reason: string, line?: number, column?: number): void {
    if (this.list.length >= MAX_PROBLEMS_PER_FILE) {
      this.extra++;
      return;
    }
    const p: ImportProblem = { file: this.file, reason };
    if (line !== undefined) p.line = line;
    if (column !== undefined) p.column = column;
    this.list.push(p);
  }
  result(articles: ImportArticle[]): ImportFileResult {
    if (!this.list.length) return { ok: true, articles };
    const list = [...this.list];
    if (this.extra) list.push({ file: this.file, reason: `and ${fmt(this.extra)} more ${this.extra === 1 ? 'problem' : 'problems'} in this file` });
    return { ok: false, problems: list };
  }
}

function tooMany(count: number, limits: ImportLimits): string {
  return `the file holds ${fmt(count)} articles; Parallax imports up to ${fmt(limits.maxArticles)} at a time (split it into smaller files)`;
}

function parseJsonFile(name: string, text: string, limits: ImportLimits): ImportFileResult {
  const problems = new Problems(name);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const scan = scanJson(text);
    if (scan.error) {
      const { line, column } = lineColumn(text, scan.error.offset);
      problems.add(`not valid JSON: ${scan.error.reason}`, line, column);
    } else {
      problems.add(`not valid JSON (${(e as Error).message})`);
    }
    return problems.result([]);
  }

  if (data && typeof data === 'object' && !Array.isArray(data) && (data as Record<string, unknown>).format === 'parallax-corpus') {
    let articles: ImportArticle[];
    try {
      const stored = parseCorpusArticles(data, 'user');
      if (stored.length > limits.maxArticles) {
        problems.add(tooMany(stored.length, limits));
        return problems.result([]);
      }
      articles = [];
      stored.forEach((a, k) => {
        const checked = checkImportArticle(a, limits);
        if ('reason' in checked) problems.add(`corpus article ${k + 1} ("${a.id}"): ${checked.reason}`);
        else articles.push(checked.article);
      });
    } catch (e) {
      problems.add((e as Error).message);
      return problems.result([]);
    }
    return problems.result(articles);
  }

  let list: unknown[];
  let where: (k: number) => { label: string; line?: number };
  if (Array.isArray(data) || (data && typeof data === 'object' && Array.isArray((data as Record<string, unknown>).articles))) {
    list = Array.isArray(data) ? data : ((data as Record<string, unknown>).articles as unknown[]);
    if (list.length === 0) {
      problems.add('the list of articles is empty');
      return problems.result([]);
    }
    if (list.length > limits.maxArticles) {
      problems.add(tooMany(list.length, limits));
      return problems.result([]);
    }
    let offsets: number[] | undefined;
    where = (k) => {
      offsets ??= scanJson(text).elements;
      const at = offsets[k];
      return { label: `article ${k + 1}`, ...(at !== undefined ? { line: lineColumn(text, at).line } : {}) };
    };
  } else if (data && typeof data === 'object') {
    list = [data];
    where = () => ({ label: 'the article' });
  } else {
    problems.add(`expected an article {"title": "...", "text": "..."}, a list of articles, or a Parallax corpus file; found ${describe(data)}`);
    return problems.result([]);
  }
  const articles: ImportArticle[] = [];
  list.forEach((item, k) => {
    const checked = checkImportArticle(item, limits);
    if ('article' in checked) {
      articles.push(checked.article);
      return;
    }
    const w = where(k);
    problems.add(list.length > 1 ? `${w.label}: ${checked.reason}` : checked.reason, w.line);
  });
  return problems.result(articles);
}

function parseJsonLinesFile(name: string, text: string, limits: ImportLimits): ImportFileResult {
  const problems = new Problems(name);
  const articles: ImportArticle[] = [];
  const lines = text.split('\n');
  let count = 0;
  lines.forEach((raw, k) => {
    const line = raw.replace(/\r$/, '');
    if (!line.trim()) return;
    count++;
    if (count > limits.maxArticles) return;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch (e) {
      const err = scanJson(line).error;
      if (err) problems.add(`not valid JSON: ${err.reason}`, k + 1, err.offset + 1);
      else problems.add(`not valid JSON (${(e as Error).message})`, k + 1);
      return;
    }
    const checked = checkImportArticle(data, limits);
    if ('reason' in checked) problems.add(checked.reason, k + 1);
    else articles.push(checked.article);
  });
  if (count === 0) problems.add('the file is empty');
  else if (count > limits.maxArticles) problems.add(tooMany(count, limits));
  return problems.result(articles);
}

function parseTextFile(name: string, text: string, limits: ImportLimits): ImportFileResult {
  const problems = new Problems(name);
  const parsed = parsePlainTextArticle(text);
  if (!parsed.paragraphs.length) {
    problems.add('no article text found in the file');
    return problems.result([]);
  }
  const candidate: Record<string, string> = { title: parsed.title || name.replace(/\.[^.]+$/, ''), text: parsed.paragraphs.join('\n\n') };
  if (parsed.site) candidate.source = parsed.site;
  const checked = checkImportArticle(candidate, limits);
  if ('reason' in checked) {
    problems.add(checked.reason);
    return problems.result([]);
  }
  return problems.result([checked.article]);
}

/**
 * Parses one imported file (not .html: see the options page) into articles, or lists what is wrong
 * with it. `name` is what the user will recognise (a relative path in a folder import).
 */
export function parseImportFile(name: string, content: string, limits: ImportLimits): ImportFileResult {
  const kind = importFileKind(name);
  const text = content.replace(/^\uFEFF/, '');
  if (kind === null || kind === 'html') {
    return { ok: false, problems: [{ file: name, reason: kind === 'html' ? 'HTML files are read by the options page' : 'not a file Parallax can import (.txt, .html, .json or .jsonl)' }] };
  }
  if (text.includes('\u0000')) return { ok: false, problems: [{ file: name, reason: 'a binary file, not text' }] };
  if (!text.trim()) return { ok: false, problems: [{ file: name, reason: 'the file is empty' }] };
  if (kind === 'json') return parseJsonFile(name, text, limits);
  if (kind === 'jsonl') return parseJsonLinesFile(name, text, limits);
  return parseTextFile(name, text, limits);
}

/** One line for a problem, as the options page lists it: "file.jsonl, line 3: reason". */
export function describeProblem(p: ImportProblem): string {
  const where = [p.file, p.line !== undefined ? `line ${p.line}` : undefined, p.column !== undefined ? `column ${p.column}` : undefined].filter(Boolean).join(', ');
  return `${where}: ${p.reason}`;
}
