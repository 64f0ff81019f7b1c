// One size of `npm run bench`, in its own process (node --expose-gc), so heap numbers are its own.
// usage: node --expose-gc --import tsx scripts/bench-size.ts <size> <real-articles.json>
// Prints one JSON line of results.
import '../src/cli/install-background-terms.ts'; // the term list, before anything is analysed
import { readFileSync } from 'node:fs';
import Fuse from 'fuse.js';
import { buildCorpus, parseCorpusFile, serializeCorpus } from '../src/core/corpus/corpus-file.ts';
import { matchRelated } from '../src/core/matching/match-related.ts';
import { loadSearchIndex } from '../src/core/corpus/search-index.ts';
import type { ArticleInput, Corpus, CorpusArticle } from '../src/core/types.ts';
import { generateCorpus, type RealArticle } from './bench-generate.ts';
import { quantile } from './quantile.ts';

const size = Number(process.argv[2]);
const real = JSON.parse(readFileSync(process.argv[3]!, 'utf8')) as RealArticle[];
const FUSE_BUDGET_MS = 60_000;
const FUSE_QUERIES = 10;
const PROBE_RECORDS = 1000;
const FILLER_QUERIES = 140;

const gc = (globalThis as { gc?: () => void }).gc;
function heapAfterGc(): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
}
const pct = quantile;
const median = (xs: number[]) => quantile(xs, 0.5);
function asInput(a: CorpusArticle): ArticleInput {
  const out: ArticleInput = { title: a.title, text: a.text };
  if (a.published) out.published = a.published;
  return out;
}

const generated: { fields: ReturnType<typeof generateCorpus>['fields'] | null; pairs: ReturnType<typeof generateCorpus>['pairs'] } = generateCorpus(size, real);
const pairs = generated.pairs;

let t = performance.now();
let built: Corpus | null = buildCorpus(generated.fields!);
generated.fields = null;
const compileMs = performance.now() - t;
let json = JSON.stringify(serializeCorpus(built));
built = null;
const indexJson = JSON.stringify((JSON.parse(json) as { index: unknown }).index);

// Index load: parse of the serialised index JSON and decoding of its postings (median of 3).
const loads: number[] = [];
for (let i = 0; i < 3; i++) {
  t = performance.now();
  loadSearchIndex(JSON.parse(indexJson));
  loads.push(performance.now() - t);
}
// Whole corpus file (articles + index), and the heap it holds once loaded.
const heap0 = heapAfterGc();
t = performance.now();
let corpus: Corpus | null = parseCorpusFile(JSON.parse(json));
const fileLoadMs = performance.now() - t;
const fileBytes = json.length;
const heapCorpus = heapAfterGc() - heap0;
json = '';
const heap1 = heapAfterGc();
let indexOnly: unknown = loadSearchIndex(JSON.parse(indexJson));
const heapIndex = heapAfterGc() - heap1;
indexOnly = null;
void indexOnly;

const byId = new Map(corpus.articles.map((a, i) => [a.id, i]));
// Warm-up (not timed): the first calls compile the code paths.
for (let i = 0; i < 20; i++) matchRelated(asInput(corpus.articles[(i * 104729) % corpus.articles.length]!), [corpus]);
heapAfterGc();
// Parallax: every planted pair's first version as the open article, plus filler articles.
const times: number[] = [];
let found5 = 0;
let listed = 0;
for (const p of pairs) {
  const a = corpus.articles[byId.get(p.a)!]!;
  t = performance.now();
  const cands = matchRelated(asInput(a), [corpus]);
  times.push(performance.now() - t);
  const ranked = cands.filter((c) => c.article.id !== a.id);
  if (ranked.slice(0, 5).some((c) => c.article.id === p.b)) found5++;
  if (ranked.some((c) => c.article.id === p.b && c.decision === 'same-story')) listed++;
}
for (let i = 0; i < FILLER_QUERIES; i++) {
  const a = corpus.articles[(i * 7919) % corpus.articles.length]!;
  t = performance.now();
  matchRelated(asInput(a), [corpus]);
  times.push(performance.now() - t);
}

// Baseline: plain fuse.js over title and body, the open article's title as the pattern.
const fuseResult: Record<string, unknown> = {};
{
  t = performance.now();
  const fuse = new Fuse(corpus.articles, { keys: ['title', 'text'], ignoreLocation: true, includeScore: true });
  fuseResult.buildMs = performance.now() - t;
  const sample = pairs.slice(0, FUSE_QUERIES);
  // fuse.js scans every record, so its time is linear in the corpus: estimate from a few queries over a
  // slice of at most PROBE_RECORDS articles, scaled up, before committing to the full run.
  const probeSet = corpus.articles.slice(0, Math.min(PROBE_RECORDS, corpus.articles.length));
  const probeFuse = new Fuse(probeSet, { keys: ['title', 'text'], ignoreLocation: true, includeScore: true });
  let probeMs = 0;
  const probeQueries = sample.slice(0, 3);
  for (const p of probeQueries) {
    const a = corpus.articles[byId.get(p.a)!]!;
    t = performance.now();
    probeFuse.search(a.title, { limit: 6 });
    probeMs += performance.now() - t;
  }
  const est = (probeMs / probeQueries.length) * (corpus.articles.length / probeSet.length) * sample.length;
  fuseResult.estimateMs = est;
  if (est > FUSE_BUDGET_MS) {
    fuseResult.skipped = `skipped (est. ${Math.round(est / 1000)} s)`;
  } else {
    const ft: number[] = [];
    let f5 = 0;
    for (const p of sample) {
      const a = corpus.articles[byId.get(p.a)!]!;
      t = performance.now();
      const res = fuse.search(a.title, { limit: 6 });
      ft.push(performance.now() - t);
      if (res.filter((r) => r.item.id !== a.id).slice(0, 5).some((r) => r.item.id === p.b)) f5++;
    }
    Object.assign(fuseResult, { p50: median(ft), p95: pct(ft, 0.95), recall5: f5 / sample.length, queries: sample.length });
  }
}
corpus = null;

console.log(
  JSON.stringify({
    size,
    pairs: pairs.length,
    compileMs,
    fileBytes,
    indexBytes: indexJson.length,
    indexLoadMs: median(loads),
    fileLoadMs,
    heapCorpus,
    heapIndex,
    p50: median(times),
    p95: pct(times, 0.95),
    queries: times.length,
    recall5: found5 / pairs.length,
    listed: listed / pairs.length,
    fuse: fuseResult,
  }),
);
