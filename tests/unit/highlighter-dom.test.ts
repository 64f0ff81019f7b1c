// @vitest-environment jsdom
// The DOM side of highlighting, without layout: the text index, anchoring, and the <mark> fallback
// (jsdom has no CSS Custom Highlight API), which must give the page back exactly as it was.
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { FigureGroup, FigureMention } from '../../src/core/types.ts';
import { anchorFigures, figureTargets } from '../../src/content/anchor-figures.ts';
import { buildTextIndex } from '../../src/content/build-text-index.ts';
import { createHighlighter } from '../../src/content/create-highlighter.ts';
import { POLL_MS, watchNavigation } from '../../src/content/watch-navigation.ts';

const P1 = 'Chinese leader Xi Jinping welcomed Russian President Vladimir Putin to Beijing on Thursday.';
const S2 = 'Putin highlighted that trade volume between the two countries reached $227.8 billion last year, up from $111 billion in 2019.';
const S3 = 'Another report gives $240.1bn for the same year.';

/** The article text as extraction would give it, and a mention of `figure` inside `sentence`. */
function mention(text: string, sentence: string, figure: string, reportId: string | null = null): FigureMention {
  const s = text.indexOf(sentence);
  const start = s + sentence.indexOf(figure);
  return { reportId, text: figure, value: 0, unit: 'USD', start, end: start + figure.length, sentence: [s, s + sentence.length], quote: sentence };
}

function setPage(html: string): void {
  // Test-only page setup through a parser that is not innerHTML (the lint rule is for product code).
  const parsed = new DOMParser().parseFromString(`<!doctype html><html><head></head><body>${html}</body></html>`, 'text/html');
  document.body.replaceChildren(...Array.from(parsed.body.childNodes).map((n) => document.importNode(n, true)));
}

const serialize = () => new XMLSerializer().serializeToString(document.documentElement);

/** The shadow roots attached while `f` runs: the test's way into the host's closed shadow root. */
function capturingShadows<T>(f: () => T): { result: T; shadows: ShadowRoot[] } {
  const shadows: ShadowRoot[] = [];
  const attach = Element.prototype.attachShadow;
  const spy = vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    shadows.push(root);
    return root;
  });
  try {
    return { result: f(), shadows };
  } finally {
    spy.mockRestore();
  }
}

afterEach(() => document.body.replaceChildren());

describe('buildTextIndex', () => {
  test('collapses whitespace across nodes and maps offsets back to ranges', () => {
    setPage('<header>Home  World</header><main><p>Trade   reached <b>$227.8</b>\n billion last year.</p><p>Next</p></main><script>var x = "$227.8";</script>');
    const index = buildTextIndex(document.body);
    expect(index.text).toBe('Home World Trade reached $227.8 billion last year. Next ');
    const i = index.text.indexOf('$227.8 billion');
    const r = index.range(i, i + '$227.8 billion'.length)!;
    expect(r.toString()).toBe('$227.8\n billion');
    expect(r.startContainer.textContent).toBe('$227.8');
  });

  test('neighbouring blocks do not run together', () => {
    setPage('<p>in 2019</p><p>2020 was</p>');
    expect(buildTextIndex(document.body).text).toContain('2019 2020');
  });
});

