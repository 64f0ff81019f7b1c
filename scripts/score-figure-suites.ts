// Scores extractFigures against the public quantity test suites in tests/fixtures/quantities
// (Microsoft Recognizers-Text English specs and quantulum3's English tests). Shared by
// `npm run eval:figures` and the regression floor in tests/unit/extract-figures-suites.test.ts.
//
// What is compared, so the numbers mean something:
// - Each suite scores only the figure kinds it models (Currency: money; Percent: percent; ...).
// - Expected items without a numeric value (Recognizers' "last" = end+0, a bare "percent") are not
//   figures and are dropped.
// - Expected items that Parallax rejects by design (the extractor's onReject: dates, years, decades,
//   times, phone numbers, URLs, versions and IP addresses, model names such as "SCP-173" or
//   "Voyager 2", list markers, street numbers) are counted apart as "designed out" and left out of
//   recall; R(all) counts them as misses. Rejections as a "code" (digits glued to unknown letters,
//   "10G", "0.8rad") are not policy but ignorance, so those items stay in and count as misses.
// - Exact match: same [start, end). Overlap match: the spans share a character (Parallax leaves
//   hedges out of spans and keeps currency and units in, the suites differ item by item).
// - Value accuracy: over overlap-matched pairs, the expected value equals the figure's value, its
//   range maximum or the range midpoint (quantulum3 resolves ranges to the midpoint); Recognizers'
//   cents and pence are compared in whole currency units, as Parallax stores them.
import '../src/cli/install-background-terms.ts'; // the term list, before anything is analysed
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractFigures, type RejectReason } from '../src/core/figures/extract/extract-figures.ts';
import type { Figure, FigureKind } from '../src/core/types.ts';

const DIR = resolve(import.meta.dirname, '../tests/fixtures/quantities');

interface Gold {
  start: number;
  end: number;
  text: string;
  /** Expected value; an interval for Recognizers' NumberRange. */
  value: number;
  lo?: number | null;
  hi?: number | null;
}

interface Case {
  id: string;
  input: string;
  gold: Gold[];
}

interface SuiteDef {
  name: string;
  /** Which of Parallax's figures the suite models. */
  scores: (f: Figure) => boolean;
  cases: Case[];
  /** NumberRange values are intervals. */
  interval?: boolean;
}

export interface SuiteScore {
  name: string;
  cases: number;
  gold: number;
  designedOut: number;
  predicted: number;
  exact: { p: number; r: number; f1: number };
  overlap: { p: number; r: number; f1: number };
  /** Overlap recall with designed-out items counted as misses. */
  recallAll: number;
  valueAccuracy: number;
  misses: string[];
  falsePositives: string[];
  wrongValues: string[];
  /** Overlap matches whose spans differ. */
  spanDiffs: string[];
  /** Expected items left out because Parallax rejects them by design, with the reason. */
  designedOutItems: string[];
}

const kinds = (...k: FigureKind[]) => (f: Figure) => k.includes(f.kind);
const ALL_BUT_ORDINAL = (f: Figure) => f.kind !== 'ordinal';
const TEMPERATURE = new Set(['°C', '°F', '°']);
/** Recognizers keeps temperatures out of Dimension (degrees of angle stay in). */
const DIMENSION = (f: Figure) => f.kind === 'quantity' && f.unit !== '°C' && f.unit !== '°F';

interface RecognizersLine {
  id: string;
  model: string;
  input: string;
  expected: Array<{ text: string; start: number; end_inclusive: number; value: string | null; unit: string | null }>;
}

function recognizers(model: string): Case[] {
  const lines = readFileSync(join(DIR, 'recognizers-text/english_cases.jsonl'), 'utf8').trim().split('\n');
  const out: Case[] = [];
  for (const line of lines) {
    const c = JSON.parse(line) as RecognizersLine;
    if (c.model !== model) continue;
    const gold: Gold[] = [];
    for (const e of c.expected) {
      const g: Gold = { start: e.start, end: e.end_inclusive + 1, text: c.input.slice(e.start, e.end_inclusive + 1), value: NaN };
      if (model === 'Number-NumberRangeModel') {
        const m = /^([[(])(-?[\d.E+-]*),(-?[\d.E+-]*)([\])])$/.exec(e.value ?? '');
        if (!m) continue;
        g.lo = m[2] ? Number(m[2]) : null;
        g.hi = m[3] ? Number(m[3]) : null;
        g.value = g.lo ?? g.hi ?? NaN;
      } else {
        const v = Number((e.value ?? '').replace(/%$/, ''));
        if (e.value === null || e.value === '' || !Number.isFinite(v)) continue; // "last", "current+1", bare "percent"
        // Parallax keeps money in whole currency units.
        g.value = /^(cent|pence|penny)$/i.test(e.unit ?? '') ? v / 100 : v;
      }
      gold.push(g);
    }
    out.push({ id: c.id, input: c.input, gold });
  }
  return out;
}

interface QuantulumCase {
  req: string;
  res: Array<{ value: number; unit: string; surface: string }>;
}

function quantulum(file: string): Case[] {
  const data = JSON.parse(readFileSync(join(DIR, 'quantulum3', file), 'utf8')) as QuantulumCase[];
  return data.map((c, n) => {
    const gold: Gold[] = [];
    let from = 0;
    for (const r of c.res) {
      // Offsets are not given: find each surface in order.
      let at = c.req.indexOf(r.surface, from);
      if (at < 0) at = c.req.indexOf(r.surface);
      if (at < 0) continue;
      const value = /^(cent|penny|pence)$/.test(r.unit) ? r.value / 100 : r.value;
      gold.push({ start: at, end: at + r.surface.length, text: r.surface, value });
      from = at + r.surface.length;
    }
    return { id: `${file}#${n}`, input: c.req, gold };
  });
}

