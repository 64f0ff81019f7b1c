// Build step: compiles seeds/ into public/corpus/seeds.json, which the extension loads lazily as data.
import '../src/cli/install-background-terms.ts'; // the term list, before anything is analysed
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus, serializeCorpus } from '../src/core/corpus/corpus-file.ts';
import { readArticleFolder } from '../src/cli/read-article-files.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(root, 'public/corpus/seeds.json');
try {
  const { articles } = readArticleFolder(resolve(root, 'seeds'), { strict: true });
  const json = JSON.stringify(serializeCorpus(buildCorpus(articles.map((a) => ({ ...a, origin: 'bundled' as const })))));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, json);
  console.log(`seeds: ${articles.length} articles -> ${out} (${json.length} bytes)`);
} catch (e) {
  console.error(`corpus build failed: ${(e as Error).message}`);
  process.exit(1);
}
