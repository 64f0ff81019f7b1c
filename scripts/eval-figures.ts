// npm run eval:figures [-- --verbose] [--heldout-details] [--stories <folder>]
// Span precision / recall / F1 and value accuracy of extractFigures on the public quantity suites in
// tests/fixtures/quantities (see that folder's README for sources and licences).
// --verbose lists every miss, false positive, wrong value, differing span and designed-out item; for the
// stories, of the dev part only: the held-aside part's items are printed only with --heldout-details, so that
// studying the misses never reads the part kept for an independent check.
// --stories reads the story set from another folder of the same layout (a batch kept outside the repository).
import '../src/cli/install-background-terms.ts'; // the term list, before anything is analysed
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { scoreFigureSuites } from './score-figure-suites.ts';
import { scoreNewsQuantities } from './score-news-quantities.ts';
import { loadStories, scoreEcbPlus, scoreStories, scoreStoriesAsRead, type DivergenceScore, type Doc } from './score-figure-divergences.ts';
import { analyze } from '../src/core/analyze.ts';
import { buildCorpus } from '../src/core/corpus/corpus-file.ts';
import { readArticleFolder } from '../src/cli/read-article-files.ts';
import type { ArticleInput, FigureGroup } from '../src/core/types.ts';

const verbose = process.argv.includes('--verbose');
const heldoutDetails = process.argv.includes('--heldout-details');
const storiesAt = process.argv.indexOf('--stories');
const STORIES = resolve(storiesAt > 0 && process.argv[storiesAt + 1] ? process.argv[storiesAt + 1]! : resolve(import.meta.dirname, '../tests/fixtures/stories'));

const HEADER = `Figure extraction on public quantity suites (Recognizers-Text English specs, quantulum3 tests)
How it is compared:
- Each suite scores only the kinds it models: Currency=money, Percent=percent, Ordinal=ordinal, Age=age,
  Dimension=quantities except temperatures, Temperature=quantities in degrees; Number, NumberRange and
  quantulum3 score every kind but ordinal.
- Expected items with no numeric value (Recognizers' relative ordinals "last"/"next", a bare "percent",
  a unit word alone) are not figures and are dropped.
- "out" = expected items Parallax rejects by design and says so (numbers inside dates, bare years,
  decades, times of day, phone numbers, IP addresses, model names such as "SCP-173", "Voyager 2",
  "English 101", list markers). They are left out of P/R/F1; R(all) counts them as misses. Digits
  glued to letters Parallax does not know ("10G", "0.8rad") and forms it does not parse ("1 over 3",
  "3 dollars 50 cents", "percent of 10") stay in and count as misses.
- Exact = same [start,end). Overlap = spans share a character: Parallax keeps hedges ("more than") out
  of a span and currency and units in, so span conventions differ from suite to suite.
- Value = share of overlap matches whose value is right (ranges: min, max or midpoint; cents in dollars).
`;

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
const rows = scoreFigureSuites();
console.log(HEADER);
const head = ['suite'.padEnd(24), 'cases', ' gold', '  out', ' pred', ' exP  ', ' exR  ', ' exF1 ', ' ovP  ', ' ovR  ', ' ovF1 ', 'R(all)', 'value'];
console.log(head.join(' '));
console.log('-'.repeat(head.join(' ').length));
for (const r of rows) {
  console.log([
    r.name.padEnd(24),
    String(r.cases).padStart(5),
    String(r.gold).padStart(5),
    String(r.designedOut).padStart(5),
    String(r.predicted).padStart(5),
    pct(r.exact.p), pct(r.exact.r), pct(r.exact.f1),
    pct(r.overlap.p), pct(r.overlap.r), pct(r.overlap.f1),
    pct(r.recallAll) + ' ',
    pct(r.valueAccuracy),
  ].join(' '));
}
if (verbose) {
  for (const r of rows) {
    console.log(`\n## ${r.name}`);
    for (const m of r.misses) console.log(`  miss   ${m}`);
    for (const m of r.falsePositives) console.log(`  extra  ${m}`);
    for (const m of r.wrongValues) console.log(`  value  ${m}`);
    for (const m of r.spanDiffs) console.log(`  span   ${m}`);
    for (const m of r.designedOutItems) console.log(`  out    ${m}`);
  }
}

