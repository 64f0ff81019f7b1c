// What the background keeps (shownResult) and sends to the page (buildHighlightRequest), checked on
// the real pipeline: every seed opened against the other four, and the request it builds passes the
// content script's validator with every group kept.
import { join, resolve } from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { buildHighlightRequest, labelledReport, shownResult } from '../../src/background/build-highlight-request.ts';
import { readArticleFolder } from '../../src/cli/read-article-files.ts';
import { readInputArticle } from '../../src/cli/read-input-article.ts';
import { analyze } from '../../src/core/analyze.ts';
import { buildCorpus } from '../../src/core/corpus/corpus-file.ts';
import type { AnalysisResult, FigureGroup, FigureMention } from '../../src/core/types.ts';
import { checkFigureGroup, contentValidators, MAX_QUOTE_CHARS, MAX_TITLE_CHARS } from '../../src/shared/message-validators.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SEEDS = join(ROOT, 'seeds');
const corpus = buildCorpus(readArticleFolder(SEEDS, { strict: true }).articles);
const ids = corpus.articles.map((a) => a.id);

function analyseSeed(id: string, published?: string): AnalysisResult {
  const input = readInputArticle(join(SEEDS, `${id}.txt`));
  if (published) input.published = published;
  return analyze(input, [corpus]);
}

describe.each(ids)('seed %s', (id) => {
  describe.each([undefined, '2024-05-16'])('published %s', (published) => {
    const result = analyseSeed(id, published);
    const shown = shownResult(result);
    const request = buildHighlightRequest(shown, true);

    it('keeps every group but the single ones, in order', () => {
      expect(shown.figures).toEqual(result.figures.filter((g) => g.status !== 'single'));
      expect(shown.related.map((r) => r.id)).toEqual(result.related.map((r) => r.id));
      expect(shown.article).toEqual(result.article);
    });

    it('names every report by its outlet or as a demo article, never by its id', () => {
      for (const r of shown.related) {
        expect(r.source).toMatch(/^(Latest Global News|Demo article [1-5])$/);
        expect(r.source).toBe(corpus.articles.find((a) => a.id === r.id)!.source);
      }
    });

    it('sends the diverging and corroborated groups only', () => {
      expect(request.on).toBe(true);
      expect(request.groups).toEqual(result.figures.filter((g) => g.status === 'diverging' || g.status === 'corroborated'));
      expect(request.groups.length).toBeGreaterThan(0);
    });

    it('names every other report its groups quote, and no other', () => {
      const quoted = new Set(request.groups.flatMap((g) => g.mentions.map((m) => m.reportId)).filter((x) => x !== null));
      expect(Object.keys(request.reports).sort()).toEqual([...quoted].sort());
      for (const [rid, r] of Object.entries(request.reports)) {
        const a = corpus.articles.find((x) => x.id === rid)!;
        expect(r).toEqual({ title: a.title, ...(a.source ? { source: a.source } : {}) });
      }
    });

    it('passes the content validator with every group and report kept', () => {
      const checked = contentValidators.highlight(structuredClone(request));
      expect(checked.groups.length).toBe(request.groups.length);
      expect(checked).toEqual(request);
    });
  });
});

