// Options page: the news sources the reader follows. Add a feed (or a site whose page names one),
// pick a well-known outlet, import/export OPML, pause, remove, refresh now. Host permissions are
// requested in the click handler itself, before any await (browsers accept a prompt only there).
// Source names and errors are feed text: they go in as text nodes (h), never as HTML.
import { parseOpmlFeeds } from '../core/feeds/parse-feed-text.ts';
import { formatDate } from '../shared/format.ts';
import { h } from '../shared/h.ts';
import { browser, sendToBackground, type FollowedSource } from '../shared/protocol.ts';
import { WELL_KNOWN_FEEDS } from './well-known-feeds.ts';

const STATE_LABEL: Record<FollowedSource['state'], string> = {
  ok: 'Up to date',
  fetching: 'Fetching…',
  error: 'Failed',
  'needs-permission': 'Needs permission',
  paused: 'Paused',
};

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** "https://host/*" for the address, or null when it is not an http(s) address. */
function originOf(url: string): string | null {
  try {
    const u = new URL(url.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? `${u.protocol}//${u.hostname}/*` : null;
  } catch {
    return null;
  }
}

/** Asks for host permissions; must be called synchronously from a click handler. */
function askFor(origins: string[]): Promise<boolean> {
  if (!origins.length) return Promise.resolve(true);
  return browser.permissions.request({ origins }).catch(() => false);
}

export function mountSourcesSection(): void {
  const el = {
    form: $<HTMLFormElement>('source-form'),
    url: $<HTMLInputElement>('source-url'),
    add: $<HTMLButtonElement>('source-add'),
    refresh: $<HTMLButtonElement>('sources-refresh'),
    list: $<HTMLUListElement>('sources-list'),
    empty: $('sources-empty'),
    status: $('sources-status'),
    suggestions: $<HTMLUListElement>('source-suggestions'),
    opmlPick: $<HTMLButtonElement>('opml-pick'),
    opmlFile: $<HTMLInputElement>('opml-file'),
    opmlExport: $<HTMLButtonElement>('opml-export'),
    opmlConfirm: $('opml-confirm'),
    opmlConfirmText: $('opml-confirm-text'),
    opmlFollow: $<HTMLButtonElement>('opml-follow'),
    opmlCancel: $<HTMLButtonElement>('opml-cancel'),
    interval: $<HTMLSelectElement>('sources-interval'),
    retention: $<HTMLSelectElement>('sources-retention'),
  };
  let sources: FollowedSource[] = [];
  let opmlUrls: string[] = [];
  let refreshing = false;

  const status = (kind: 'progress' | 'success' | 'failure' | 'info', ...lines: string[]) => {
    el.status.className = `status ${kind}`;
    el.status.replaceChildren(...lines.map((l, i) => h('p', { class: i === 0 && kind !== 'progress' ? 'headline' : 'detail' }, l)));
  };

  function sourceRow(s: FollowedSource): HTMLElement {
    const meta = [`${s.itemCount.toLocaleString()} article${s.itemCount === 1 ? '' : 's'}`, s.lastSuccess ? `fetched ${formatDate(s.lastSuccess)} ${new Date(s.lastSuccess).toLocaleTimeString()}` : 'not fetched yet', s.url].join(' · ');
    const buttons = h('div', { class: 'buttons' });
    if (s.state === 'needs-permission') {
      const origins = [originOf(s.url)!, ...(s.missingOrigins ?? [])].filter(Boolean);
      const hosts = [...new Set(origins.map((o) => o.replace(/^https?:\/\//, '').replace(/\/\*$/, '')))];
      const grant = h('button', { type: 'button', class: 'button small primary', 'data-testid': 'source-grant' }, `Allow ${hosts.join(', ')}`);
      grant.addEventListener('click', () => {
        const asked = askFor(origins);
        void asked.then(async (ok) => {
          if (!ok) return status('failure', 'Permission not given.', 'Parallax cannot read this source until you allow it.');
          await sendToBackground('sourcePermissionsChanged', null);
          await render();
        });
      });
      buttons.append(grant);
    }
    const pause = h('button', { type: 'button', class: 'button small', 'data-testid': 'source-pause' }, s.paused ? 'Resume' : 'Pause');
    pause.addEventListener('click', () => void act(() => sendToBackground('setSourcePaused', { id: s.id, paused: !s.paused })));
    const remove = h('button', { type: 'button', class: 'button small danger', 'data-testid': 'source-remove', 'aria-label': `Stop following ${s.title}` }, 'Remove');
    remove.addEventListener('click', () => void act(() => sendToBackground('removeSource', { id: s.id })));
    buttons.append(pause, remove);
    return h(
      'li',
      { class: 'article source', 'data-testid': 'source', 'data-state': s.state, 'data-source-id': s.id },
      h('div', { class: 'body' }, h('span', {}, h('strong', {}, s.title), ' ', h('span', { class: 'state', 'data-testid': 'source-state' }, STATE_LABEL[s.state])), h('span', { class: 'meta' }, meta), s.error ? h('span', { class: 'error', 'data-testid': 'source-error' }, s.error) : null),
      buttons,
    );
  }

  async function render(): Promise<void> {
    const { sources: list, settings } = await sendToBackground('listSources', null);
    sources = list;
    el.list.replaceChildren(...sources.map(sourceRow));
    el.empty.hidden = sources.length > 0;
    el.refresh.disabled = refreshing || sources.length === 0;
    el.interval.value = String(settings.intervalMinutes);
    el.retention.value = String(settings.retentionDays);
  }

  async function act(fn: () => Promise<unknown>): Promise<void> {
    try {
      await fn();
    } catch (e) {
      status('failure', (e as Error).message);
    }
    await render().catch(() => undefined);
  }

  /** Follows each URL in turn (permission already asked); reports what failed. */
  async function follow(urls: string[], granted: boolean): Promise<number> {
    if (!granted) {
      status('failure', 'Permission not given.', 'Parallax can follow a source only once you allow it to read that site.');
      return 0;
    }
    const failed: string[] = [];
    let added = 0;
    status('progress', `Checking ${urls.length === 1 ? 'the feed' : `${urls.length} feeds`}…`);
    for (const url of urls) {
      try {
        await sendToBackground('addSource', { url });
        added++;
      } catch (e) {
        failed.push(`${url}: ${(e as Error).message}`);
      }
      await render().catch(() => undefined);
    }
    if (failed.length) status(added ? 'info' : 'failure', added ? `Following ${added}; ${failed.length} could not be followed:` : 'Could not follow this source:', ...failed);
    else status('success', `Following ${added === 1 ? 'it' : `${added} sources`}. Use “Refresh now” to fetch now, or wait for the next scheduled fetch.`);
    return added;
  }

  el.form.addEventListener('submit', (e) => {
    e.preventDefault();
    const url = el.url.value.trim();
    const origin = originOf(url);
    if (!origin) return status('failure', 'Give an http or https address of a feed or a news site.');
    const asked = askFor([origin]); // before any await: the browser shows its prompt only here
    // The address stays in the field when it could not be followed, so it can be corrected.
    void asked.then((ok) => follow([url], ok)).then((added) => {
      if (added) el.url.value = '';
    });
  });

  for (const f of WELL_KNOWN_FEEDS) {
    const add = h('button', { type: 'button', class: 'button small' }, 'Follow');
    add.addEventListener('click', () => {
      const asked = askFor(f.origins);
      void asked.then((ok) => follow([f.url], ok));
    });
    el.suggestions.append(h('li', { class: 'article' }, h('div', { class: 'body' }, h('strong', {}, f.name), h('span', { class: 'meta' }, f.url)), add));
  }

  el.refresh.addEventListener('click', () => {
    refreshing = true;
    el.refresh.disabled = true;
    status('progress', 'Fetching your sources and their new articles…');
    const poll = setInterval(() => void render().catch(() => undefined), 500);
    void sendToBackground('refreshSources', null)
      .then(() => status('success', 'Sources refreshed.'))
      .catch((e: unknown) => status('failure', `The refresh stopped: ${(e as Error).message}`))
      .finally(() => {
        clearInterval(poll);
        refreshing = false;
        void render().catch(() => undefined);
      });
  });

  el.opmlPick.addEventListener('click', () => el.opmlFile.click());
  el.opmlFile.addEventListener('change', () => {
    const file = el.opmlFile.files?.[0];
    el.opmlFile.value = '';
    if (!file) return;
    void file.text().then((text) => {
      const parsed = parseOpmlFeeds(text);
      if (!parsed.ok) return status('failure', `${file.name}: ${parsed.message}.`);
      opmlUrls = parsed.feeds.map((f) => f.url);
      el.opmlConfirmText.textContent = `${file.name} lists ${opmlUrls.length} feed${opmlUrls.length === 1 ? '' : 's'}. Follow them? The browser will ask once for every site they are on.`;
      el.opmlConfirm.hidden = false;
    });
  });
  el.opmlFollow.addEventListener('click', () => {
    el.opmlConfirm.hidden = true;
    const urls = opmlUrls;
    const origins = [...new Set(urls.map(originOf).filter((o): o is string => !!o))];
    const asked = askFor(origins); // every origin of the file in one prompt
    void asked.then((ok) => follow(urls, ok));
  });
  el.opmlCancel.addEventListener('click', () => (el.opmlConfirm.hidden = true));
  el.opmlExport.addEventListener('click', () => {
    void sendToBackground('exportSourcesOpml', null).then((xml) => {
      const a = h('a', { href: URL.createObjectURL(new Blob([xml], { type: 'text/x-opml' })), download: 'parallax-sources.opml' });
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    });
  });
  const saveSettings = () => void act(() => sendToBackground('setSourceSettings', { intervalMinutes: Number(el.interval.value), retentionDays: Number(el.retention.value) }));
  el.interval.addEventListener('change', saveSettings);
  el.retention.addEventListener('change', saveSettings);

  void render().catch((e: unknown) => status('failure', `Your sources could not be listed: ${(e as Error).message}`));
}
