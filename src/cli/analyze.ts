// npm run analyze -- <file.html|file.txt> [--corpus <compiled corpus file | folder>] [--url <url>] [--explain]
// npm run analyze -- --jsonl <file> [<file> ...] [--corpus ...]: one result per line, the corpus loaded once.
import './install-background-terms.ts'; // the term list, before anything is analysed
import { parseArgs } from 'node:util';
import { explainAlignment } from '../core/figures/align-figures.ts';
import { analyze } from '../core/analyze.ts';
import type { Corpus } from '../core/types.ts';
import { DEFAULT_CORPUS, loadCorpus } from './load-corpora.ts';
import { readInputArticle } from './read-input-article.ts';

const USAGE = [
  'usage: npm run analyze -- <file.html|file.txt> [--corpus <corpus.json|folder>] [--url <url>] [--explain]',
  '       npm run analyze -- --jsonl <file> [<file> ...] [--corpus <corpus.json|folder>]',
  "  --explain  also print how the figures were aligned (every figure's measure, and each link considered)",
  '  --jsonl    analyse every file against one loaded corpus; print one line per file, in order: its',
  '             AnalysisResult with a "file" field, or {"file", "error"} when it cannot be read (exit code 1)',
].join('\n');

function single(path: string, corpus: Corpus, url: string | undefined, explain: boolean): void {
  const article = readInputArticle(path, url);
  const result = analyze(article, [corpus]);
  if (!explain) {
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  // For curators tuning a corpus: why figures were (not) grouped.
  const byId = new Map(corpus.articles.map((a) => [a.id, a]));
  const related = result.related.map((r) => ({ reportId: r.id, text: byId.get(r.id)!.text, ...(byId.get(r.id)!.published ? { published: byId.get(r.id)!.published } : {}) }));
  const open = { reportId: null, text: article.text, ...(article.published ? { published: article.published } : {}) };
  console.log(JSON.stringify({ result, alignment: explainAlignment(open, related) }, null, 2));
}

/** Every file against the one corpus; a file that cannot be read is said so on its line and on stderr. */
function batch(paths: string[], corpus: Corpus): boolean {
  let ok = true;
  for (const file of paths) {
    try {
      console.log(JSON.stringify({ file, ...analyze(readInputArticle(file), [corpus]) }));
    } catch (e) {
      ok = false;
      const error = (e as Error).message;
      console.error(`analyze: ${file}: ${error}`);
      console.log(JSON.stringify({ file, error }));
    }
  }
  return ok;
}

try {
  const { values, positionals } = parseArgs({
    options: {
      corpus: { type: 'string' },
      url: { type: 'string' },
      explain: { type: 'boolean' },
      jsonl: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (values.jsonl) {
    if (positionals.length === 0 || values.url || values.explain) throw new Error(USAGE);
    const corpus = loadCorpus(values.corpus ?? DEFAULT_CORPUS);
    if (!batch(positionals, corpus)) process.exitCode = 1;
  } else {
    if (positionals.length !== 1) throw new Error(USAGE);
    single(positionals[0]!, loadCorpus(values.corpus ?? DEFAULT_CORPUS), values.url, !!values.explain);
  }
} catch (e) {
  console.error(`analyze: ${(e as Error).message}`);
  process.exit(1);
}
