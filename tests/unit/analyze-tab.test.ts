// analyzeTab with the browser and the corpora mocked: concurrent requests for one tab share one
// extraction and analysis, an unchanged article is not analysed again, a cached result is answered.
import { beforeEach, describe, expect, test, vi } from 'vitest';

const calls = { extract: 0, analyze: 0, paint: 0 };
let text = 'The council voted 31 to 12 on Tuesday to build cycle lanes along the ring road.';
let cache: unknown;
let paintGate: Promise<void> = Promise.resolve();
const URL_A = 'https://news.example/story';

vi.mock('../../src/shared/protocol.ts', () => ({
  browser: { tabs: { get: async (tabId: number) => ({ id: tabId, url: URL_A }) } },
  sendToTab: async (_tabId: number, type: string) => {
    if (type !== 'extract') return null;
    calls.extract++;
    await new Promise((r) => setTimeout(r, 20));
    return { ok: true, article: { title: 'Cycle lanes', text, paragraphs: [text], method: 'readability' } };
  },
}));
vi.mock('../../src/background/tab-content-script.ts', () => ({
  injectContentScript: async () => true,
  paintHighlights: async () => {
    await paintGate;
    calls.paint++;
  },
  currentUrl: async () => URL_A,
}));
vi.mock('../../src/background/tab-cache.ts', () => ({
  readTabCache: async () => cache,
  writeTabCache: async (_tabId: number, v: unknown) => void (cache = v),
}));
vi.mock('../../src/background/set-badge.ts', () => ({ setBadge: async () => undefined }));
const corpus = { articles: [], index: {} };
vi.mock('../../src/background/corpora.ts', () => ({
  corpora: async () => [corpus],
  analyzeWithCorpora: async () => {
    calls.analyze++;
    return { article: { title: 'Cycle lanes', inCorpus: null }, related: [{ id: 'x', title: 'Other', score: 0.9, sharedTerms: [] }], alsoOnTopic: [], figures: [] };
  },
}));

const { analyzeTab, forgetTab, tabSettled } = await import('../../src/background/analyze-tab.ts');

beforeEach(() => {
  calls.extract = calls.analyze = calls.paint = 0;
  cache = undefined;
  paintGate = Promise.resolve();
  forgetTab(1);
});

describe('analyzeTab', () => {
  test('concurrent requests for one tab share one extraction and one analysis', async () => {
    const [a, b, c] = await Promise.all([analyzeTab(1), analyzeTab(1), analyzeTab(1)]);
    expect(calls).toMatchObject({ extract: 1, analyze: 1 });
    expect(b).toBe(a);
    expect(c).toBe(a);
    expect(a.state).toBe('ready');
  });

  test('a cached result for the address is answered without reading the page', async () => {
    const first = await analyzeTab(1);
    const again = await analyzeTab(1);
    expect(again).toBe(first);
    expect(calls).toMatchObject({ extract: 1, analyze: 1 });
  });

  test('the same text again (cache dropped) is not analysed again; a changed text is', async () => {
    await analyzeTab(1);
    cache = undefined;
    await analyzeTab(1);
    expect(calls).toMatchObject({ extract: 2, analyze: 1 });
    cache = undefined;
    text += ' Work starts in spring.';
    await analyzeTab(1);
    expect(calls).toMatchObject({ extract: 3, analyze: 2 });
  });

  test('the answer goes out before the page is painted; tabSettled waits for the painting', async () => {
    let release!: () => void;
    paintGate = new Promise<void>((r) => (release = r));
    expect((await analyzeTab(1)).state).toBe('ready');
    let settled = false;
    void tabSettled(1).then(() => (settled = true));
    await new Promise((r) => setTimeout(r, 10));
    expect([settled, calls.paint]).toEqual([false, 0]);
    release();
    await tabSettled(1);
    expect(calls.paint).toBe(1);
  });
});
