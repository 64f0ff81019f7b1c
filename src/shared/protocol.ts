// The typed messages between content script, background and extension pages. Every incoming
// message is validated here before a handler sees it; replies are { value } | { error }.
// This is the ONLY module that imports webextension-polyfill, so it can be dropped in one place
// once every supported browser ships `browser.*` natively.
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import type { AnalysisResult, CorpusArticle, FigureGroup } from '../core/types.ts';
import type { ExtractionOutcome } from '../extraction/extract-article.ts';
import { acceptSender } from './accept-sender.ts';
import { backgroundValidators, contentValidators, isObject, type Validators } from './message-validators.ts';

export { browser };

// ---- Shapes carried by messages --------------------------------------------------------------

/** What the popup shows for a tab; `state` is also the popup's `data-state`. */
export type TabAnalysis =
  | { state: 'ready' | 'empty'; result: AnalysisResult; method: 'readability' | 'fallback'; url: string; highlights: boolean }
  | { state: 'unsupported'; reason: UnsupportedReason; url?: string };

export type UnsupportedReason = 'browser-page' | 'pdf' | 'no-article' | 'too-short' | 'listing' | 'cannot-access';

/** A corpus report as the reader page shows it. */
export type ReportView = Omit<CorpusArticle, 'sentences'>;

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

/** A followed news source as the options page lists it. */
export interface FollowedSource {
  id: string;
  /** The feed's URL (after discovery; redirects update it). */
  url: string;
  title: string;
  siteUrl?: string;
  addedAt: string;
  paused: boolean;
  state: 'ok' | 'fetching' | 'error' | 'needs-permission' | 'paused';
  error?: string;
  lastAttempt?: string;
  lastSuccess?: string;
  itemCount: number;
  /** Article origins ("https://www.example.com/*") its items link to that Parallax may not read yet. */
  missingOrigins?: string[];
}

export interface SourceSettings {
  /** Minutes between fetches of each source. */
  intervalMinutes: number;
  /** Days a fetched article is kept. */
  retentionDays: number;
}

export { MAX_ARTICLE_CHARS, MAX_FIELD_CHARS, MAX_IMPORT_ARTICLES, MAX_TITLE_CHARS } from './message-validators.ts';

// ---- The two APIs --------------------------------------------------------------------------------

/** Handled by the background worker. */
export interface BackgroundApi {
  analyzeTab(p: { tabId: number }): TabAnalysis;
  getReport(p: { id: string }): ReportView;
  setHighlights(p: { tabId: number; on: boolean }): { on: boolean };
  openReport(p: { id: string; start?: number; end?: number }): null;
  /** The user's corpus. An import is atomic: all articles are stored, or none. */
  /** `merged`: articles of the request that shared an id (an address) with a later one and gave way to it. */
  importArticles(p: { fileName: string; articles: ImportedArticle[] }): { added: number; total: number; merged: number };
  listUserArticles(p: null): UserCorpusListing;
  removeUserArticles(p: { ids: string[] }): { removed: number };
  /** The user's corpus as a compiled corpus file (the same format `npm run corpus` writes). */
  exportUserCorpus(p: null): unknown;
  addTabToCorpus(p: { tabId: number }): { id: string; title: string };
  /** From a content script: the page moved to another article in place (history API). Content
   * scripts may send only this and openReport (src/shared/accept-sender.ts). */
  pageNavigated(p: { url: string }): null;
  /** A report stored from a feed with its summary only: fetch and read its article page now. */
  fetchFullText(p: { id: string }): { summaryOnly: boolean };
  /** Followed sources (src/background/sources). Nothing is fetched while none is followed. */
  listSources(p: null): { sources: FollowedSource[]; settings: SourceSettings };
  /** Follows a feed, or the first feed a site's page names. The options page asks for the host
   * permission in the click handler before it sends this. */
  addSource(p: { url: string }): FollowedSource;
  removeSource(p: { id: string }): { removed: number };
  setSourcePaused(p: { id: string; paused: boolean }): FollowedSource;
  /** "Refresh now": fetches every followed source; resolves when done. */
  refreshSources(p: null): null;
  setSourceSettings(p: SourceSettings): SourceSettings;
  exportSourcesOpml(p: null): string;
  /** The options page granted host permissions: re-check every source's state. */
  sourcePermissionsChanged(p: null): null;
}

/** Handled by the content script in a tab. */
export interface ContentApi {
  ping(p: null): 'pong';
  extract(p: null): ExtractionOutcome;
  /** Moves keyboard focus to the first highlighted figure (the keyboard shortcut). */
  focusFigures(p: null): { focused: boolean };
  highlight(p: HighlightRequest): { marked: number };
}

export type Payload<A, K extends keyof A> = A[K] extends (p: infer P) => unknown ? P : never;
export type Result<A, K extends keyof A> = A[K] extends (p: never) => infer R ? R : never;

export type Reply<T> = { value: T } | { error: string };

interface Envelope {
  parallax: 1;
  type: string;
  payload: unknown;
}

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

function serve<A>(validators: Validators<A>, handlers: Handlers<A>, accept: (type: string, sender: Runtime.MessageSender) => boolean, signal?: AbortSignal): void {
  const listener = (message: unknown, sender: Runtime.MessageSender): Promise<Reply<unknown>> | undefined => {
    if (!isObject(message) || message.parallax !== 1 || typeof message.type !== 'string') return undefined;
    if (!Object.hasOwn(validators as object, message.type)) return undefined;
    if (!accept(message.type, sender)) return Promise.resolve({ error: 'message from an unexpected sender' });
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

/** Background side: the extension's own pages may ask anything; its content scripts (which run in
 * web pages) only pageNavigated and openReport. */
export function serveBackground(handlers: Handlers<BackgroundApi>): void {
  const self = { id: browser.runtime.id, origin: browser.runtime.getURL('') };
  serve(backgroundValidators, handlers, (type, sender) => acceptSender(type, sender, self));
}

/** Content side: only the extension's own background/popup may ask (tabs.sendMessage). */
export function serveContent(handlers: Handlers<ContentApi>, signal?: AbortSignal): void {
  serve(contentValidators, handlers, (_type, sender) => sender.id === browser.runtime.id, signal);
}
