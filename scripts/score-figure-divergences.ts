// Scores diverging and updated figure groups on labelled multi-report stories, for `npm run eval:figures`.
//
// Story sets (tests/fixtures/stories: clusters.tsv, figures.tsv, index.json; see its README):
// - Each story with two or more reports is aligned: its first report (clusters.tsv order) open, the others
//   related, each with its `published` date from index.json.
// - A labelled measure is a real divergence when one of its rows is labelled `diverging`, a real update when
//   one is `updated`. It is found when some diverging or updated group holds mentions of two of its reports
//   whose values match their labelled values (1% tolerance; "~", ">" and ranges read as their first number;
//   "million people", "billion USD" scaled); the status is right when that group says what the label says.
// - A diverging or updated group is a false divergence when its mentions match labelled rows of different
//   measures, or a `different-measure` row; groups whose figures were not labelled are counted apart
//   ("unlabelled": only figures that matter for the story were labelled).
// - Same-topic hard negatives: the first report of each story is aligned with the reports of the other
//   stories of its topic; any diverging or updated group spanning two stories is a false divergence.
// - As a reader sees them (scoreStoriesAsRead, the "read" rows): the first report of each story is analysed
//   with analyze() against one corpus of every report of the set, so matching decides what is aligned; its
//   flagged groups are scored as above, and one holding another story's report is a cross-story false one.
// ECB+ development half (../shared/fixtures/ecbplus-dev, when present): no figure labels and no dates, so
// within an event only the number of diverging groups is printed (to read with --verbose), and across the
// two events of a topic every diverging group is a false divergence.
import '../src/cli/install-background-terms.ts'; // the term list, before anything is analysed
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignFigures, type FigureSource } from '../src/core/figures/align-figures.ts';
import type { FigureGroup } from '../src/core/types.ts';

export interface Doc {
  id: string;
  story: string;
  topic: string;
  split: string;
  text: string;
  published?: string;
}

interface Row {
  story: string;
  measure: string;
  doc: string;
  value: number;
  label: string;
}

export interface DivergenceScore {
  set: string;
  stories: number;
  realDiverging: number;
  foundDiverging: number;
  realUpdated: number;
  foundUpdated: number;
  /** Found with the labelled status (diverging as diverging, updated as updated). */
  statusRight: number;
  predicted: number;
  falseDivergences: number;
  unlabelled: number;
  crossStoryFalse: number;
  details: string[];
}

const tsv = (path: string) => readFileSync(path, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));

/** The number of a labelled value with its scale word: "~1.3", "45.5" "million people" -> 45.5e6. */
function labelledNumber(value: string, unit: string): number {
  const n = Number(/-?\d+(?:[.,]\d+)?/.exec(value.replace(/,(?=\d{3})/g, ''))?.[0] ?? NaN);
  const scale = /\bbillion\b/.test(unit) ? 1e9 : /\bmillion\b/.test(unit) ? 1e6 : /\bthousand\b/.test(unit) ? 1e3 : 1;
  return n * scale;
}

/**
 * The measure a row's value belongs to: a note in brackets at the end marks another value of the same measure
 * given in the same report ("magnitude (USGS)", "deaths on Everest (tourism ministry)"; see the set's README),
 * when the story labels that measure plainly too; otherwise ("(other event)") the note names a measure of its own.
 */
function baseMeasure(storyMeasures: ReadonlySet<string>): (measure: string) => string {
  return (measure) => {
    const plain = measure.replace(/\s*\([^)]*\)$/, '');
    return storyMeasures.has(plain) ? plain : measure;
  };
}

const near = (a: number, b: number) => Math.abs(a - b) <= 0.01 * Math.max(Math.abs(a), Math.abs(b));
const isFlagged = (g: FigureGroup) => g.status === 'diverging' || g.status === 'updated';

function sourceOf(d: Doc, open: boolean): FigureSource {
  return { reportId: open ? null : d.id, text: d.text, ...(d.published ? { published: d.published } : {}) };
}

/** The report a mention belongs to (the open one has reportId null). */
const docOfMention = (open: Doc, id: string | null) => id ?? open.id;

