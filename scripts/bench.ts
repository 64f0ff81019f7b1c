// npm run bench: scale of the Parallax matcher on generated corpora of 1k, 10k and 50k articles, side by
// side with plain fuse.js over title and body (the baseline), and time to first result from a cold start.
// Each size runs in a fresh `node --expose-gc` process. Generation is deterministic (seeded PRNG): filler
// articles from a word list, plus planted same-story pairs rewritten and trimmed from the real fixture
// pages and seeds. Timings are printed, never asserted.
import '../src/cli/install-background-terms.ts'; // the term list, before anything is analysed
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { realArticles } from './bench-generate.ts';

const root = resolve(import.meta.dirname, '..');
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);

function node(args: string[]): string {
  return execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'inherit'] });
}

const tmp = join(root, '.tmp');
mkdirSync(tmp, { recursive: true });
const realPath = join(tmp, 'bench-real-articles.json');
writeFileSync(realPath, JSON.stringify(realArticles(root)));

interface SizeResult {
  size: number;
  pairs: number;
  compileMs: number;
  fileBytes: number;
  indexBytes: number;
  indexLoadMs: number;
  fileLoadMs: number;
  heapCorpus: number;
  heapIndex: number;
  p50: number;
  p95: number;
  queries: number;
  recall5: number;
  listed: number;
  fuse: { skipped?: string; p50?: number; p95?: number; recall5?: number; queries?: number; buildMs?: number };
}

const results: SizeResult[] = [];
for (const size of SIZES) {
  process.stderr.write(`bench: ${size} articles...\n`);
  const out = node(['--expose-gc', '--import', 'tsx', 'scripts/bench-size.ts', String(size), realPath]);
  results.push(JSON.parse(out.trim().split('\n').pop()!) as SizeResult);
}

const mb = (b: number): string => `${(b / 1e6).toFixed(1)} MB`;
const ms = (x: number): string => (x >= 1000 ? `${(x / 1000).toFixed(1)} s` : `${x.toFixed(x < 10 ? 2 : 0)} ms`);
const pctf = (x: number): string => `${(x * 100).toFixed(0)}%`;
const rows: Array<[string, ...string[]]> = [
  ['articles', ...results.map((r) => r.size.toLocaleString('en-US'))],
  ['planted pairs', ...results.map((r) => String(r.pairs))],
  ['compile time', ...results.map((r) => ms(r.compileMs))],
  ['index size', ...results.map((r) => `${r.indexBytes.toLocaleString('en-US')} B`)],
  ['corpus file size (with texts)', ...results.map((r) => `${r.fileBytes.toLocaleString('en-US')} B`)],
  ['index load (JSON.parse + decode)', ...results.map((r) => ms(r.indexLoadMs))],
  ['corpus file load (whole file)', ...results.map((r) => ms(r.fileLoadMs))],
  ['heap used: index', ...results.map((r) => mb(r.heapIndex))],
  ['heap used: whole corpus', ...results.map((r) => mb(r.heapCorpus))],
  ['Parallax query p50', ...results.map((r) => ms(r.p50))],
  ['Parallax query p95', ...results.map((r) => ms(r.p95))],
  ['Parallax recall@5 (planted)', ...results.map((r) => pctf(r.recall5))],
  ['Parallax listed as same story', ...results.map((r) => pctf(r.listed))],
  ['fuse.js baseline query p50', ...results.map((r) => (r.fuse.skipped ?? ms(r.fuse.p50!)))],
  ['fuse.js baseline query p95', ...results.map((r) => (r.fuse.skipped ?? ms(r.fuse.p95!)))],
  ['fuse.js baseline recall@5', ...results.map((r) => (r.fuse.skipped ?? `${pctf(r.fuse.recall5!)} (${r.fuse.queries} q)`))],
];
const w0 = Math.max(...rows.map((r) => r[0].length));
const widths = results.map((_, i) => Math.max(...rows.map((r) => r[i + 1]!.length)));
console.log('\nParallax matcher vs plain fuse.js (targets: p50 <= 5 ms at 10k, <= 20 ms at 50k; index load <= 150 ms and heap <= 60 MB per 10k)');
for (const r of rows) console.log(`${r[0].padEnd(w0)}  ${r.slice(1).map((c, i) => c.padStart(widths[i]!)).join('  ')}`);

// Cold start with the bundled seed corpus, in a fresh process.
try {
  node(['--import', 'tsx', 'scripts/compile-seeds.ts']);
  const cold = JSON.parse(node(['--import', 'tsx', 'scripts/bench-cold-start.ts']).trim().split('\n').pop()!) as Record<string, number>;
  console.log(
    `\ntime to first result from a cold start (seeds.json, ${cold.bytes!.toLocaleString('en-US')} B): ${ms(cold.workMs!)} ` +
      `(read ${ms(cold.readMs!)}, parse ${ms(cold.parseMs!)}, analyze ${ms(cold.analyzeMs!)}; ${cold.related} related); ` +
      `${ms(cold.sinceStartMs!)} since process start, of which ${ms(cold.importMs!)} loading modules`,
  );
} catch (e) {
  console.log(`\ncold start: failed (${(e as Error).message})`);
}
