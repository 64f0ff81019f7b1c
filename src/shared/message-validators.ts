// Validation of every incoming message payload. Kept apart from protocol.ts (which loads the
// browser API) so it can be tested in Node. Each validator returns a freshly built object holding
// only the fields it checked, never the input itself.
import { MAX_ARTICLE_CHARS, MAX_FIELD_CHARS, MAX_IMPORT_ARTICLES, MAX_TITLE_CHARS } from '../core/limits.ts';
import type { FigureGroup, FigureMention, FigureStatus } from '../core/types.ts';
import type { BackgroundApi, ContentApi, HighlightRequest, ImportedArticle, Payload } from './protocol.ts';

export { MAX_ARTICLE_CHARS, MAX_FIELD_CHARS, MAX_IMPORT_ARTICLES, MAX_TITLE_CHARS };

/** Limits of a highlight request (what the background builds stays within them). */
export const MAX_ID_CHARS = 500;
export const MAX_MEASURE_CHARS = 300;
export const MAX_FIGURE_TEXT_CHARS = 200;
export const MAX_UNIT_CHARS = 100;
export const MAX_QUOTE_CHARS = 5000;
export const MAX_HIGHLIGHT_GROUPS = 2000;
export const MAX_GROUP_MENTIONS = 500;
export const MAX_URL_CHARS = 8000;

export class InvalidMessage extends Error {}

export const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

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
function num(x: unknown, what: string): number {
  if (typeof x !== 'number' || !Number.isFinite(x)) throw new InvalidMessage(`${what}: expected a number`);
  return x;
}
function str(x: unknown, what: string, max = MAX_ID_CHARS, min = 1): string {
  if (typeof x !== 'string' || x.length < min || x.length > max) throw new InvalidMessage(`${what}: expected a string of ${min}..${max} characters`);
  return x;
}
function bool(x: unknown, what: string): boolean {
  if (typeof x !== 'boolean') throw new InvalidMessage(`${what}: expected true or false`);
  return x;
}

const FIGURE_STATUSES: ReadonlySet<string> = new Set<FigureStatus>(['diverging', 'updated', 'corroborated', 'single', 'omitted']);

/** One figure mention of a highlight request, rebuilt field by field. */
function checkMention(x: unknown, what: string): FigureMention {
  const o = obj(x, what);
  const start = int(o.start, `${what}.start`);
  const end = int(o.end, `${what}.end`);
  if (end < start) throw new InvalidMessage(`${what}: end before start`);
  const out: FigureMention = {
    reportId: o.reportId === null ? null : str(o.reportId, `${what}.reportId`),
    text: str(o.text, `${what}.text`, MAX_FIGURE_TEXT_CHARS),
    value: num(o.value, `${what}.value`),
    unit: str(o.unit, `${what}.unit`, MAX_UNIT_CHARS, 0),
    start,
    end,
  };
  if (o.sentence !== undefined) {
    if (!Array.isArray(o.sentence) || o.sentence.length !== 2) throw new InvalidMessage(`${what}.sentence: expected [start, end]`);
    const s0 = int(o.sentence[0], `${what}.sentence[0]`);
    const s1 = int(o.sentence[1], `${what}.sentence[1]`);
    if (s1 < s0) throw new InvalidMessage(`${what}.sentence: end before start`);
    out.sentence = [s0, s1];
  }
  if (o.quote !== undefined) out.quote = str(o.quote, `${what}.quote`, MAX_QUOTE_CHARS);
  if (o.published !== undefined) out.published = str(o.published, `${what}.published`, MAX_ID_CHARS);
  if (o.inTitle !== undefined) {
    if (o.inTitle !== true) throw new InvalidMessage(`${what}.inTitle: expected true or nothing`);
    out.inTitle = true;
  }
  return out;
}

/** One figure group of a highlight request, rebuilt; throws InvalidMessage when any part is wrong. */
export function checkFigureGroup(x: unknown, what = 'group'): FigureGroup {
  const o = obj(x, what);
  const measure = str(o.measure, `${what}.measure`, MAX_MEASURE_CHARS);
  if (typeof o.status !== 'string' || !FIGURE_STATUSES.has(o.status)) throw new InvalidMessage(`${what}.status: expected one of ${[...FIGURE_STATUSES].join(', ')}`);
  if (!Array.isArray(o.mentions) || o.mentions.length === 0 || o.mentions.length > MAX_GROUP_MENTIONS) {
    throw new InvalidMessage(`${what}.mentions: expected 1..${MAX_GROUP_MENTIONS} mentions`);
  }
  const mentions = o.mentions.map((m, i) => checkMention(m, `${what}.mentions[${i}]`));
  const out: FigureGroup = { measure, status: o.status as FigureStatus, mentions };
  if (o.gapPercent !== undefined) out.gapPercent = num(o.gapPercent, `${what}.gapPercent`);
  if (o.why !== undefined) out.why = str(o.why, `${what}.why`, MAX_MEASURE_CHARS);
  return out;
}

