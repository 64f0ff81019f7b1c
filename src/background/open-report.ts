// Open a report in Parallax's reader, at a sentence when one is given. Asked by a page's content
// script (a card's button), it is rate-limited per tab: a hostile page that scripts clicks into our
// card, or forges the message, cannot open tabs without bound.
import { browser } from '../shared/protocol.ts';
import { decideRate, OPEN_REPORT_LIMIT } from './rate-limit.ts';

const openedFrom = new Map<number, number[]>();

export interface OpenReportSender {
  tab?: { id?: number };
  url?: string;
}

export async function openReport(id: string, start?: number, end?: number, sender?: OpenReportSender): Promise<null> {
  const tabId = sender?.tab?.id;
  const fromPage = tabId !== undefined && !(sender?.url ?? '').startsWith(browser.runtime.getURL(''));
  if (fromPage) {
    const { decision, allowedAt } = decideRate(openedFrom.get(tabId) ?? [], Date.now(), OPEN_REPORT_LIMIT);
    openedFrom.set(tabId, allowedAt);
    if (decision === 'refuse') throw new Error('Too many reports opened from this page at once; wait a moment and try again.');
  }
  const params = new URLSearchParams({ id });
  if (start !== undefined && end !== undefined) {
    params.set('start', String(start));
    params.set('end', String(end));
  }
  await browser.tabs.create({ url: browser.runtime.getURL(`src/reader/index.html?${params}`) });
  return null;
}
