// The typed messages between content script, background and extension pages. Every incoming
// message is validated here before a handler sees it; replies are { value } | { error }.
// This is the ONLY module that imports webextension-polyfill, so it can be dropped in one place
// once every supported browser ships `browser.*` natively.
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import type { AnalysisResult, FigureGroup } from '../core/types.ts';
import type { ExtractionOutcome } from '../content/extract-article.ts';

export { browser };

// ---- Shapes carried by messages --------------------------------------------------------------

/** What the popup shows for a tab; `state` is also the popup's `data-state`. */
export type TabAnalysis =
  | { state: 'ready' | 'empty'; result: AnalysisResult; method: 'readability' | 'fallback'; url: string; highlights: boolean }
  | { state: 'unsupported'; reason: UnsupportedReason; url?: string };

export type UnsupportedReason = 'browser-page' | 'pdf' | 'no-article' | 'too-short' | 'cannot-access';

/** A corpus report as the reader page shows it. */
export interface ReportView {
  id: string;
  title: string;
  source?: string;
  url?: string;
  published?: string;
  text: string;
  origin?: 'bundled' | 'user';
}

export interface HighlightRequest {
  on: boolean;
  groups: FigureGroup[];
  /** Titles and outlets of the other reports, for the cards. */
  reports: Record<string, { title: string; source?: string }>;
}

/** An article the user imports into their own corpus (ids are assigned by the background). */
export interface ImportedArticle {
  title: string;
  /** Body text, paragraphs separated by a blank line. */
  text: string;
  url?: string;
  source?: string;
  published?: string;
}

export interface UserArticleSummary {
  id: string;
  title: string;
  source?: string;
  url?: string;
  published?: string;
  /** Characters of body text. */
  chars: number;
  addedAt: string;
}

export interface UserCorpusListing {
  articles: UserArticleSummary[];
  /** Bytes the stored articles take (approximate: UTF-16 length of their text). */
  bytes: number;
  /** What the browser reports for this extension's storage, when it says. */
  usage?: number;
  quota?: number;
}

export const MAX_IMPORT_ARTICLES = 20_000;
export const MAX_ARTICLE_CHARS = 400_000;

// ---- The two APIs --------------------------------------------------------------------------------

/** Handled by the background worker. */
export interface BackgroundApi {
  analyzeTab(p: { tabId: number; force?: boolean }): TabAnalysis;
  getReport(p: { id: string }): ReportView;
  setHighlights(p: { tabId: number; on: boolean }): { on: boolean };
  openReport(p: { id: string; start?: number; end?: number }): null;
  /** The user's corpus. An import is atomic: all articles are stored, or none. */
  importArticles(p: { fileName: string; articles: ImportedArticle[] }): { added: number; total: number };
  listUserArticles(p: null): UserCorpusListing;
  removeUserArticles(p: { ids: string[] }): { removed: number };
  /** The user's corpus as a compiled corpus file (the same format `npm run corpus` writes). */
  exportUserCorpus(p: null): unknown;
  addTabToCorpus(p: { tabId: number }): { id: string; title: string };
  /** From a content script: the page moved to another article in place (history API). */
  pageNavigated(p: { url: string }): null;
}

/** Handled by the content script in a tab. */
export interface ContentApi {
  ping(p: null): 'pong';
  extract(p: null): ExtractionOutcome;
  highlight(p: HighlightRequest): { marked: number };
}

type Payload<A, K extends keyof A> = A[K] extends (p: infer P) => unknown ? P : never;
type Result<A, K extends keyof A> = A[K] extends (p: never) => infer R ? R : never;

export type Reply<T> = { value: T } | { error: string };

interface Envelope {
  parallax: 1;
  type: string;
  payload: unknown;
}

// ---- Validation of incoming payloads -----------------------------------------------------------

export class InvalidMessage extends Error {}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function obj(x: unknown, what: string): Record<string, unknown> {
  if (!isObject(x)) throw new InvalidMessage(`${what}: expected an object`);
  return x;
}
function int(x: unknown, what: string): number {
  if (typeof x !== 'number' || !Number.isInteger(x) || x < 0) throw new InvalidMessage(`${what}: expected a non-negative integer`);
  return x;
}
function optInt(x: unknown, what: string): number | undefined {
  return x === undefined ? undefined : int(x, what);
}
function str(x: unknown, what: string, max = 500): string {
  if (typeof x !== 'string' || x.length === 0 || x.length > max) throw new InvalidMessage(`${what}: expected a string of 1..${max} characters`);
  return x;
}
function bool(x: unknown, what: string): boolean {
  if (typeof x !== 'boolean') throw new InvalidMessage(`${what}: expected true or false`);
  return x;
}
function optBool(x: unknown, what: string): boolean | undefined {
  return x === undefined ? undefined : bool(x, what);
}

type Validators<A> = { [K in keyof A]: (p: unknown) => Payload<A, K> };