/** The reports of a highlight request: entries that are not {title, source?} are left out. */
function checkReports(x: unknown): HighlightRequest['reports'] {
  const out: HighlightRequest['reports'] = {};
  if (!isObject(x)) return out;
  for (const [id, v] of Object.entries(x)) {
    if (id.length === 0 || id.length > MAX_ID_CHARS || id === '__proto__' || !isObject(v)) continue;
    if (typeof v.title !== 'string' || v.title.length > MAX_TITLE_CHARS) continue;
    if (v.source !== undefined && (typeof v.source !== 'string' || v.source.length > MAX_FIELD_CHARS)) continue;
    out[id] = { title: v.title, ...(typeof v.source === 'string' ? { source: v.source } : {}) };
  }
  return out;
}

export type Validators<A> = { [K in keyof A]: (p: unknown) => Payload<A, K> };

export const backgroundValidators: Validators<BackgroundApi> = {
  analyzeTab(p) {
    return { tabId: int(obj(p, 'analyzeTab').tabId, 'analyzeTab.tabId') };
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
    // A file name is shown like a title: the same cap.
    const fileName = str(o.fileName, 'importArticles.fileName', MAX_TITLE_CHARS);
    if (!Array.isArray(o.articles) || o.articles.length === 0 || o.articles.length > MAX_IMPORT_ARTICLES) {
      throw new InvalidMessage(`importArticles.articles: expected 1..${MAX_IMPORT_ARTICLES} articles`);
    }
    const articles = o.articles.map((a, i): ImportedArticle => {
      const ao = obj(a, `article ${i + 1}`);
      const out: ImportedArticle = { title: str(ao.title, `article ${i + 1} title`, MAX_TITLE_CHARS), text: str(ao.text, `article ${i + 1} text`, MAX_ARTICLE_CHARS) };
      for (const k of ['url', 'source', 'published'] as const) if (ao[k] !== undefined) out[k] = str(ao[k], `article ${i + 1} ${k}`, MAX_FIELD_CHARS);
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
  fetchFullText(p) {
    return { id: str(obj(p, 'fetchFullText').id, 'fetchFullText.id') };
  },
  pageNavigated(p) {
    return { url: str(obj(p, 'pageNavigated').url, 'pageNavigated.url', MAX_URL_CHARS) };
  },
  listSources: () => null,
  addSource(p) {
    return { url: str(obj(p, 'addSource').url, 'addSource.url', MAX_URL_CHARS) };
  },
  removeSource(p) {
    return { id: str(obj(p, 'removeSource').id, 'removeSource.id') };
  },
  setSourcePaused(p) {
    const o = obj(p, 'setSourcePaused');
    return { id: str(o.id, 'setSourcePaused.id'), paused: bool(o.paused, 'setSourcePaused.paused') };
  },
  refreshSources: () => null,
  setSourceSettings(p) {
    const o = obj(p, 'setSourceSettings');
    const intervalMinutes = int(o.intervalMinutes, 'setSourceSettings.intervalMinutes');
    const retentionDays = int(o.retentionDays, 'setSourceSettings.retentionDays');
    if (intervalMinutes < 5 || intervalMinutes > 24 * 60) throw new InvalidMessage('setSourceSettings.intervalMinutes: expected 5..1440');
    if (retentionDays < 1 || retentionDays > 365) throw new InvalidMessage('setSourceSettings.retentionDays: expected 1..365');
    return { intervalMinutes, retentionDays };
  },
  exportSourcesOpml: () => null,
  sourcePermissionsChanged: () => null,
};

export const contentValidators: Validators<ContentApi> = {
  ping: () => null,
  extract: () => null,
  focusFigures: () => null,
  /** A group that fails its checks is left out (the others are still painted); a request that is
   * not one at all is refused. */
  highlight(p) {
    const o = obj(p, 'highlight');
    const on = bool(o.on, 'highlight.on');
    if (!Array.isArray(o.groups)) throw new InvalidMessage('highlight.groups: expected an array');
    const groups: FigureGroup[] = [];
    for (const [i, g] of o.groups.slice(0, MAX_HIGHLIGHT_GROUPS).entries()) {
      try {
        groups.push(checkFigureGroup(g, `highlight.groups[${i}]`));
      } catch (e) {
        if (!(e instanceof InvalidMessage)) throw e;
      }
    }
    return { on, groups, reports: checkReports(o.reports) };
  },
};