describe('buildTextIndex on hostile and real pages', () => {
  /** The recursive walk the index used to make, as a reference for the iterative one. */
  function referenceText(root: Node): string {
    const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'IFRAME', 'OBJECT', 'CANVAS', 'SVG', 'MATH']);
    const BLOCK = /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|BR|DD|DIV|DL|DT|FIELDSET|FIGCAPTION|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|TABLE|TD|TH|TR|UL)$/;
    let out = '';
    const space = () => {
      if (out && !out.endsWith(' ')) out += ' ';
    };
    const walk = (n: Node) => {
      for (let c = n.firstChild; c; c = c.nextSibling) {
        if (c.nodeType === 3) {
          let t = (c as Text).data.replace(/\s+/g, ' ');
          if ((!out || out.endsWith(' ')) && t.startsWith(' ')) t = t.slice(1);
          out += t;
        } else if (c.nodeType === 1) {
          const tag = (c as Element).tagName.toUpperCase();
          if (SKIP.has(tag)) continue;
          if (BLOCK.test(tag)) space();
          walk(c);
          if (BLOCK.test(tag)) space();
        }
      }
    };
    walk(root);
    return out;
  }

  test('the same text as the recursive walk on a real news page', async () => {
    const { readFileSync } = await import('node:fs');
    const html = readFileSync(`${import.meta.dirname}/../fixtures/pages/readability-news/bbc-1/source.html`, 'utf8');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const text = buildTextIndex(doc.body).text;
    expect(text.length).toBeGreaterThan(5000);
    expect(text).toBe(referenceText(doc.body));
  });

  test('a page nested 20,000 elements deep: no stack overflow, its text indexed', () => {
    // A bare node tree (only what the walk reads): jsdom itself recurses on trees this deep.
    interface FakeNode { nodeType: number; tagName?: string; data?: string; firstChild: FakeNode | null; nextSibling: FakeNode | null; parentNode: FakeNode | null }
    const node = (nodeType: number, tagOrData: string, parent: FakeNode | null): FakeNode => {
      const n: FakeNode = { nodeType, firstChild: null, nextSibling: null, parentNode: parent, ...(nodeType === 1 ? { tagName: tagOrData } : { data: tagOrData }) };
      if (parent) {
        let last = parent.firstChild;
        while (last?.nextSibling) last = last.nextSibling;
        if (last) last.nextSibling = n;
        else parent.firstChild = n;
      }
      return n;
    };
    const html = node(1, 'HTML', null);
    const body = node(1, 'BODY', html);
    node(3, 'Not in the body.', html); // after the root: the walk stops at its root
    let el = body;
    for (let i = 0; i < 20_000; i++) el = node(1, i % 2 ? 'DIV' : 'SPAN', el);
    node(3, 'Trade reached $227.8 billion.', el);
    node(3, 'After the tower.', node(1, 'P', body));
    Object.assign(body, { ownerDocument: document });
    const index = buildTextIndex(body as unknown as Node);
    expect(index.text).toBe('Trade reached $227.8 billion. After the tower. ');
    expect(index.nodes).toBe(2);
  });
});

describe('anchorFigures', () => {
  test('finds each figure in its sentence and never on another number', () => {
    const text = [P1, `${S2} ${S3}`].join('\n\n');
    setPage(`<p>${P1}</p><p>${S2} Another report gives $227.8bn for the same year.</p>`);
    const groups: FigureGroup[] = [
      { measure: 'bilateral trade, 2023', status: 'diverging', mentions: [mention(text, S2, '$227.8 billion'), mention(text, S3, '$240.1bn')] },
    ];
    const anchored = anchorFigures(buildTextIndex(document.body), figureTargets(groups));
    expect(anchored.map((a) => a.figure.toString())).toEqual(['$227.8 billion']);
    expect(anchored[0]!.sentence?.toString()).toBe(S2);
  });
});

