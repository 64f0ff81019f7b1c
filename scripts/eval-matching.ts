// npm run eval:matching [-- --features]
// Builds one corpus of every fixture page (tests/fixtures/pages: zyte-dev and readability-news) and the
// seeds, analyses each of them against it, and prints precision and recall of the related reports, page by
// page and overall. Ground truth: zyte-dev/pages.tsv clusters, the seeds as one story, every other page alone.
// --features prints every re-ranked candidate's features with its label (for studying the decision).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '../src/core/analyze.ts';
import { SAME_STORY_THRESHOLD } from '../src/core/matching/decide-same-story.ts';
import { buildCorpus } from '../src/core/corpus/corpus-file.ts';
import { matchRelated } from '../src/core/matching/match-related.ts';
import type { ArticleFields } from '../src/core/corpus/build-corpus-article.ts';
import type { ArticleInput, CorpusArticle } from '../src/core/types.ts';
import { readArticleFile, readArticleFolder } from '../src/cli/read-article-files.ts';

const root = resolve(import.meta.dirname, '..');
const pages = join(root, 'tests/fixtures/pages');
const showFeatures = process.argv.includes('--features');

const fields: ArticleFields[] = [];
const story = new Map<string, string>();
const clusters = readFileSync(join(pages, 'zyte-dev/pages.tsv'), 'utf8').trim().split('\n').slice(1);
for (const line of clusters) {
  const [id, cluster] = line.split('\t');
  const a = readArticleFile(join(pages, 'zyte-dev', id!, 'source.html'), `zyte-dev/${id}`);
  fields.push(a);
  story.set(a.id, cluster === '-' ? a.id : cluster!);
}
for (const slug of readdirSync(join(pages, 'readability-news')).sort()) {
  const dir = join(pages, 'readability-news', slug);
  if (!readdirSync(dir).includes('source.html')) continue;
  const a = readArticleFile(join(dir, 'source.html'), `readability-news/${slug}`);
  fields.push(a);
  story.set(a.id, a.id);
}
for (const a of readArticleFolder(join(root, 'seeds'), { strict: true }).articles) {
  const id = `seeds/${a.id}`;
  fields.push({ ...a, id, origin: 'bundled' });
  story.set(id, 'putin-china-state-visit-2024');
}
const corpus = buildCorpus(fields);

function asInput(a: CorpusArticle): ArticleInput {
  const out: ArticleInput = { title: a.title, text: a.text };
  if (a.url) out.url = a.url;
  if (a.published) out.published = a.published;
  return out;
}

let tp = 0;
let fp = 0;
let fn = 0;
const failing: string[] = [];
const rows: string[] = [];
for (const a of corpus.articles) {
  const truth = new Set(corpus.articles.filter((b) => b.id !== a.id && story.get(b.id) === story.get(a.id)).map((b) => b.id));
  const result = analyze(asInput(a), [corpus]);
  const got = new Set(result.related.map((r) => r.id).filter((id) => id !== a.id));
  const hit = [...got].filter((id) => truth.has(id)).length;
  const pageFp = got.size - hit;
  const pageFn = truth.size - hit;
  tp += hit;
  fp += pageFp;
  fn += pageFn;
  const p = got.size ? hit / got.size : truth.size ? 0 : 1;
  const r = truth.size ? hit / truth.size : 1;
  const ok = pageFp === 0 && pageFn === 0;
  const detail = [
    ...[...got].filter((id) => !truth.has(id)).map((id) => `+${id}`),
    ...[...truth].filter((id) => !got.has(id)).map((id) => `-${id}`),
  ].join(' ');
  rows.push(`${ok ? ' ' : '!'} ${a.id.padEnd(40)} P ${p.toFixed(2)}  R ${r.toFixed(2)}  related ${got.size}/${truth.size}${detail ? `  ${detail}` : ''}${result.article.inCorpus !== a.id ? '  (self not found!)' : ''}`);
  if (!ok) failing.push(a.id);
  if (showFeatures) {
    for (const c of matchRelated(asInput(a), [corpus])) {
      if (c.article.id === a.id) continue;
      const f = c.features;
      const label = truth.has(c.article.id) ? 'SAME' : 'diff';
      console.log(
        `${label}\t${c.score.toFixed(3)}\t${c.decision}\tcos ${f.bodySimilarity.toFixed(3)}\ttitle ${f.titleSimilarity.toFixed(2)}\tnames ${f.sharedNames.toFixed(2)}\tfig ${f.sharedFigures}\tdays ${f.daysApart === undefined ? '-' : f.daysApart.toFixed(1)}\t${a.id} -> ${c.article.id}\t[${c.sharedTerms.join(', ')}]`,
      );
    }
  }
}
console.log(`related = candidates decided 'same-story' (score >= ${SAME_STORY_THRESHOLD}); ! marks a page with a wrong or missing report\n`);
console.log(rows.join('\n'));
const precision = tp + fp ? tp / (tp + fp) : 1;
const recall = tp + fn ? tp / (tp + fn) : 1;
console.log(`\noverall: ${corpus.articles.length} pages, related pairs found ${tp + fp}, correct ${tp}, missed ${fn}`);
console.log(`precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  F1 ${(precision + recall ? (2 * precision * recall) / (precision + recall) : 0).toFixed(3)}`);
console.log(failing.length ? `failing pages (${failing.length}): ${failing.join(' ')}` : 'failing pages: none');