export const backgroundValidators: Validators<BackgroundApi> = {
  analyzeTab(p) {
    const o = obj(p, 'analyzeTab');
    const force = optBool(o.force, 'analyzeTab.force');
    return { tabId: int(o.tabId, 'analyzeTab.tabId'), ...(force !== undefined ? { force } : {}) };
  },
  getReport(p) {
    return { id: str(obj(p, 'getReport').id, 'getReport.id') };
  },
  setHighlights(p) {
    const o = obj(p, 'setHighlights');
    return { tabId: int(o.tabId, 'setHighlights.tabId'), on: bool(o.on, 'setHighlights.on') };
  },
  openReport(p) {
    const o = obj(p, 'openReport');
    const start = optInt(o.start, 'openReport.start');
    const end = optInt(o.end, 'openReport.end');
    if ((start === undefined) !== (end === undefined) || (start !== undefined && end! < start)) {
      throw new InvalidMessage('openReport: start and end go together, start <= end');
    }
    return { id: str(o.id, 'openReport.id'), ...(start !== undefined ? { start, end: end! } : {}) };
  },
  importArticles(p) {
    const o = obj(p, 'importArticles');
    const fileName = str(o.fileName, 'importArticles.fileName', 1000);
    if (!Array.isArray(o.articles) || o.articles.length === 0 || o.articles.length > MAX_IMPORT_ARTICLES) {
      throw new InvalidMessage(`importArticles.articles: expected 1..${MAX_IMPORT_ARTICLES} articles`);
    }
    const articles = o.articles.map((a, i): ImportedArticle => {
      const ao = obj(a, `article ${i + 1}`);
      const out: ImportedArticle = { title: str(ao.title, `article ${i + 1} title`, 1000), text: str(ao.text, `article ${i + 1} text`, MAX_ARTICLE_CHARS) };
      for (const k of ['url', 'source', 'published'] as const) if (ao[k] !== undefined) out[k] = str(ao[k], `article ${i + 1} ${k}`, 2000);
      return out;
    });
    return { fileName, articles };
  },
  listUserArticles: () => null,
  removeUserArticles(p) {
    const o = obj(p, 'removeUserArticles');
    if (!Array.isArray(o.ids)) throw new InvalidMessage('removeUserArticles.ids: expected an array');
    return { ids: o.ids.map((x) => str(x, 'removeUserArticles.ids[]')) };
  },
  exportUserCorpus: () => null,
  addTabToCorpus(p) {
    return { tabId: int(obj(p, 'addTabToCorpus').tabId, 'addTabToCorpus.tabId') };
  },
  pageNavigated(p) {
    return { url: str(obj(p, 'pageNavigated').url, 'pageNavigated.url', 8000) };
  },
};

export const contentValidators: Validators<ContentApi> = {
  ping: () => null,
  extract: () => null,
  highlight(p) {
    const o = obj(p, 'highlight');
    if (!Array.isArray(o.groups)) throw new InvalidMessage('highlight.groups: expected an array');
    const groups = o.groups.map((g, i) => {
      const go = obj(g, `highlight.groups[${i}]`);
      if (!Array.isArray(go.mentions)) throw new InvalidMessage(`highlight.groups[${i}].mentions: expected an array`);
      for (const m of go.mentions) {
        const mo = obj(m, 'mention');
        str(mo.text, 'mention.text', 200);
        if (mo.reportId !== null) str(mo.reportId, 'mention.reportId');
        int(mo.start, 'mention.start');
        int(mo.end, 'mention.end');
        if (mo.quote !== undefined) str(mo.quote, 'mention.quote', 5000);
      }
      str(go.status, 'status', 20);
      str(go.measure, 'measure', 300);
      return go as unknown as FigureGroup;
    });
    const reports = obj(o.reports ?? {}, 'highlight.reports') as HighlightRequest['reports'];
    return { on: bool(o.on, 'highlight.on'), groups, reports };
  },
};

// ---- Sending ------------------------------------------------------------------------------------

function unwrap<T>(reply: unknown): T {
  if (isObject(reply) && 'error' in reply) throw new Error(String(reply.error));
  if (isObject(reply) && 'value' in reply) return reply.value as T;
  throw new Error('no answer from the extension (it may have been reloaded: reopen the page)');
}

export async function sendToBackground<K extends keyof BackgroundApi>(type: K, payload: Payload<BackgroundApi, K>): Promise<Result<BackgroundApi, K>> {
  const envelope: Envelope = { parallax: 1, type, payload };
  return unwrap(await browser.runtime.sendMessage(envelope));
}

export async function sendToTab<K extends keyof ContentApi>(tabId: number, type: K, payload: Payload<ContentApi, K>): Promise<Result<ContentApi, K>> {
  const envelope: Envelope = { parallax: 1, type, payload };
  return unwrap(await browser.tabs.sendMessage(tabId, envelope));
}

// ---- Serving ------------------------------------------------------------------------------------

type Handlers<A> = { [K in keyof A]: (p: Payload<A, K>, sender: Runtime.MessageSender) => Result<A, K> | Promise<Result<A, K>> };

function serve<A>(validators: Validators<A>, handlers: Handlers<A>, accept: (sender: Runtime.MessageSender) => boolean, signal?: AbortSignal): void {
  const listener = (message: unknown, sender: Runtime.MessageSender): Promise<Reply<unknown>> | undefined => {
    if (!isObject(message) || message.parallax !== 1 || typeof message.type !== 'string') return undefined;
    if (!Object.hasOwn(validators as object, message.type)) return undefined;
    if (!accept(sender)) return Promise.resolve({ error: 'message from an unexpected sender' });
    const type = message.type as keyof A;
    return (async () => {
      try {
        const payload = validators[type](message.payload);
        return { value: await handlers[type](payload, sender) };
      } catch (e) {
        return { error: e instanceof Error ? e.message : String(e) };
      }
    })();
  };
  browser.runtime.onMessage.addListener(listener);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}

/** Background side: only the extension's own pages and content scripts may ask. */
export function serveBackground(handlers: Handlers<BackgroundApi>): void {
  serve(backgroundValidators, handlers, (sender) => sender.id === browser.runtime.id);
}

/** Content side: only the extension's own background/popup may ask (tabs.sendMessage). */
export function serveContent(handlers: Handlers<ContentApi>, signal?: AbortSignal): void {
  serve(contentValidators, handlers, (sender) => sender.id === browser.runtime.id, signal);
}
