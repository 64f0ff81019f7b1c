// Hostile and data-heavy pages: the pure core must stay fast and its result small whatever the page holds.
// Each input below took seconds to minutes before the core was bounded (figures per report, describe
// window, quote length), or made regexes backtrack quadratically; the old timings are in the comments.
// The time bound is generous (a busy two-core CI must never flake): it only catches the superlinear cases,
// which took 10 s and more.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticleFolder } from '../../src/cli/read-article-files.ts';
import { alignFigures, MAX_FIGURES_PER_REPORT, MAX_ITEMS_ALIGNED, MAX_MENTION_TEXT, MAX_QUOTE_TEXT } from '../../src/core/figures/align-figures.ts';
import { analyze } from '../../src/core/analyze.ts';
import { buildCorpus } from '../../src/core/corpus/corpus-file.ts';
import { MAX_LABEL_CHARS } from '../../src/core/figures/describe-measure.ts';
import { extractFigures } from '../../src/core/figures/extract/extract-figures.ts';
import { findNonFigureSpans } from '../../src/core/figures/extract/find-non-figure-spans.ts';
import type { AnalysisResult, FigureGroup } from '../../src/core/types.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const corpus = buildCorpus(readArticleFolder(join(ROOT, 'seeds'), { strict: true }).articles);
const seed = corpus.articles.find((a) => a.id.startsWith('004_'))!;

/** Hang guards, not speed targets: the old code took 10+ s (up to minutes) and tens of MB on these inputs;
 * today they take well under a second, and up to 3 s on a loaded 2-core machine. */
const MAX_MS = 8000;
const MAX_RESULT_BYTES = 1_000_000;

function timed<T>(fn: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t0 };
}

/** Every mention and label stays within its bounds, and each quote holds its figure. */
function expectBounded(groups: FigureGroup[], texts: Map<string | null, string>): void {
  for (const g of groups) {
    expect(g.measure.length).toBeLessThanOrEqual(MAX_LABEL_CHARS + 20); // the label, then ", <time>"
    for (const m of g.mentions) {
      expect(m.text.length).toBeLessThanOrEqual(MAX_MENTION_TEXT);
      expect(Number.isFinite(m.value)).toBe(true);
      expect(m.quote!.length).toBeLessThanOrEqual(MAX_QUOTE_TEXT);
      expect(m.quote).toContain(m.text);
      const text = texts.get(m.reportId);
      if (text !== undefined) {
        expect(text.slice(m.start, m.end)).toBe(m.text);
        expect(m.sentence![0]).toBeLessThanOrEqual(m.start);
        expect(m.sentence![1]).toBeGreaterThanOrEqual(m.end);
      }
    }
  }
}

/** The seed report with a hostile tail, analysed against the seeds (as the reviewer's repro does). */
function analyzeWithTail(tail: string): { result: AnalysisResult; ms: number; bytes: number; text: string } {
  const text = `${seed.text}\n\n${tail}`;
  const { value: result, ms } = timed(() => analyze({ title: seed.title, text }, [corpus]));
  const texts = new Map<string | null, string>([[null, text], ...corpus.articles.map((a) => [a.id, a.text] as [string, string])]);
  expectBounded(result.figures, texts);
  return { result, ms, bytes: JSON.stringify(result).length, text };
}

const HOSTILE_TAILS: Array<[name: string, tail: () => string]> = [
  // Before: 15.9 s and a 51.8 MB result (each figure read its whole sentence and scanned every other figure).
  ['a CSV list of 3,000 numbers in one sentence', () => `Values: ${Array.from({ length: 3000 }, (_, i) => 100 + ((i * 7919) % 9000)).join(', ')}.`],
  // Before: minutes (one 140 KB sentence: "a." is an initial, so nothing splits it) and a 127 MB result.
  ['3,000 money figures in one run-on sentence', () => Array.from({ length: 3000 }, (_, i) => `The trade deal paid $${((i * 37) % 900) + 10}.${i % 10} billion for item ${'abcdefgh'[i % 8]}.`).join(' ')],
  // Before: 5 s (quadratic dedupe and clustering).
  ['3,000 money figures in paragraphs', () => Array.from({ length: 3000 }, (_, i) => `Bilateral trade reached $${((i * 37) % 900) + 10}.${i % 10} billion in the quarter, officials said.`).join('\n\n')],
  // Before: 12 s in the tokenizer alone (quadratic backtracking of the Indian digit grouping).
  ['"1,23,23,23..." (133,000 groups)', () => `1${',23'.repeat(133000)}`],
  ['"12,34,12,34,..." (66,000 times)', () => '12,34,'.repeat(66000)],
  // Before: 6 s each (each non-figure span compared with all those found before).
  ['"at 10:30 " 40,000 times', () => 'at 10:30 '.repeat(40000)],
  ['"12/05/2020 " 40,000 times', () => '12/05/2020 '.repeat(40000)],
  // Before: 213 s in extraction alone (each figure x each year x the length between them).
  ['6,000 figures and years in one sentence', () => `${Array.from({ length: 6000 }, (_, i) => `in ${1900 + (i % 200)} ${i + 3} tonnes`).join(', ')}.`],
  ['400-digit numbers', () => Array.from({ length: 50 }, (_, i) => `Trade was ${String(i + 1).repeat(400).slice(0, 400)} dollars.`).join(' ')],
];

