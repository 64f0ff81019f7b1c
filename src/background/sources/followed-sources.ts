// Wires FeedSources to the extension: IndexedDB, fetch, permission checks, the HTML reader, the
// refresh alarm (re-created whenever the worker starts, and only while a source is followed), and
// dropping cached tab analyses when stored items change.
import type { Corpus } from '../../core/types.ts';
import { browser, type FollowedSource, type SourceSettings } from '../../shared/protocol.ts';
import { ensureBackgroundTerms } from '../background-terms.ts';
import { clearAllTabCaches } from '../tab-cache.ts';
import { FeedsDb } from './feeds-db.ts';
import { FeedSources } from './feed-sources.ts';
import { readHtml } from './read-html.ts';

const ALARM = 'parallax-sources';
let service: FeedSources | undefined;

export function followedSources(): FeedSources {
  service ??= new FeedSources({
    db: new FeedsDb(indexedDB),
    fetch: (input, init) => fetch(input, init),
    readHtml,
    permitted: (origins) => browser.permissions.contains({ origins }),
    tag: browser.runtime.getManifest().version,
    onChange: clearAllTabCaches,
  });
  return service;
}

/** The feed corpora for analyses: none (and nothing opened) while no source was ever followed. */
export function loadFeedCorpora(): Promise<Corpus[]> {
  return followedSources().corpora();
}

/** Creates the alarm when a source is followed and none exists, clears it when none is followed. */
export async function syncSourcesAlarm(): Promise<void> {
  const fs = followedSources();
  const any = await fs.hasSources();
  const existing = await browser.alarms.get(ALARM);
  const { intervalMinutes } = await fs.settings();
  if (!any) {
    if (existing) await browser.alarms.clear(ALARM);
    return;
  }
  if (!existing || existing.periodInMinutes !== intervalMinutes) browser.alarms.create(ALARM, { periodInMinutes: intervalMinutes, delayInMinutes: Math.min(1, intervalMinutes) });
}

export async function listSources(): Promise<{ sources: FollowedSource[]; settings: SourceSettings }> {
  const fs = followedSources();
  const [sources, settings] = await Promise.all([fs.list(), fs.settings()]);
  return { sources, settings };
}

export async function addSource(url: string): Promise<FollowedSource> {
  const s = await followedSources().add(url);
  await syncSourcesAlarm();
  return s;
}

export async function removeSource(id: string): Promise<{ removed: number }> {
  const r = await followedSources().remove(id);
  await syncSourcesAlarm();
  return r;
}

export async function setSourcePaused(id: string, paused: boolean): Promise<FollowedSource> {
  const s = await followedSources().setPaused(id, paused);
  await syncSourcesAlarm();
  return s;
}

export async function refreshSources(): Promise<null> {
  await followedSources().refresh(true);
  return null;
}

export async function setSourceSettings(s: SourceSettings): Promise<SourceSettings> {
  const out = await followedSources().setSettings(s);
  await syncSourcesAlarm();
  return out;
}

export function exportSourcesOpml(): Promise<string> {
  return followedSources().exportOpml();
}

export async function sourcePermissionsChanged(): Promise<null> {
  await followedSources().recheckPermissions();
  return null;
}

/** At every worker start: the alarm again, its listener, and permission changes. */
export function startFollowedSources(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void ensureBackgroundTerms().then(() => followedSources().refresh(false)).catch(() => undefined);
  });
  browser.permissions.onAdded.addListener(() => void followedSources().recheckPermissions().catch(() => undefined));
  browser.permissions.onRemoved.addListener(() => void followedSources().recheckPermissions().catch(() => undefined));
  void syncSourcesAlarm().catch(() => undefined);
}
