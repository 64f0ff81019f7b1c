// The expected figure groups on the five seed reports (tests/fixtures/eval/seeds-expected.json), checked
// on the real pipeline: the seeds folder compiled into a corpus, each seed opened in turn (reportId null)
// against the other four, through alignFigures directly and through analyze() (matcher included).
//
// Statuses are read from the open article's point of view (see src/core/figures/align-figures.ts):
//  - the diverging group is diverging whichever seed is open;
//  - a corroborated group is 'corroborated' when the open seed is one of its reports, else 'omitted';
//  - a "single" figure is 'single' when the report that has it is open, else 'omitted' (and alone).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticleFolder } from '../../src/cli/read-article-files.ts';
import { readInputArticle } from '../../src/cli/read-input-article.ts';
import { alignFigures } from '../../src/core/figures/align-figures.ts';
import { analyze } from '../../src/core/analyze.ts';
import { buildCorpus } from '../../src/core/corpus/corpus-file.ts';
import type { FigureGroup, FigureMention } from '../../src/core/types.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SEEDS = join(ROOT, 'seeds');

interface Expected {
  related: { clusters: string[][] };
  diverging: Array<{ measure: string; mentions: Record<string, string> }>;
  corroborated: Array<{ measure: string; mentions: Record<string, string> }>;
  single: Array<{ report: string; mention: string; measure: string }>;
  must_not_diverge: Array<{ mentions: string[]; why: string }>;
  either: Array<{ mention: string; why: string }>;
}

const expected = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/eval/seeds-expected.json'), 'utf8')) as Expected;
const corpus = buildCorpus(readArticleFolder(SEEDS, { strict: true }).articles);
const ids = corpus.articles.map((a) => a.id);
const idOf = (key: string): string => {
  const id = ids.find((x) => x.startsWith(`${key}_`));
  if (!id) throw new Error(`no seed ${key}`);
  return id;
};
const keyOf = (id: string) => id.slice(0, 3);
const KEYS = ids.map(keyOf);

/** A figure named by the expected file: report key and the words quoting it ("004", "$111 billion in 2019"). */
interface Ref {
  report: string;
  phrase: string;
}

/** "004: $219.6 billion (about ...)" or "003, 004: first foreign trip" -> refs. */
function parseRefs(s: string): Ref[] {
  return s.split(' / ').flatMap((part) => {
    const m = /^([\d,\s]+):\s*(.+)$/.exec(part.trim());
    if (!m) throw new Error(`cannot read "${part}"`);
    const phrase = m[2]!.replace(/\s*\(.*$/, '').trim();
    return m[1]!.split(',').map((r) => ({ report: r.trim(), phrase }));
  });
}

/** One analysis of one open seed: its groups plus the texts their offsets refer to. */
interface View {
  open: string;
  groups: FigureGroup[];
  textOf: (reportId: string | null) => string;
}

/** Spans where `phrase` is written in a report. */
function occurrences(text: string, phrase: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) out.push([i, i + phrase.length]);
  return out;
}

function matches(view: View, m: FigureMention, ref: Ref): boolean {
  const reportId = ref.report === view.open ? null : idOf(ref.report);
  if (m.reportId !== reportId) return false;
  return occurrences(view.textOf(reportId), ref.phrase).some(([s, e]) => m.start < e && m.end > s);
}

function findGroups(view: View, ref: Ref): FigureGroup[] {
  return view.groups.filter((g) => g.mentions.some((m) => matches(view, m, ref)));
}

const show = (g: FigureGroup) => `${g.status} "${g.measure}": ${g.mentions.map((m) => `${m.reportId ? keyOf(m.reportId) : 'open'}=${m.text}`).join(', ')}`;

const eitherRefs = expected.either.flatMap((e) => parseRefs(e.mention));

