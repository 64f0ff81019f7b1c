// npm run corpus -- build <folder> --out <file>
// npm run corpus -- feeds <feed URL | file | OPML>... --out <file>  (src/cli/compile-feeds.ts)
// Compiles a folder of .txt/.html articles (and an optional index.json sidecar of
// {id: {source, url, published, title}}) into a corpus file, with the same compiler as the build.
import './install-background-terms.ts'; // the term list, before anything is analysed
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCorpus, serializeCorpus } from '../core/corpus/corpus-file.ts';
import { compileFeeds } from './compile-feeds.ts';
import { readArticleFolder } from './read-article-files.ts';

const USAGE = 'usage: npm run corpus -- build <folder> --out <corpus.json>\n       npm run corpus -- feeds <feed URL | file | OPML>... --out <corpus.json>';

/** A single updating progress line on stderr (plain lines, sparingly, when stderr is not a terminal). */
function progress(label: string): { update: (done: number, total: number) => void; end: () => void } {
  const tty = process.stderr.isTTY;
  let last = 0;
  let lastPct = -1;
  let shown = false;
  return {
    update(done, total) {
      const now = Date.now();
      const pct = total ? Math.floor((100 * done) / total) : 100;
      if (done !== total && (now - last < 100 || (!tty && pct - lastPct < 25))) return;
      last = now;
      lastPct = pct;
      const line = `${label} ${done}/${total} (${pct}%)`;
      if (tty) process.stderr.write(`\r${line}\u001b[K`);
      else process.stderr.write(`${line}\n`);
      shown = true;
    },
    end() {
      if (tty && shown) process.stderr.write('\n');
    },
  };
}

function build(folder: string, out: string): void {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new Error(`${folder}: no such folder`);
  const started = performance.now();
  const reading = progress('reading files');
  const { articles, skipped } = readArticleFolder(resolve(folder), { onProgress: reading.update });
  reading.end();
  if (articles.length === 0) {
    for (const s of skipped) console.error(`  skipped ${s.file}: ${s.reason}`);
    throw new Error(`no article could be read in ${folder}${skipped.length ? ` (${skipped.length} files skipped)` : ' (no .txt or .html files)'}`);
  }
  const indexing = progress('indexing');
  const corpus = buildCorpus(
    articles.map((a) => ({ ...a, origin: 'user' as const })),
    { onProgress: indexing.update },
  );
  indexing.end();
  const file = serializeCorpus(corpus);
  const json = JSON.stringify(file);
  const indexBytes = JSON.stringify(file.index).length;
  mkdirSync(dirname(resolve(out)), { recursive: true });
  writeFileSync(out, json);
  const secs = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`corpus: ${articles.length} articles -> ${out}`);
  console.log(`  file ${json.length.toLocaleString('en-US')} bytes, of which index ${indexBytes.toLocaleString('en-US')} bytes; ${secs} s`);
  if (skipped.length) {
    console.log(`  skipped ${skipped.length} file${skipped.length === 1 ? '' : 's'}:`);
    for (const s of skipped) console.log(`    ${s.file}: ${s.reason}`);
  } else {
    console.log('  skipped 0 files');
  }
}

/** Exit 0 when at least one feed gave articles; each failing feed is named on stderr. */
async function feeds(inputs: string[], out: string): Promise<void> {
  const started = performance.now();
  const reading = progress('reading articles');
  const r = await compileFeeds(inputs, { onProgress: reading.update });
  reading.end();
  for (const f of r.failures) console.error(`  skipped ${f.input}: ${f.reason}`);
  if (!r.corpus) throw new Error(`no feed could be read${r.failures.length ? ` (${r.failures.length} skipped)` : ''}`);
  const json = JSON.stringify(serializeCorpus(r.corpus));
  mkdirSync(dirname(resolve(out)), { recursive: true });
  writeFileSync(out, json);
  const secs = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`corpus: ${r.items} articles from ${r.feeds} feed${r.feeds === 1 ? '' : 's'} -> ${out}`);
  console.log(`  ${r.items - r.summaryOnly} read in full, ${r.summaryOnly} summary only; skipped ${r.failures.length} feed${r.failures.length === 1 ? '' : 's'}; ${secs} s`);
}

try {
  const { values, positionals } = parseArgs({
    options: { out: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const [command, folder, ...rest] = positionals;
  if (command === 'feeds' && folder && values.out) await feeds([folder, ...rest], values.out);
  else if (command !== 'build' || !folder || rest.length || !values.out) throw new Error(USAGE);
  else build(folder, values.out);
} catch (e) {
  console.error(`corpus: ${(e as Error).message}`);
  process.exit(1);
}
