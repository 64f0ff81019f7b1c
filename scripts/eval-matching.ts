// npm run eval:matching [-- --set pages|ecbplus-dev|stories] [--stories <folder>] [--pages] [--features] [--heldout-features] [--as-read]
// Related-report quality per labelled set. Each set is compiled into one corpus and every article of it is
// analysed against that corpus (so it must also recognise itself), listing every report it decides on
// (no MAX_RELATED cap: the popup's cap is a display limit, not a matching error).
//
// Sets:
//  - pages: the 62 pages of the repository (tests/fixtures/pages: zyte-dev and readability-news, and the
//    seeds). Truth: zyte-dev/pages.tsv clusters, the seeds as one story, every other page alone.
//  - ecbplus-dev: ../shared/fixtures/ecbplus-dev (496 reports, 42 events, two events per topic), from
//    clusters.tsv (doc, event, topic). Skipped, and said so, when ../shared is missing.
//  - stories: tests/fixtures/stories (clusters.tsv: doc, story, topic, split=dev|heldout|fresh), the parts
//    printed side by side. Skipped, and said so, until the set exists.
// Labels come from the clusters files only, never from file names.
//
// Printed per part: precision, recall and F1 of `related`; wrong listings split into same-topic errors
// (a report of another event of the same topic) and others; and how `alsoOnTopic` listings fall (a
// same-topic report of another event, as meant; a same-story report demoted; a report of another topic).
// A second table splits the same listings by dates: both reports dated (as feed items and most pages are) or
// not (fixtures gathered without a date); the errors are not spread evenly between the two.
// --pages prints every article's line (default: only wrong ones); --features prints every re-ranked
// candidate's features with its label (for studying the decision), of articles outside the held-aside part
// (--heldout-features adds those: the held-aside part is for an independent check, not for study).
// --as-read adds a third table: each dated report read on its own day, as a reader following feeds reads the
// news, against a corpus of the reports dated from DEFAULT_RETENTION_DAYS before it to a day after it (what the
// followed feeds would hold then; undated reports left out, as feed items carry dates).
import '../src/cli/install-background-terms.ts'; // the term list, before anything is analysed
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze } from '../src/core/analyze.ts';
import { buildCorpus } from '../src/core/corpus/corpus-file.ts';
import { matchRelated } from '../src/core/matching/match-related.ts';
import { reportDate } from '../src/core/matching/report-date.ts';
import { isoDayNumber } from '../src/core/text/calendar-day.ts';
import { DEFAULT_RETENTION_DAYS } from '../src/core/feeds/retention-decision.ts';
import type { ArticleFields } from '../src/core/corpus/build-corpus-article.ts';
import type { ArticleInput, CorpusArticle } from '../src/core/types.ts';
import { fixturePages } from '../tests/fixtures/fixture-pages.ts';
import { readArticleFile, readArticleFolder } from '../src/cli/read-article-files.ts';

const root = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: { set: { type: 'string', multiple: true }, stories: { type: 'string' }, pages: { type: 'boolean' }, features: { type: 'boolean' }, 'heldout-features': { type: 'boolean' }, 'as-read': { type: 'boolean' } },
});

interface Labels {
  story: string;
  topic: string;
  /** Which part of the set the article belongs to ("dev", a held-aside part: "heldout", "fresh"; or the set's only part). */
  part: string;
}

/** A part kept for an independent check: any part of a set but its dev part (and a set's only part, 'all'). */
const heldAside = (part: string): boolean => part !== 'dev' && part !== 'all';

interface EvalSet {
  name: string;
  fields: ArticleFields[];
  labels: Map<string, Labels>;
}

/** Rows of a tab-separated file with a header line, as objects keyed by the header's names. */
function readTsv(path: string): Array<Record<string, string>> {
  const [head, ...lines] = readFileSync(path, 'utf8').trim().split(/\r?\n/);
  const cols = head!.split('\t').map((c) => c.trim());
  return lines.filter((l) => l.trim()).map((l) => Object.fromEntries(l.split('\t').map((v, i) => [cols[i]!, v.trim()])));
}

