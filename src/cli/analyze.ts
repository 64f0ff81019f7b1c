// npm run analyze -- <file.html|file.txt> [--corpus <compiled corpus file | folder>] [--url <url>]
import { parseArgs } from 'node:util';
import { analyze } from '../core/analyze.ts';
import { DEFAULT_CORPUS, loadCorpus } from './load-corpora.ts';
import { readInputArticle } from './read-input-article.ts';

const USAGE = 'usage: npm run analyze -- <file.html|file.txt> [--corpus <corpus.json|folder>] [--url <url>]';

try {
  const { values, positionals } = parseArgs({
    options: { corpus: { type: 'string' }, url: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (positionals.length !== 1) throw new Error(USAGE);
  const article = readInputArticle(positionals[0]!, values.url);
  const corpus = loadCorpus(values.corpus ?? DEFAULT_CORPUS);
  console.log(JSON.stringify(analyze(article, [corpus]), null, 2));
} catch (e) {
  console.error(`analyze: ${(e as Error).message}`);
  process.exit(1);
}
