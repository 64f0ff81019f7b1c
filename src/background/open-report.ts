// Open a report in Parallax's reader, at a sentence when one is given.
import { browser } from '../shared/protocol.ts';

export async function openReport(id: string, start?: number, end?: number): Promise<null> {
  const params = new URLSearchParams({ id });
  if (start !== undefined && end !== undefined) {
    params.set('start', String(start));
    params.set('end', String(end));
  }
  await browser.tabs.create({ url: browser.runtime.getURL(`src/reader/index.html?${params}`) });
  return null;
}