function loadPages(): EvalSet {
  const fields: ArticleFields[] = [];
  const labels = new Map<string, Labels>();
  for (const page of fixturePages()) {
    const a = readArticleFile(page.file, page.id);
    fields.push(a);
    labels.set(a.id, { story: page.story, topic: page.story, part: 'all' });
  }
  // The one same-topic pair here (tests/fixtures/pages/README.md): WeWork layoffs vs the WeWork investigation.
  labels.get('zyte-dev/bc13ff87b2')!.topic = 'wework-nyag-investigation';
  for (const a of readArticleFolder(join(root, 'seeds'), { strict: true }).articles) {
    const id = `seeds/${a.id}`;
    fields.push({ ...a, id, origin: 'bundled' });
    labels.set(id, { story: 'seeds', topic: 'seeds', part: 'all' });
  }
  return { name: 'pages', fields, labels };
}

/** A folder of articles (.txt/.html, index.json sidecar) labelled by its clusters.tsv. */
function loadClustered(name: string, dir: string, storyCol: string): EvalSet {
  const { articles, skipped } = readArticleFolder(dir);
  for (const s of skipped) console.log(`  ${name}: skipped ${s.file}: ${s.reason}`);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const fields: ArticleFields[] = [];
  const labels = new Map<string, Labels>();
  for (const row of readTsv(join(dir, 'clusters.tsv'))) {
    const a = byId.get(row.doc!);
    if (!a) {
      console.log(`  ${name}: no article file for ${row.doc}`);
      continue;
    }
    fields.push(a);
    labels.set(a.id, { story: row[storyCol]!, topic: row.topic || row[storyCol]!, part: row.split || 'dev' });
  }
  return { name, fields, labels };
}

function loadSets(): EvalSet[] {
  const want = (name: string): boolean => !args.set || args.set.includes(name);
  const sets: EvalSet[] = [];
  if (want('pages')) sets.push(loadPages());
  if (want('ecbplus-dev')) {
    const dir = resolve(root, '../shared/fixtures/ecbplus-dev');
    if (existsSync(join(dir, 'clusters.tsv'))) sets.push(loadClustered('ecbplus-dev', dir, 'event'));
    else console.log(`ecbplus-dev: MISSING (${dir} not found; it lives outside the repository): not evaluated\n`);
  }
  if (want('stories')) {
    const dir = args.stories ? resolve(args.stories) : join(root, 'tests/fixtures/stories');
    if (existsSync(join(dir, 'clusters.tsv'))) sets.push(loadClustered('stories', dir, 'story'));
    else console.log(`stories: MISSING (${dir}/clusters.tsv not found): not evaluated\n`);
  }
  return sets;
}

function asInput(a: CorpusArticle): ArticleInput {
  const out: ArticleInput = { title: a.title, text: a.text };
  if (a.url) out.url = a.url;
  if (a.published) out.published = a.published;
  return out;
}

interface Tally {
  docs: number;
  tp: number;
  fp: number;
  fn: number;
  sameTopicErrors: number;
  onTopicRight: number;
  onTopicSameStory: number;
  onTopicOther: number;
  selfMissed: number;
  selfListed: number;
  /** Diverging or updated figure groups the reader is shown, and those holding a report of another story
   * (false whatever their values: what a wrong listing costs in figures). */
  flagged: number;
  flaggedAcross: number;
  /** The listings again, split by whether matching knows both reports' dates (reportDate) or not. */
  byDates: Record<DatedPair, Counts>;
}

type DatedPair = 'dated' | 'undated';
interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const emptyTally = (): Tally => ({
  docs: 0, tp: 0, fp: 0, fn: 0, sameTopicErrors: 0, onTopicRight: 0, onTopicSameStory: 0, onTopicOther: 0, selfMissed: 0, selfListed: 0, flagged: 0, flaggedAcross: 0,
  byDates: { dated: emptyCounts(), undated: emptyCounts() },
});

