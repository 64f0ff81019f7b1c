// npm run bench (figures part): time to extract and align the figures of one article against its related
// reports, the work analyze() adds per open page. Target: 10 ms or less per article.
//
// Sets:
//  - seeds: each of the five seed reports opened against the other four (what analyze() does on them);
//  - readability-news (when tests/fixtures/pages/readability-news is there): each real page, as
//    htmlToArticle reads it, opened against four other pages (longer, messier text, unrelated figures).
// For each article: cold (first call in this process), then median and p95 over repeated runs of
//  - baseline: extractFigures over the open article and its related reports (extraction alone);
//  - total: alignFigures(open, related) from raw text, nothing remembered (extraction + description +
//    alignment of all five reports): the figure held to the target;
//  - warm: the same with the related reports already prepared by an earlier analysis (alignment remembers
//    recent reports by text, see align-figures.ts): a newly opened page against known corpus reports;
//  - align only: alignFigures with all figures already extracted (no extraction, nothing remembered).
// Timings are printed, never asserted. RUNS=<n> sets the repetitions (default 40).
import '../src/cli/install-background-terms.ts'; // the term list, before anything is analysed
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { htmlToArticle, readArticleFolder } from '../src/cli/read-article-files.ts';
import { alignFigures, forgetPreparedReports, type FigureSource } from '../src/core/figures/align-figures.ts';
import { buildCorpus } from '../src/core/corpus/corpus-file.ts';
import { extractFigures } from '../src/core/figures/extract/extract-figures.ts';
import { quantile } from './quantile.ts';

const root = resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.RUNS ?? 40);
const TARGET_MS = 10;

interface Case {
  name: string;
  open: FigureSource;
  related: FigureSource[];
}

function seedCases(): Case[] {
  const corpus = buildCorpus(readArticleFolder(join(root, 'seeds'), { strict: true }).articles);
  return corpus.articles.map((a) => ({
    name: `seeds/${a.id.slice(0, 3)}`,
    open: { reportId: null, text: a.text },
    related: corpus.articles.filter((b) => b !== a).map((b) => ({ reportId: b.id, text: b.text })),
  }));
}

function pageCases(): Case[] {
  const dir = join(root, 'tests/fixtures/pages/readability-news');
  if (!existsSync(dir)) return [];
  const pages: Array<{ name: string; text: string; published?: string }> = [];
  for (const d of readdirSync(dir).sort()) {
    const file = join(dir, d, 'source.html');
    if (!existsSync(file)) continue;
    try {
      const a = htmlToArticle(readFileSync(file, 'utf8'));
      pages.push({ name: `readability-news/${d}`, text: a.paragraphs.join('\n\n'), ...(a.published ? { published: a.published } : {}) });
    } catch {
      // not an article page
    }
  }
  return pages.map((p, i) => ({
    name: p.name,
    open: { reportId: null, text: p.text, ...(p.published ? { published: p.published } : {}) },
    related: [1, 2, 3, 4].map((k) => pages[(i + k) % pages.length]!).map((q) => ({ reportId: q.name, text: q.text, ...(q.published ? { published: q.published } : {}) })),
  }));
}

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}


const fmt = (x: number) => x.toFixed(2).padStart(7);

interface Row {
  name: string;
  chars: number;
  figures: number;
  groups: number;
  cold: number;
  base: number[];
  total: number[];
  warm: number[];
  align: number[];
}

function run(c: Case): Row {
  const sources = [c.open, ...c.related];
  const extractAll = () => sources.map((s) => extractFigures(s.text, s.published ? { published: s.published } : {}));
  let groups = 0;
  forgetPreparedReports();
  const cold = time(() => {
    groups = alignFigures(c.open, c.related).length;
  });
  const figures = extractAll();
  const withFigures = sources.map((s, i) => ({ ...s, figures: figures[i]! }));
  const row: Row = {
    name: c.name,
    chars: sources.reduce((n, s) => n + s.text.length, 0),
    figures: figures.reduce((n, f) => n + f.length, 0),
    groups,
    cold,
    base: [],
    total: [],
    warm: [],
    align: [],
  };
  for (let r = 0; r < RUNS; r++) {
    row.base.push(time(extractAll));
    forgetPreparedReports();
    row.total.push(time(() => alignFigures(c.open, c.related)));
    // A page not seen before (trailing spaces change no figure), against the reports just prepared.
    const fresh = { ...c.open, text: c.open.text + ' '.repeat(r + 1) };
    row.warm.push(time(() => alignFigures(fresh, c.related)));
    row.align.push(time(() => alignFigures(withFigures[0]!, withFigures.slice(1))));
  }
  return row;
}

function report(title: string, cases: Case[]): void {
  if (!cases.length) return;
  console.log(`\n${title}: ${cases.length} articles, each against ${cases[0]!.related.length} related reports, ${RUNS} runs (ms)`);
  console.log(`${'article'.padEnd(34)} ${'chars'.padStart(6)} ${'figs'.padStart(4)} ${'grps'.padStart(4)}    cold | baseline: extract p50     p95 | total: extract+align p50     p95 | warm p50     p95 | align only p50`);
  const rows = cases.map(run);
  for (const r of rows) {
    console.log(
      `${r.name.slice(0, 34).padEnd(34)} ${String(r.chars).padStart(6)} ${String(r.figures).padStart(4)} ${String(r.groups).padStart(4)} ${fmt(r.cold)} |              ${fmt(quantile(r.base, 0.5))} ${fmt(quantile(r.base, 0.95))} |                   ${fmt(quantile(r.total, 0.5))} ${fmt(quantile(r.total, 0.95))} | ${fmt(quantile(r.warm, 0.5))} ${fmt(quantile(r.warm, 0.95))} |        ${fmt(quantile(r.align, 0.5))}`,
    );
  }
  const all = (k: 'base' | 'total' | 'warm' | 'align') => rows.flatMap((r) => r[k]);
  const p50 = quantile(all('total'), 0.5);
  const p95 = quantile(all('total'), 0.95);
  const worst = Math.max(...rows.map((r) => quantile(r.total, 0.5)));
  console.log(
    `${'ALL'.padEnd(34)} ${''.padStart(6)} ${''.padStart(4)} ${''.padStart(4)} ${fmt(Math.max(...rows.map((r) => r.cold)))} |              ${fmt(quantile(all('base'), 0.5))} ${fmt(quantile(all('base'), 0.95))} |                   ${fmt(p50)} ${fmt(p95)} | ${fmt(quantile(all('warm'), 0.5))} ${fmt(quantile(all('warm'), 0.95))} |        ${fmt(quantile(all('align'), 0.5))}`,
  );
  const verdict = (x: number) => (x <= TARGET_MS ? 'within' : 'OVER');
  console.log(
    `target ${TARGET_MS} ms per article (extraction + alignment): p50 ${p50.toFixed(2)} (${verdict(p50)}), p95 ${p95.toFixed(2)} (${verdict(p95)}), slowest article p50 ${worst.toFixed(2)} (${verdict(worst)})`,
  );
}

console.log(`bench-figures: node ${process.version}, ${availableParallelism()} CPUs, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} (timings are wall clock: a busy machine inflates p95)`);
report('seeds', seedCases());
report('readability-news pages', pageCases());