/** Everything seeds-expected.json says, checked on one view; returns the problems found (none = pass). */
function checkView(view: View): string[] {
  const problems: string[] = [];
  const isEither = (m: FigureMention) => eitherRefs.some((r) => matches(view, m, r));

  const checkGroup = (name: string, refs: Ref[], status: FigureGroup['status']) => {
    const groups = refs.map((r) => findGroups(view, r));
    refs.forEach((r, i) => {
      if (groups[i]!.length === 0) problems.push(`${name}: ${r.report} "${r.phrase}" is in no group`);
    });
    const g = groups[0]?.[0];
    if (!g) return;
    if (!groups.every((gs) => gs.length === 1 && gs[0] === g)) {
      problems.push(`${name}: not one group: ${[...new Set(groups.flat())].map(show).join(' || ')}`);
      return;
    }
    if (g.status !== status) problems.push(`${name}: status ${g.status}, expected ${status}: ${show(g)}`);
    for (const m of g.mentions) {
      if (!refs.some((r) => matches(view, m, r)) && !isEither(m)) problems.push(`${name}: unexpected mention ${m.reportId ?? 'open'} "${m.text}" in ${show(g)}`);
    }
  };

  for (const d of expected.diverging) {
    const refs = Object.entries(d.mentions).map(([report, phrase]) => ({ report, phrase }));
    checkGroup(`diverging "${d.measure}"`, refs, 'diverging');
    const g = findGroups(view, refs[0]!)[0];
    if (g?.status === 'diverging' && !(g.gapPercent! > 0)) problems.push(`diverging "${d.measure}": no gapPercent`);
  }
  for (const c of expected.corroborated) {
    const refs = Object.entries(c.mentions).map(([report, phrase]) => ({ report, phrase }));
    checkGroup(`corroborated "${c.measure}"`, refs, refs.some((r) => r.report === view.open) ? 'corroborated' : 'omitted');
  }
  for (const s of expected.single) {
    checkGroup(`single "${s.measure}"`, [{ report: s.report, phrase: s.mention }], s.report === view.open ? 'single' : 'omitted');
  }
  for (const n of expected.must_not_diverge) {
    const refs = n.mentions.flatMap(parseRefs);
    for (const g of view.groups.filter((x) => x.status === 'diverging')) {
      const hit = refs.filter((r) => g.mentions.some((m) => matches(view, m, r)));
      if (hit.length > 1) problems.push(`must not diverge (${n.why}): ${hit.map((r) => `${r.report} ${r.phrase}`).join(' vs ')} in ${show(g)}`);
    }
  }
  // "either": a converted current figure may join the trade group only as a further diverging value;
  // the ordinal "first" may be corroborated or left out, never diverging.
  for (const r of eitherRefs) {
    for (const g of findGroups(view, r)) {
      if (r.phrase.startsWith('first') && g.status === 'diverging') problems.push(`either ${r.phrase}: must not diverge: ${show(g)}`);
      if (r.phrase.startsWith('$') && g.mentions.length > 1 && g.status !== 'diverging') problems.push(`either ${r.phrase}: joined a group that does not diverge: ${show(g)}`);
    }
  }
  const order = { diverging: 0, updated: 1, corroborated: 2, omitted: 3, single: 4 };
  const ranks = view.groups.map((g) => order[g.status]);
  if (ranks.some((r, i) => i > 0 && r < ranks[i - 1]!)) problems.push(`groups out of order: ${view.groups.map((g) => g.status).join(', ')}`);
  for (const g of view.groups) {
    for (const m of g.mentions) {
      const text = view.textOf(m.reportId);
      if (!m.sentence || m.quote !== text.slice(m.sentence[0], m.sentence[1]) || m.sentence[0] > m.start || m.sentence[1] < m.end) {
        problems.push(`mention ${m.reportId ?? 'open'} "${m.text}": sentence/quote do not hold it`);
      }
      if (text.slice(m.start, m.end) !== m.text) problems.push(`mention ${m.reportId ?? 'open'} "${m.text}": offsets do not point at its text`);
    }
  }
  return problems;
}