function evaluate(set: EvalSet): Map<string, Tally> {
  const t0 = performance.now();
  const corpus = buildCorpus(set.fields);
  const t1 = performance.now();
  const tallies = new Map<string, Tally>();
  const label = (id: string): Labels => set.labels.get(id)!;
  const byId = new Map(corpus.articles.map((a) => [a.id, a]));
  const known = new Map(corpus.articles.map((a) => [a.id, reportDate(a) !== undefined]));
  const dated = (a: CorpusArticle): boolean => known.get(a.id)!;
  for (const a of corpus.articles) {
    const mine = label(a.id);
    let t = tallies.get(mine.part);
    if (!t) tallies.set(mine.part, (t = emptyTally()));
    t.docs++;
    const truth = new Set(corpus.articles.filter((b) => b.id !== a.id && label(b.id).story === mine.story).map((b) => b.id));
    const result = analyze(asInput(a), [corpus], { maxRelated: Infinity });
    const got = new Set(result.related.map((r) => r.id));
    if (result.article.inCorpus !== a.id) {
      t.selfMissed++;
      if (set.name !== 'pages') console.log(`  ${a.id}: not recognised as itself (inCorpus ${result.article.inCorpus})`);
    }
    if (got.has(a.id) || result.alsoOnTopic.some((r) => r.id === a.id)) t.selfListed++;
    got.delete(a.id);
    const wrong = [...got].filter((id) => !truth.has(id));
    const missed = [...truth].filter((id) => !got.has(id));
    t.tp += got.size - wrong.length;
    t.fp += wrong.length;
    t.fn += missed.length;
    t.sameTopicErrors += wrong.filter((id) => label(id).topic === mine.topic).length;
    const pair = (id: string): Counts => t!.byDates[dated(a) && dated(byId.get(id)!) ? 'dated' : 'undated'];
    for (const id of got) pair(id)[truth.has(id) ? 'tp' : 'fp']++;
    for (const id of missed) pair(id).fn++;
    for (const r of result.alsoOnTopic) {
      if (r.id === a.id) continue;
      if (truth.has(r.id)) t.onTopicSameStory++;
      else if (label(r.id).topic === mine.topic) t.onTopicRight++;
      else t.onTopicOther++;
    }
    for (const g of result.figures) {
      if (g.status !== 'diverging' && g.status !== 'updated') continue;
      t.flagged++;
      if (g.mentions.some((m) => m.reportId !== null && !truth.has(m.reportId) && m.reportId !== a.id)) t.flaggedAcross++;
    }
    const ok = !wrong.length && !missed.length && result.article.inCorpus === a.id;
    if (args.pages || (!ok && set.name === 'pages')) {
      const detail = [...wrong.map((id) => `+${id}`), ...missed.map((id) => `-${id}`)].join(' ');
      const self = result.article.inCorpus !== a.id ? '  (self not found!)' : '';
      console.log(`${ok ? ' ' : '!'} ${a.id.padEnd(40)} related ${got.size}/${truth.size}${detail ? `  ${detail}` : ''}${self}`);
    }
    if (args.features && (!heldAside(mine.part) || args['heldout-features'])) printFeatures(a, corpus, truth, label);
  }
  const t2 = performance.now();
  console.log(`${set.name}: corpus of ${corpus.articles.length} built in ${((t1 - t0) / 1000).toFixed(1)} s; ${corpus.articles.length} analyses in ${((t2 - t1) / 1000).toFixed(1)} s`);
  return tallies;
}

function printFeatures(a: CorpusArticle, corpus: ReturnType<typeof buildCorpus>, truth: Set<string>, label: (id: string) => Labels): void {
  for (const c of matchRelated(asInput(a), [corpus])) {
    if (c.article.id === a.id) continue;
    // A held-aside report is not shown as a candidate either, unless asked by name.
    if (heldAside(label(c.article.id).part) && !args['heldout-features']) continue;
    const kind = truth.has(c.article.id) ? 'SAME' : label(c.article.id).topic === label(a.id).topic ? 'topic' : 'diff';
    console.log(`${kind}\t${c.score.toFixed(3)}\t${c.decision}\t${JSON.stringify(c.features)}\t${a.id} -> ${c.article.id}\t[${c.sharedTerms.join(', ')}]`);
  }
}

const f3 = (x: number): string => x.toFixed(3);

/** Precision and recall of some listings, with their count. */
function precisionRecall(c: Counts): string {
  const p = c.tp + c.fp ? f3(c.tp / (c.tp + c.fp)) : '  -  ';
  const r = c.tp + c.fn ? f3(c.tp / (c.tp + c.fn)) : '  -  ';
  return `${p}  ${r}  ${String(c.tp + c.fp).padStart(6)}`;
}

function datesRow(set: string, part: string, t: Tally): string {
  return [set.padEnd(12), part.padEnd(8), precisionRecall(t.byDates.dated), '   ', precisionRecall(t.byDates.undated)].join('  ');
}