describe('buildHighlightRequest', () => {
  const mine: FigureMention = { reportId: null, text: '$1bn', value: 1e9, unit: 'USD', start: 0, end: 4, sentence: [0, 10], quote: '$1bn spent' };
  const theirs: FigureMention = { reportId: 'r1', text: '$2bn', value: 2e9, unit: 'USD', start: 3, end: 7 };
  const group = (status: FigureGroup['status'], mentions: FigureMention[] = [mine, theirs]): FigureGroup => ({ measure: status, status, mentions });
  const result: AnalysisResult = {
    article: { title: 'A', inCorpus: null },
    related: [
      { id: 'r1', title: 'T'.repeat(MAX_TITLE_CHARS + 50), source: 'Wire', score: 0.9, sharedTerms: [] },
      { id: 'r2', title: 'Only omitted', score: 0.5, sharedTerms: [] },
    ],
    alsoOnTopic: [],
    figures: [group('diverging'), group('corroborated'), group('omitted', [{ ...theirs, reportId: 'r2' }]), group('single', [mine])],
  };

  test('off, or no result, asks the page to clear and sends nothing else', () => {
    expect(buildHighlightRequest(result, false)).toEqual({ on: false, groups: [], reports: {} });
    expect(buildHighlightRequest(undefined, true)).toEqual({ on: false, groups: [], reports: {} });
  });

  test('omitted and single groups, and reports only they quote, are not sent', () => {
    const req = buildHighlightRequest(result, true);
    expect(req.groups.map((g) => g.status)).toEqual(['diverging', 'corroborated']);
    expect(Object.keys(req.reports)).toEqual(['r1']);
  });

  test('a title over the limit is shortened so the page still gets the report', () => {
    const req = buildHighlightRequest(result, true);
    expect(req.reports.r1!.title.length).toBe(MAX_TITLE_CHARS);
    expect(req.reports.r1!.title.endsWith('…')).toBe(true);
    expect(req.reports.r1!.source).toBe('Wire');
    expect(contentValidators.highlight(req).reports).toEqual(req.reports);
  });

  test('a quote too long to send is left out and the group is kept', () => {
    const long = { ...mine, quote: 'q'.repeat(MAX_QUOTE_CHARS + 1), sentence: [0, MAX_QUOTE_CHARS + 1] as [number, number] };
    const req = buildHighlightRequest({ ...result, figures: [group('diverging', [long, theirs])] }, true);
    expect(req.groups[0]!.mentions[0]!.quote).toBeUndefined();
    expect(req.groups[0]!.mentions[0]!.text).toBe('$1bn');
    expect(contentValidators.highlight(req).groups).toHaveLength(1);
  });

  test('shownResult leaves the core result as it was', () => {
    const before = structuredClone(result);
    const shown = shownResult(result);
    expect(shown.figures.map((g) => g.status)).toEqual(['diverging', 'corroborated', 'omitted']);
    expect(result).toEqual(before);
  });

  test('updated groups are shown; a report without an outlet is "Untitled outlet", not its id', () => {
    const shown = shownResult({ ...result, figures: [group('updated')] });
    expect(shown.figures.map((g) => g.status)).toEqual(['updated']);
    expect(shown.related.map((r) => r.source)).toEqual(['Wire', 'Untitled outlet']);
    const req = buildHighlightRequest({ ...shown, figures: [group('diverging', [mine, { ...theirs, reportId: 'r2' }])] }, true);
    expect(req.reports.r2).toEqual({ title: 'Only omitted', source: 'Untitled outlet' });
  });

  test('implausible dates are dropped from reports and mentions, bidi controls from titles', () => {
    const now = Date.parse('2026-12-02T00:00:00Z');
    const r = { id: 'user-152yftrgrqn', title: '\u202E1.042$\u202C trade', url: 'https://www.nytimes.com/a', published: '0001-01-01', score: 0.5, sharedTerms: [] };
    expect(labelledReport(r, now)).toEqual({ id: 'user-152yftrgrqn', title: '1.042$ trade', source: 'nytimes.com', url: 'https://www.nytimes.com/a', score: 0.5, sharedTerms: [] });
    expect(labelledReport({ ...r, published: '2024-05-16' }, now).published).toBe('2024-05-16');
    const dated = group('updated', [{ ...mine, published: '2024-05-16' }, { ...theirs, published: '2999-01-01' }]);
    const shown = shownResult({ ...result, article: { title: '\u2067x\u2069', inCorpus: null }, alsoOnTopic: [r], figures: [dated] }, now);
    expect(shown.figures[0]!.mentions.map((m) => m.published)).toEqual(['2024-05-16', undefined]);
    expect(shown.article.title).toBe('x');
    expect(shown.alsoOnTopic[0]!.source).toBe('nytimes.com');
  });
});

describe('checkFigureGroup: a headline mention keeps saying so; anything but true is refused', () => {
  const group = (inTitle: unknown) => ({ measure: 'death toll', status: 'diverging', mentions: [{ reportId: 'r1', text: '87', value: 87, unit: 'person', start: 17, end: 19, inTitle }] });
  it.each<[string, unknown, boolean | 'throws']>([
    ['true', true, true],
    ['absent', undefined, false],
    ['false', false, 'throws'],
    ['a string', 'yes', 'throws'],
  ])('inTitle %s', (_name, inTitle, expected) => {
    if (expected === 'throws') expect(() => checkFigureGroup(group(inTitle))).toThrow(/inTitle/);
    else expect(checkFigureGroup(group(inTitle)).mentions[0]!.inTitle === true).toBe(expected);
  });
});