describe('analyze() on hostile and data-heavy pages', () => {
  it.each(HOSTILE_TAILS)('%s: fast, small, bounded', (_name, tail) => {
    const { result, ms, bytes } = analyzeWithTail(tail());
    expect(ms, 'milliseconds').toBeLessThan(MAX_MS);
    expect(bytes, 'result bytes').toBeLessThan(MAX_RESULT_BYTES);
    // At most MAX_FIGURES_PER_REPORT figures of the open article are considered.
    const openMentions = result.figures.flatMap((g) => g.mentions).filter((m) => m.reportId === null);
    expect(openMentions.length).toBeLessThanOrEqual(MAX_FIGURES_PER_REPORT);
  });

  it("still finds the seed's own diverging figures behind a data dump", () => {
    const { result } = analyzeWithTail(`Values: ${Array.from({ length: 3000 }, (_, i) => 100 + ((i * 7919) % 9000)).join(', ')}.`);
    expect(result.figures.some((g) => g.status === 'diverging')).toBe(true);
  });

  it('considers the first figures in reading order', () => {
    const { result, text } = analyzeWithTail(Array.from({ length: 1000 }, (_, i) => `Exports rose to ${i + 11} tonnes.`).join('\n\n'));
    const starts = result.figures.flatMap((g) => g.mentions).filter((m) => m.reportId === null).map((m) => m.start);
    const last = Math.max(...starts);
    expect(last).toBeLessThan(text.length / 2);
  });
});

describe('extractFigures on pathological texts', () => {
  const CASES: Array<[name: string, text: () => string]> = [
    ['"1,23,23,23..." (133,000 groups)', () => `1${',23'.repeat(133000)}`], // before: 12 s
    ['"12,34,12,34,..." (66,000 times)', () => '12,34,'.repeat(66000)], // before: 12 s
    ['"at 10:30 " 40,000 times', () => 'at 10:30 '.repeat(40000)], // before: 2 s
    ['"12/05/2020 " 40,000 times', () => '12/05/2020 '.repeat(40000)], // before: 2.5 s
    ['6,000 figures and years in one sentence', () => `${Array.from({ length: 6000 }, (_, i) => `in ${1900 + (i % 200)} ${i + 3} tonnes`).join(', ')}.`], // before: 213 s
    ['"May 16" then 100,000 spaces', () => `On May 16${' '.repeat(100000)}x, 5 people`],
    ['"Boeing 787" 40,000 times on one line', () => 'Boeing 787 '.repeat(40000)],
    ['"5 pounds, " 40,000 times', () => '5 pounds, '.repeat(40000)],
  ];
  it.each(CASES)('%s', (_name, text) => {
    const t = text();
    const { value, ms } = timed(() => extractFigures(t));
    expect(ms, 'milliseconds').toBeLessThan(MAX_MS);
    expect(value.filter((f) => !Number.isFinite(f.value) || f.end - f.start > MAX_MENTION_TEXT)).toEqual([]);
  });

  it('finds no figure in a 400-digit number, nor an infinite one', () => {
    expect(extractFigures(`They counted ${'9'.repeat(400)} people.`)).toEqual([]);
    expect(extractFigures('The estimate was 1e400 dollars.')).toEqual([]);
  });

  it('masks 40,000 times of day in linear time', () => {
    const t = 'at 10:30 '.repeat(40000);
    const { value, ms } = timed(() => findNonFigureSpans(t));
    expect(ms).toBeLessThan(MAX_MS);
    expect(value).toHaveLength(40000);
  });
});

describe('alignFigures on many data-heavy reports', () => {
  it(`aligns at most ${MAX_ITEMS_ALIGNED} items, however many reports hold hundreds`, () => {
    const mk = (seedNo: number) =>
      Array.from({ length: 500 }, (_, i) => `Bilateral trade reached $${((i * 37 + seedNo * 11) % 900) + 10}.${(i + seedNo) % 10} billion in the quarter, officials said.`).join('\n\n');
    const open = { reportId: null, text: mk(0) };
    const related = Array.from({ length: 12 }, (_, k) => ({ reportId: `r${k}`, text: mk(k + 1) }));
    const { value: groups, ms } = timed(() => alignFigures(open, related));
    expect(ms, 'milliseconds').toBeLessThan(MAX_MS);
    expect(JSON.stringify(groups).length).toBeLessThan(MAX_RESULT_BYTES);
    const mentions = groups.flatMap((g) => g.mentions);
    expect(mentions.length).toBeLessThanOrEqual(MAX_ITEMS_ALIGNED);
    // The open article keeps its own figures; every related report keeps a share.
    expect(mentions.filter((m) => m.reportId === null).length).toBeGreaterThan(100);
    for (const r of related) expect(mentions.some((m) => m.reportId === r.reportId)).toBe(true);
    expectBounded(groups, new Map<string | null, string>([[null, open.text], ...related.map((r) => [r.reportId, r.text] as [string, string])]));
  });
});