function alignStory(docs: Doc[]): FigureGroup[] {
  return alignFigures(sourceOf(docs[0]!, true), docs.slice(1).map((d) => sourceOf(d, false)));
}

export function loadStories(dir: string): { docs: Doc[]; rows: Row[] } | undefined {
  if (!existsSync(join(dir, 'clusters.tsv')) || !existsSync(join(dir, 'figures.tsv'))) return undefined;
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as Record<string, { published?: string }>;
  const docs = tsv(join(dir, 'clusters.tsv')).map(([id, story, topic, split]) => ({
    id: id!, story: story!, topic: topic!, split: split!, text: readFileSync(join(dir, `${id}.txt`), 'utf8'),
    ...(index[id!]?.published ? { published: index[id!]!.published } : {}),
  }));
  const rows = tsv(join(dir, 'figures.tsv')).map(([story, measure, doc, value, unit, , label]) => ({
    story: story!, measure: measure!, doc: doc!, value: labelledNumber(value!, unit!), label: label!,
  }));
  return { docs, rows };
}

const emptyScore = (set: string): DivergenceScore => ({ set, stories: 0, realDiverging: 0, foundDiverging: 0, realUpdated: 0, foundUpdated: 0, statusRight: 0, predicted: 0, falseDivergences: 0, unlabelled: 0, crossStoryFalse: 0, details: [] });

/** Scores one story's flagged groups (the open report is storyDocs[0]) against its labelled rows. */
function scoreStoryGroups(score: DivergenceScore, story: string, storyDocs: Doc[], flagged: FigureGroup[], storyRows: Row[]): void {
  const open = storyDocs[0]!;
  const base = baseMeasure(new Set(storyRows.map((r) => r.measure)));
  const rowsOf = (g: FigureGroup) => g.mentions.map((m) => storyRows.filter((r) => r.doc === docOfMention(open, m.reportId) && near(r.value, m.value)));
  for (const g of flagged) {
    score.predicted++;
    const matched = rowsOf(g).filter((rs) => rs.length > 0);
    // True when two mentions are labelled values of one measure (not a look-alike of another measure).
    const oneMeasure = [...new Set(matched.flat().map((r) => base(r.measure)))].some(
      (m) => matched.filter((rs) => rs.some((r) => base(r.measure) === m && r.label !== 'different-measure')).length >= 2,
    );
    const verdict = matched.length < 2 ? 'unlabelled' : oneMeasure ? 'labelled' : 'FALSE';
    if (verdict === 'unlabelled') score.unlabelled++;
    else if (verdict === 'FALSE') score.falseDivergences++;
    score.details.push(`  ${story} ${g.status} [${verdict}] "${g.measure}": ${g.mentions.map((m) => `${m.reportId ?? open.id}=${m.text}`).join(' | ')}${g.why ? `\n      why: ${g.why}` : ''}`);
  }
  // A labelled measure is scored once with its bracketed second values ("magnitude (USGS)" is "magnitude").
  for (const [measure, mRows] of group(storyRows, (r) => base(r.measure))) {
    const kind = mRows.some((r) => r.label === 'diverging') ? 'diverging' : mRows.some((r) => r.label === 'updated') ? 'updated' : undefined;
    if (!kind) continue;
    if (kind === 'diverging') score.realDiverging++;
    else score.realUpdated++;
    const hit = flagged.find((g) => {
      const docsHit = new Set(g.mentions.filter((m) => mRows.some((r) => r.doc === docOfMention(open, m.reportId) && near(r.value, m.value))).map((m) => m.reportId));
      return docsHit.size >= 2;
    });
    if (hit) {
      if (kind === 'diverging') score.foundDiverging++;
      else score.foundUpdated++;
      if (hit.status === kind) score.statusRight++;
    } else score.details.push(`  missed ${kind}: ${story} "${measure}"`);
  }
}

export function scoreStories(set: string, docs: Doc[], rows: Row[]): DivergenceScore {
  const score = emptyScore(set);
  for (const [story, storyDocs] of group(docs, (d) => d.story)) {
    score.stories++;
    if (storyDocs.length < 2) continue;
    scoreStoryGroups(score, story, storyDocs, alignStory(storyDocs).filter(isFlagged), rows.filter((r) => r.story === story));
  }
  score.crossStoryFalse = crossFalse(docs, (d) => d.story, score.details);
  return score;
}

