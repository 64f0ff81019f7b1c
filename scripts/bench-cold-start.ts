// Time to first result from a cold start, in a fresh process: read public/corpus/seeds.json, parse it,
// analyse one seed. Prints one JSON line; times are from process start (performance.now()).
import '../src/cli/install-background-terms.ts'; // the term list, before anything is analysed
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../src/core/analyze.ts';
import { parseCorpusFile } from '../src/core/corpus/corpus-file.ts';

const importedMs = performance.now();
const raw = readFileSync(resolve(import.meta.dirname, '../public/corpus/seeds.json'), 'utf8');
const t0 = performance.now();
const corpus = parseCorpusFile(JSON.parse(raw));
const parsedMs = performance.now();
const seed = corpus.articles[0]!;
const result = analyze({ title: seed.title, text: seed.text }, [corpus]);
const doneMs = performance.now();
console.log(
  JSON.stringify({
    sinceStartMs: doneMs,
    importMs: importedMs,
    readMs: t0 - importedMs,
    parseMs: parsedMs - t0,
    analyzeMs: doneMs - parsedMs,
    workMs: doneMs - importedMs,
    related: result.related.length,
    bytes: raw.length,
  }),
);