function row(set: string, part: string, t: Tally): string {
  const p = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1;
  const r = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  const cells = [
    set.padEnd(12), part.padEnd(8), String(t.docs).padStart(5), f3(p), f3(r), f3(f),
    String(t.tp + t.fp).padStart(6), String(t.sameTopicErrors).padStart(6), String(t.fp - t.sameTopicErrors).padStart(6), String(t.fn).padStart(6),
    String(t.onTopicRight).padStart(6), String(t.onTopicSameStory).padStart(6), String(t.onTopicOther).padStart(6),
    String(t.selfMissed).padStart(5), String(t.selfListed).padStart(5),
    String(t.flagged).padStart(7), String(t.flaggedAcross).padStart(7),
  ];
  return cells.join('  ');
}

/** Reports dated this many days after the open one may be in the corpus when it is read (time zones, late feeds). */
const READ_SLACK_DAYS = 1;

/** Listings of each dated report read on its own day (see --as-read in the header), per part, with the reports read. */
function evaluateAsRead(set: EvalSet): Map<string, Counts & { docs: number }> {
  const dayOf = new Map(buildCorpus(set.fields).articles.map((a) => [a.id, isoDayNumber(reportDate(a))]));
  const days = [...new Set([...dayOf.values()].filter((d): d is number => d !== undefined))];
  const tallies = new Map<string, Counts & { docs: number }>();
  const label = (id: string): Labels => set.labels.get(id)!;
  for (const day of days) {
    const held = set.fields.filter((f) => {
      const d = dayOf.get(f.id);
      return d !== undefined && d >= day - DEFAULT_RETENTION_DAYS && d <= day + READ_SLACK_DAYS;
    });
    const corpus = buildCorpus(held);
    for (const a of corpus.articles) {
      if (dayOf.get(a.id) !== day) continue;
      const mine = label(a.id);
      let t = tallies.get(mine.part);
      if (!t) tallies.set(mine.part, (t = { ...emptyCounts(), docs: 0 }));
      t.docs++;
      const truth = new Set(corpus.articles.filter((b) => b.id !== a.id && label(b.id).story === mine.story).map((b) => b.id));
      const got = analyze(asInput(a), [corpus], { maxRelated: Infinity }).related.map((r) => r.id).filter((id) => id !== a.id);
      for (const id of got) t[truth.has(id) ? 'tp' : 'fp']++;
      t.fn += [...truth].filter((id) => !got.includes(id)).length;
    }
  }
  return tallies;
}

const sets = loadSets();
const lines: string[] = [];
const dateLines: string[] = [];
for (const set of sets) {
  const tallies = evaluate(set);
  const parts = [...tallies.keys()].sort((a, b) => (a === 'dev' ? -1 : b === 'dev' ? 1 : a.localeCompare(b)));
  for (const part of parts) lines.push(row(set.name, part, tallies.get(part)!));
  for (const part of parts) dateLines.push(datesRow(set.name, part, tallies.get(part)!));
}
console.log('\nrelated = reports decided the same story; alsoOnTopic = same topic, another event (shown apart)');
console.log('                                              |           related listings        |   alsoOnTopic listings  |   self      | figure groups');
console.log('set           part      docs  P      R      F1     listed  topic!  other!  missed  topic  story!  other!  unrec listed  flagged  across!');
console.log(lines.join('\n'));
console.log('\ntopic! = a report of another event of the same topic listed as related (same-topic error); other! = of another topic;');
console.log('alsoOnTopic: topic = same topic, another event (as meant); story! = a same-story report demoted there; other! = another topic;');
console.log('self: unrec = the article not recognised as its own corpus entry; listed = the article listed as related to itself.');
console.log('figure groups: flagged = diverging or updated groups shown; across! = of those, groups holding a report of another story (always false).');
console.log('\nthe same related listings, split by dates: both reports dated (a stated date, a dateline or a date in the address) or not');
console.log('                        |   both dated          |   one or both undated');
console.log('set           part      P      R      listed       P      R      listed');
console.log(dateLines.join('\n'));

if (args['as-read']) {
  console.log(`\neach dated report read on its own day, against the reports dated from ${DEFAULT_RETENTION_DAYS} days before it to ${READ_SLACK_DAYS} after (undated left out)`);
  console.log('set           part      read   P      R      listed');
  for (const set of sets) {
    const tallies = evaluateAsRead(set);
    for (const [part, t] of [...tallies].sort(([a], [b]) => (a === 'dev' ? -1 : b === 'dev' ? 1 : a.localeCompare(b)))) {
      console.log([set.name.padEnd(12), part.padEnd(8), String(t.docs).padStart(5), precisionRecall(t)].join('  '));
    }
  }
}
