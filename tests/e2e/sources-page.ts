// The settings page's sources section as a reader drives it in Chromium (playwright): follow a feed by
// its address, then refresh every source. Shared by the sources test and the screenshots script.
import type { Page } from 'playwright-core';

/** Types the address and follows it; resolves once a source is added or the page shows the failure. */
export async function followSource(options: Page, url: string): Promise<void> {
  const before = await options.locator('[data-testid="source"]').count();
  await options.fill('[data-testid="source-url"]', url);
  await options.click('[data-testid="source-add"]');
  await options.waitForFunction((n) => document.querySelectorAll('[data-testid="source"]').length > n || document.querySelector('#sources-status.failure'), before, { timeout: 20_000 });
}

/** Clicks "Refresh now"; resolves once `count` sources are listed, all up to date, and the button is back. */
export async function refreshSources(options: Page, count: number): Promise<void> {
  await options.click('[data-testid="sources-refresh"]');
  await options.waitForFunction(
    (n) => {
      const s = [...document.querySelectorAll('[data-testid="source"]')];
      return s.length === n && s.every((e) => e.getAttribute('data-state') === 'ok') && !document.querySelector('#sources-refresh')?.hasAttribute('disabled');
    },
    count,
    { timeout: 60_000 },
  );
}