// ---------------------------------------------------------------- news sentences: values and units
const news = scoreNewsQuantities();
console.log(`\nQuantities in news sentences (tests/fixtures/quantities/news-dev.jsonl: ${news.sentences} sentences from the shared real pages, ${news.gold} hand-labelled quantities; goal value+unit F1 >= 0.80)`);
console.log(`  value       P ${pct(news.value.p)}  R ${pct(news.value.r)}  F1 ${pct(news.value.f1)}`);
console.log(`  value+unit  P ${pct(news.valueUnit.p)}  R ${pct(news.valueUnit.r)}  F1 ${pct(news.valueUnit.f1)}`);
if (verbose) {
  for (const m of news.valueMisses) console.log(`  miss   ${m}`);
  for (const m of news.unitMisses) console.log(`  unit   ${m}`);
  for (const m of news.extras) console.log(`  extra  ${m}`);
}

// ---------------------------------------------------------------- divergences and updates
console.log('\nDiverging and updated figure groups (found / real labelled measures; false = flagged groups that mix measures or a look-alike;');
console.log('unlabelled = flagged groups on figures nobody labelled; cross-story = flagged groups between different stories of one topic, always false)');
const stories = loadStories(STORIES);
if (!stories) console.log(`  ${STORIES}: MISSING (no clusters.tsv / figures.tsv): story sets not scored`);
else {
  const head2 = ['set'.padEnd(16), 'stories', 'diverging', ' updated', 'status ok', 'flagged', 'false', 'unlabelled', 'cross-story'];
  console.log(`  ${head2.join('  ')}`);
  const print = (r: DivergenceScore) => console.log(`  ${[r.set.padEnd(16), String(r.stories).padStart(7), `${r.foundDiverging}/${r.realDiverging}`.padStart(9), `${r.foundUpdated}/${r.realUpdated}`.padStart(8),
    String(r.statusRight).padStart(9), String(r.predicted).padStart(7), String(r.falseDivergences).padStart(5), String(r.unlabelled).padStart(10), String(r.crossStoryFalse).padStart(11)].join('  ')}`);
  // dev first, then each held-aside part ("heldout"; "fresh": a batch gathered after the rules it checks).
  const splits = [...new Set(stories.docs.map((d) => d.split))].sort((a, b) => (a === 'dev' ? -1 : b === 'dev' ? 1 : a.localeCompare(b)));
  const asRead = storiesAsRead();
  for (const split of splits) {
    const docs = stories.docs.filter((d) => d.split === split);
    const r = scoreStories(`stories ${split}`, docs, stories.rows);
    print(r);
    if (verbose && (split === 'dev' || heldoutDetails)) for (const d of r.details) console.log(d);
  }
  console.log('  as a reader sees them: each story\'s first report analysed against all reports, matching choosing what is aligned');
  for (const split of splits) {
    const r = scoreStoriesAsRead(`read ${split}`, stories.docs.filter((d) => d.split === split), stories.rows, asRead);
    print(r);
    if (verbose && (split === 'dev' || heldoutDetails)) for (const d of r.details) console.log(d);
  }
}
const ECB = resolve(import.meta.dirname, '../../shared/fixtures/ecbplus-dev');
const ecb = existsSync(ECB) ? scoreEcbPlus(ECB) : undefined;
if (!ecb) console.log(`  ecbplus-dev: MISSING (${ECB} not found): not scored`);
else {
  console.log(`  ecbplus-dev (${ecb.events} events, no dates, no figure labels): flagged within events ${ecb.withinDiverging} (read them with --verbose); cross-event (same topic, different event: false) ${ecb.crossFalse}`);
  if (verbose) for (const d of ecb.details) console.log(d);
}

/** analyze() of a story report against one corpus of every story report, as the extension would run it. */
function storiesAsRead(): (open: Doc) => FigureGroup[] {
  const { articles } = readArticleFolder(STORIES);
  const corpus = buildCorpus(articles);
  const byId = new Map(corpus.articles.map((a) => [a.id, a]));
  return (open) => {
    const a = byId.get(open.id)!;
    const input: ArticleInput = { title: a.title, text: a.text };
    if (a.url) input.url = a.url;
    if (a.published) input.published = a.published;
    return analyze(input, [corpus]).figures;
  };
}