describe('createHighlighter with <mark> fallback', () => {
  const text = [P1, S2].join('\n\n');
  const groups: FigureGroup[] = [
    { measure: 'bilateral trade, 2023', status: 'diverging', gapPercent: 5.4, mentions: [mention(text, S2, '$227.8 billion'), { reportId: '000_x', text: '$240.1bn', value: 240.1e9, unit: 'USD', start: 10, end: 18 }] },
    { measure: 'bilateral trade, 2019', status: 'corroborated', mentions: [mention(text, S2, '$111 billion'), { reportId: '003_y', text: '$111bn', value: 111e9, unit: 'USD', start: 5, end: 11 }] },
    { measure: 'something else', status: 'single', mentions: [mention(text, P1, 'Thursday')] },
  ];
  const reports = { '000_x': { title: 'Putin in Beijing', source: 'The Guardian' } };

  test('wraps diverging and corroborated figures, and off restores the DOM exactly', () => {
    setPage(`<header><nav>Home</nav></header><article><h1>Xi greets Putin</h1><p>${P1}</p><p>Putin highlighted that <a href="#">trade volume</a> between the two countries reached $227.8 billion last year, up from $111 billion in 2019.</p></article>`);
    const before = serialize();
    const textBefore = document.body.textContent;
    const nodesBefore = Array.from(document.body.querySelectorAll('p')).map((p) => Array.from(p.childNodes));
    const hl = createHighlighter(document, { forceMarks: true });
    const { result: marked, shadows } = capturingShadows(() => hl.apply({ on: true, groups, reports }));
    expect(marked).toBe(2);
    const marks = Array.from(document.querySelectorAll('mark[data-parallax]'));
    expect(marks.map((m) => [m.getAttribute('data-parallax'), m.textContent])).toEqual([
      ['diverging', '$227.8 billion'],
      ['corroborated', '$111 billion'],
    ]);
    expect(document.body.textContent).toBe(textBefore);
    const host = document.documentElement.querySelector(':scope > parallax-host');
    expect(host).not.toBeNull();
    expect(document.body.contains(host)).toBe(false);
    // The focusable anchors, whose labels name other reports and their values, are in the closed
    // shadow root: the page sees an empty host, and none of what other reports say.
    expect(host!.childNodes.length).toBe(0);
    expect(host!.shadowRoot).toBeNull();
    expect(serialize()).not.toContain('$240.1bn');
    expect(serialize()).not.toContain('The Guardian');
    expect(document.querySelectorAll('[data-parallax-anchor]').length).toBe(0);
    expect(shadows).toHaveLength(1);
    const anchors = Array.from(shadows[0]!.querySelectorAll('button[data-parallax-anchor]'));
    expect(anchors.map((a) => a.getAttribute('data-parallax-anchor'))).toEqual(['diverging', 'corroborated']);
    expect(anchors[0]!.getAttribute('aria-label')).toContain('$240.1bn (The Guardian)');
    expect(anchors.every((a) => a.getAttribute('aria-expanded') === 'false')).toBe(true);

    expect(hl.apply({ on: false, groups: [], reports: {} })).toBe(0);
    expect(serialize()).toBe(before);
    // The very same text nodes are back (handles kept), not look-alikes.
    expect(Array.from(document.body.querySelectorAll('p')).map((p) => Array.from(p.childNodes))).toEqual(nodesBefore);
    nodesBefore.flat().forEach((n, i) => expect(n).toBe(nodesBefore.flat()[i]));
    expect(document.querySelector('parallax-host')).toBeNull();
  });

  test('a figure split over two elements is wrapped piece by piece and restored', () => {
    setPage(`<p>${P1}</p><p>Putin highlighted that trade volume between the two countries reached <b>$227.8</b> billion last year, up from $111 billion in 2019.</p>`);
    const before = serialize();
    const hl = createHighlighter(document, { forceMarks: true });
    expect(hl.apply({ on: true, groups, reports })).toBe(2);
    expect(document.querySelectorAll('mark[data-parallax="diverging"]').length).toBe(2);
    hl.destroy();
    expect(serialize()).toBe(before);
  });

  test('paragraphs that arrive later are anchored', async () => {
    setPage(`<p>${P1}</p>`);
    const hl = createHighlighter(document, { forceMarks: true, debounceMs: 10 });
    expect(hl.apply({ on: true, groups, reports })).toBe(0);
    expect(hl.active).toBe(true);
    const p = document.createElement('p');
    p.textContent = S2;
    document.body.append(p);
    await vi.waitFor(() => expect(hl.marked).toBe(2), { timeout: 2000, interval: 5 });
    expect(document.querySelectorAll('mark[data-parallax]').length).toBe(2);
    hl.destroy();
    expect(p.childNodes.length).toBe(1);
    expect(p.textContent).toBe(S2);
  });

  test('a highlighting run that throws takes back everything it added: no stray host, marks or sheet', () => {
    setPage(`<p>${P1}</p><p>${S2}</p>`);
    const before = serialize();
    const hl = createHighlighter(document, { forceMarks: true });
    const spy = vi.spyOn(document, 'createRange').mockImplementation(() => {
      throw new Error('a page that breaks ranges');
    });
    try {
      expect(() => hl.apply({ on: true, groups, reports })).toThrow('a page that breaks ranges');
    } finally {
      spy.mockRestore();
    }
    expect(document.querySelectorAll('parallax-host').length).toBe(0);
    expect(serialize()).toBe(before);
    expect(hl.apply({ on: true, groups, reports })).toBe(2); // and the next run works
    hl.destroy();
    expect(serialize()).toBe(before);
  });

  test('nothing to mark: no host, nothing changes', () => {
    setPage(`<p>${P1}</p>`);
    const before = serialize();
    const hl = createHighlighter(document, { forceMarks: true });
    expect(hl.apply({ on: true, groups: [groups[2]!], reports })).toBe(0);
    expect(serialize()).toBe(before);
    expect(hl.active).toBe(false);
  });
});