/**
 * What a reader is shown: each story's first report opened with `analyzeOpen` (analyze() against a corpus of
 * every report of the set, all parts, so matching decides which reports are aligned), its flagged groups
 * scored as scoreStories scores them. A group holding a report of another story is a cross-story false
 * divergence (what a wrong listing costs in figures), whatever its values.
 */
export function scoreStoriesAsRead(set: string, docs: Doc[], rows: Row[], analyzeOpen: (open: Doc) => FigureGroup[]): DivergenceScore {
  const score = emptyScore(set);
  for (const [story, storyDocs] of group(docs, (d) => d.story)) {
    score.stories++;
    const mine = new Set(storyDocs.map((d) => d.id));
    const flagged = analyzeOpen(storyDocs[0]!).filter(isFlagged);
    const across = flagged.filter((g) => g.mentions.some((m) => m.reportId !== null && !mine.has(m.reportId)));
    score.crossStoryFalse += across.length;
    for (const g of across) score.details.push(`  cross-story ${story} ${g.status} "${g.measure}": ${g.mentions.map((m) => `${m.reportId ?? storyDocs[0]!.id}=${m.text}`).join(' | ')}`);
    // As scoreStories: a story of one report has no labelled pair to find.
    if (storyDocs.length < 2) continue;
    scoreStoryGroups(score, story, storyDocs, flagged.filter((g) => !across.includes(g)), rows.filter((r) => r.story === story));
  }
  return score;
}

/** Diverging or updated groups spanning two different stories of one topic: always false. */
function crossFalse(docs: Doc[], storyOf: (d: Doc) => string, details: string[]): number {
  let n = 0;
  for (const [, topicDocs] of group(docs, (d) => d.topic)) {
    const stories = group(topicDocs, storyOf);
    if (stories.size < 2) continue;
    for (const [story, storyDocs] of stories) {
      const others = topicDocs.filter((d) => storyOf(d) !== story);
      const open = storyDocs[0]!;
      const storyOfId = new Map(topicDocs.map((d) => [d.id, storyOf(d)]));
      for (const g of alignFigures(sourceOf(open, true), others.map((d) => sourceOf(d, false))).filter(isFlagged)) {
        // Only groups that mix stories: the other stories' reports may also disagree among themselves.
        const spanned = new Set(g.mentions.map((m) => storyOfId.get(m.reportId ?? open.id)));
        if (spanned.size < 2) continue;
        n++;
        details.push(`  cross-story ${g.status} "${g.measure}": ${g.mentions.map((m) => `${m.reportId ?? open.id}=${m.text}`).join(' | ')}`);
      }
    }
  }
  return n;
}

export function scoreEcbPlus(dir: string): { events: number; withinDiverging: number; crossFalse: number; details: string[] } | undefined {
  if (!existsSync(join(dir, 'clusters.tsv'))) return undefined;
  const docs: Doc[] = tsv(join(dir, 'clusters.tsv')).map(([id, event, topic]) => ({ id: id!, story: event!, topic: topic!, split: 'dev', text: readFileSync(join(dir, `${id}.txt`), 'utf8') }));
  const details: string[] = [];
  let withinDiverging = 0;
  const events = group(docs, (d) => d.story);
  for (const [event, eventDocs] of events) {
    if (eventDocs.length < 2) continue;
    for (const g of alignStory(eventDocs).filter(isFlagged)) {
      withinDiverging++;
      details.push(`  ${event} ${g.status} "${g.measure}": ${g.mentions.map((m) => `${m.reportId ?? eventDocs[0]!.id}=${m.text}`).join(' | ')}${g.why ? `\n      why: ${g.why}` : ''}`);
    }
  }
  return { events: events.size, withinDiverging, crossFalse: crossFalse(docs, (d) => d.story, details), details };
}

function group<T>(xs: T[], key: (x: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of xs) out.set(key(x), [...(out.get(key(x)) ?? []), x]);
  return out;
}