export function loadSuites(): SuiteDef[] {
  return [
    { name: 'Recognizers Number', scores: ALL_BUT_ORDINAL, cases: recognizers('Number-NumberModel') },
    { name: 'Recognizers NumberRange', scores: ALL_BUT_ORDINAL, cases: recognizers('Number-NumberRangeModel'), interval: true },
    { name: 'Recognizers Currency', scores: kinds('money'), cases: recognizers('NumberWithUnit-CurrencyModel') },
    { name: 'Recognizers Percent', scores: kinds('percent'), cases: recognizers('Number-PercentModel') },
    { name: 'Recognizers Ordinal', scores: kinds('ordinal'), cases: recognizers('Number-OrdinalModel') },
    { name: 'Recognizers Dimension', scores: DIMENSION, cases: recognizers('NumberWithUnit-DimensionModel') },
    { name: 'Recognizers Temperature', scores: (f) => f.kind === 'quantity' && TEMPERATURE.has(f.unit), cases: recognizers('NumberWithUnit-TemperatureModel') },
    { name: 'Recognizers Age', scores: kinds('age'), cases: recognizers('NumberWithUnit-AgeModel') },
    { name: 'quantulum3', scores: ALL_BUT_ORDINAL, cases: quantulum('quantities.json') },
    { name: 'quantulum3 ambiguity', scores: ALL_BUT_ORDINAL, cases: quantulum('quantities.ambiguity.json') },
  ];
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

function valueMatches(f: Figure, g: Gold, interval: boolean): boolean {
  if (interval) {
    const loOk = g.lo === null || g.lo === undefined || close(f.value, g.lo);
    const hiOk = g.hi === null || g.hi === undefined || close(f.max ?? f.value, g.hi);
    return loOk && hiOk;
  }
  if (close(f.value, g.value)) return true;
  return f.max !== undefined && (close(f.max, g.value) || close((f.value + f.max) / 2, g.value));
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function scoreSuite(suite: SuiteDef): SuiteScore {
  let gold = 0;
  let designedOut = 0;
  let predicted = 0;
  let exact = 0;
  let overlap = 0;
  let valueOk = 0;
  const misses: string[] = [];
  const falsePositives: string[] = [];
  const wrongValues: string[] = [];
  const spanDiffs: string[] = [];
  const designedOutItems: string[] = [];
  for (const c of suite.cases) {
    const rejected: Array<{ start: number; end: number; reason: RejectReason }> = [];
    const preds = extractFigures(c.input, { onReject: (r) => rejected.push(r) }).filter(suite.scores);
    const scored = c.gold.filter((g) => {
      const why = rejected.find((r) => r.reason !== 'code' && overlaps(r, g));
      const out = !!why && !preds.some((f) => overlaps(f, g));
      if (out) {
        designedOut++;
        designedOutItems.push(`${c.id}: "${g.text}" (${why.reason}) in ${JSON.stringify(c.input.slice(0, 120))}`);
      }
      return !out;
    });
    gold += scored.length;
    predicted += preds.length;
    const predUsed = new Set<number>();
    const goldUsed = new Map<number, number>();
    // Exact spans first, then any overlap, one to one.
    scored.forEach((g, gi) => {
      const pi = preds.findIndex((f, i) => !predUsed.has(i) && f.start === g.start && f.end === g.end);
      if (pi >= 0) {
        predUsed.add(pi);
        goldUsed.set(gi, pi);
        exact++;
      }
    });
    scored.forEach((g, gi) => {
      if (goldUsed.has(gi)) return;
      const pi = preds.findIndex((f, i) => !predUsed.has(i) && overlaps(f, g));
      if (pi >= 0) {
        predUsed.add(pi);
        goldUsed.set(gi, pi);
      }
    });
    overlap += goldUsed.size;
    for (const [gi, pi] of goldUsed) {
      const g = scored[gi]!;
      const f = preds[pi]!;
      if (f.start !== g.start || f.end !== g.end) spanDiffs.push(`${c.id}: expected "${g.text}", got "${f.text}"`);
      if (valueMatches(f, g, !!suite.interval)) valueOk++;
      else wrongValues.push(`${c.id}: "${g.text}" expected ${g.lo !== undefined ? `[${g.lo}, ${g.hi}]` : g.value}, got "${f.text}" ${f.value}${f.max !== undefined ? `..${f.max}` : ''} ${f.unit}`);
    }
    scored.forEach((g, gi) => {
      if (!goldUsed.has(gi)) misses.push(`${c.id}: "${g.text}" in ${JSON.stringify(c.input.slice(0, 120))}`);
    });
    preds.forEach((f, pi) => {
      if (!predUsed.has(pi)) falsePositives.push(`${c.id}: "${f.text}" ${f.kind} ${f.value} ${f.unit} in ${JSON.stringify(c.input.slice(0, 120))}`);
    });
  }
  const ep = ratio(exact, predicted);
  const er = ratio(exact, gold);
  const op = ratio(overlap, predicted);
  const or = ratio(overlap, gold);
  return {
    name: suite.name,
    cases: suite.cases.length,
    gold,
    designedOut,
    predicted,
    exact: { p: ep, r: er, f1: f1(ep, er) },
    overlap: { p: op, r: or, f1: f1(op, or) },
    recallAll: ratio(overlap, gold + designedOut),
    valueAccuracy: ratio(valueOk, overlap),
    misses,
    falsePositives,
    wrongValues,
    spanDiffs,
    designedOutItems,
  };
}

export function scoreFigureSuites(): SuiteScore[] {
  return loadSuites().map(scoreSuite);
}