describe('watchNavigation', () => {
  /** A window with a settable location, timers the test runs by hand, and no Navigation API unless given one. */
  function fakeWindow(href: string, navigation?: EventTarget) {
    const intervals = new Map<number, () => void>();
    const listeners = new Map<string, () => void>();
    let id = 0;
    const win = {
      location: { href },
      navigation,
      addEventListener: (type: string, f: () => void) => listeners.set(type, f),
      setInterval: (f: () => void, ms: number) => {
        expect(ms).toBe(POLL_MS);
        intervals.set(++id, f);
        return id;
      },
      clearInterval: (i: number) => intervals.delete(i),
      setTimeout: (f: () => void) => {
        f();
        return 0;
      },
    };
    return { win, intervals, listeners, tick: () => [...intervals.values()].forEach((f) => f()) };
  }

  test('without the Navigation API it polls only while asked to, and a move made unwatched is not reported late', () => {
    const { win, intervals, tick } = fakeWindow('https://news.example/a');
    const seen: string[] = [];
    const controller = new AbortController();
    const watch = watchNavigation(win as unknown as Window, (u) => seen.push(u), controller.signal);
    expect(watch.eventDriven).toBe(false);
    expect(intervals.size).toBe(0);
    watch.setPolling(true);
    watch.setPolling(true);
    expect(intervals.size).toBe(1);
    win.location.href = 'https://news.example/a#part-2';
    tick();
    expect(seen).toEqual([]);
    win.location.href = 'https://news.example/b';
    tick();
    expect(seen).toEqual(['https://news.example/b']);
    watch.setPolling(false);
    expect(intervals.size).toBe(0);
    win.location.href = 'https://news.example/c';
    watch.setPolling(true);
    tick();
    expect(seen).toEqual(['https://news.example/b']);
    controller.abort();
    expect(intervals.size).toBe(0);
    expect(watch.polling).toBe(false);
  });

  test('with the Navigation API it never polls and hears pushState through currententrychange', () => {
    const navigation = new EventTarget();
    const { win, intervals } = fakeWindow('https://news.example/a', navigation);
    const seen: string[] = [];
    const watch = watchNavigation(win as unknown as Window, (u) => seen.push(u), new AbortController().signal);
    expect(watch.eventDriven).toBe(true);
    watch.setPolling(true);
    expect(intervals.size).toBe(0);
    win.location.href = 'https://news.example/b';
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(seen).toEqual(['https://news.example/b']);
  });
});
