// In real Chromium with the test build: time from opening the popup to `ready`, warm (service
// worker running, corpus loaded) and cold (service worker stopped first, so it must start, load
// the bundled corpus and analyse). Median over the seed pages. Needs `npm run build:test`.
import { launchWithExtension } from '../tests/e2e/chromium.ts';
import { seedIds, startFixtureServer } from '../tests/e2e/fixture-server.ts';
import { quantile } from './quantile.ts';

const median = (xs: number[]) => quantile(xs, 0.5);
const server = await startFixtureServer();
const browser = await launchWithExtension();
try {
  const warm: number[] = [];
  const cold: number[] = [];
  const warmAnswer: number[] = [];
  const coldAnswer: number[] = [];
  const answerMs = (p: import('playwright-core').Page) =>
    p.evaluate(() => performance.getEntriesByName('parallax:analyze')[0]?.duration ?? Number.NaN);
  const cdpPage = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(cdpPage);
  await cdp.send('ServiceWorker.enable');
  for (let round = 0; round < 3; round++) {
    for (const id of seedIds()) {
      // Cold: stop the worker, then open the popup (which wakes it).
      const a = await browser.openTab(`${server.origin}/seed/${id}.html`);
      await cdp.send('ServiceWorker.stopAllWorkers');
      await new Promise((r) => setTimeout(r, 200));
      const c = await browser.openPopup(a.tabId);
      if (c.state !== 'ready') throw new Error(`seed ${id}: popup state ${c.state}`);
      cold.push(c.ms);
      coldAnswer.push(await answerMs(c.popup));
      await c.popup.close();
      // Warm: the same tab again, with the result cached per tab dropped by forcing a reload.
      await a.page.reload();
      const w = await browser.openPopup(a.tabId);
      warm.push(w.ms);
      warmAnswer.push(await answerMs(w.popup));
      await w.popup.close();
      await a.page.close();
    }
  }
  console.log('real Chromium, seed pages, n = %d each; medians', warm.length);
  console.log('  %s  %s  %s', ''.padEnd(30), 'popup open -> ready'.padStart(20), 'background answer'.padStart(18));
  console.log('  %s  %s  %s', 'warm (worker running, cached)'.padEnd(30), `${median(warm).toFixed(0)} ms`.padStart(20), `${median(warmAnswer).toFixed(0)} ms`.padStart(18));
  console.log('  %s  %s  %s', 'cold (worker stopped first)'.padEnd(30), `${median(cold).toFixed(0)} ms`.padStart(20), `${median(coldAnswer).toFixed(0)} ms`.padStart(18));
} finally {
  await browser.close();
  await server.close();
}