function viaAlign(open: string): View {
  const self = corpus.articles.find((a) => keyOf(a.id) === open)!;
  const others = corpus.articles.filter((a) => a !== self);
  const groups = alignFigures(
    { reportId: null, text: self.text },
    others.map((a) => ({ reportId: a.id, text: a.text })),
  );
  return { open, groups, textOf: (id) => (id === null ? self.text : corpus.articles.find((a) => a.id === id)!.text) };
}

function viaAnalyze(open: string, published?: string): View & { related: string[]; inCorpus: string | null } {
  const input = readInputArticle(join(SEEDS, `${idOf(open)}.txt`));
  if (published) input.published = published;
  const result = analyze(input, [corpus]);
  return {
    open,
    groups: result.figures,
    textOf: (id) => (id === null ? input.text : corpus.articles.find((a) => a.id === id)!.text),
    related: result.related.map((r) => r.id),
    inCorpus: result.article.inCorpus,
  };
}

describe('seeds-expected.json on the real pipeline', () => {
  it('covers the five seeds', () => {
    expect(KEYS).toEqual(expected.related.clusters[0]);
  });

  describe.each(KEYS)('open seed %s', (open) => {
    it('alignFigures(open, the other four) gives every expected group', () => {
      expect(checkView(viaAlign(open))).toEqual([]);
    });

    it('analyze() lists the other four as related and gives the same groups', () => {
      const view = viaAnalyze(open);
      expect(view.inCorpus).toBe(idOf(open));
      expect([...view.related].sort()).toEqual(ids.filter((id) => keyOf(id) !== open));
      expect(checkView(view)).toEqual([]);
    });

    it('analyze() of the page as a browser sees it (dated, the seeds undated) gives the same groups', () => {
      // "last year" of the open page resolves to 2023; the undated seeds read theirs from the same date.
      expect(checkView(viaAnalyze(open, '2024-05-16'))).toEqual([]);
    });
  });
});

describe('the seed check itself catches wrong results', () => {
  const view = viaAlign('004');

  it('when diverging detection is off (the diverging group reported as corroborated)', () => {
    const groups = view.groups.map((g) => (g.status === 'diverging' ? { ...g, status: 'corroborated' as const } : g));
    expect(checkView({ ...view, groups }).join('\n')).toMatch(/diverging "China-Russia bilateral trade.*status corroborated/);
  });

  it('when tariffs and trade are merged into one diverging group', () => {
    const trade = view.groups.find((g) => g.status === 'diverging')!;
    const tariffs = view.groups.find((g) => g.mentions.some((m) => m.text.includes('18')))!;
    const merged: FigureGroup = { ...trade, mentions: [...trade.mentions, ...tariffs.mentions] };
    const groups = [merged, ...view.groups.filter((g) => g !== trade && g !== tariffs)];
    expect(checkView({ ...view, groups }).join('\n')).toMatch(/must not diverge \(different measures: tariffs vs trade\)/);
  });

  it('when a conversion is flagged as diverging', () => {
    const v = viaAlign('003');
    const g = v.groups.find((x) => x.mentions.some((m) => m.reportId === null && m.text === '$18bn'))!;
    const pound = v.textOf(null).indexOf('£14bn');
    const fake: FigureGroup = {
      ...g,
      status: 'diverging',
      mentions: [...g.mentions, { reportId: null, text: '£14bn', value: 14e9, unit: 'GBP', start: pound, end: pound + 5 }],
    };
    expect(checkView({ ...v, groups: [fake, ...v.groups.filter((x) => x !== g)] }).join('\n')).toMatch(/one figure given in two currencies/);
  });

  it('when a single figure is dropped', () => {
    const groups = view.groups.filter((g) => !g.mentions.some((m) => m.text === 'fifth term'));
    expect(checkView({ ...view, groups }).join('\n')).toMatch(/single "Putin's term in office".*in no group/);
  });
});
