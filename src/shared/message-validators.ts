// Validation of every incoming message payload. Kept apart from protocol.ts (which loads the
// browser API) so it can be tested in Node.
import type { FigureGroup } from '../core/types.ts';
import type { BackgroundApi, ContentApi, HighlightRequest, ImportedArticle, Payload } from './protocol.ts';

export const MAX_IMPORT_ARTICLES = 20_000;
export const MAX_ARTICLE_CHARS = 400_000;

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

export type Validators<A> = { [K in keyof A]: (p: unknown) => Payload<A, K> };

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

