// npm run analyze -- <file.html|file.txt> [--corpus <compiled corpus file | folder>] [--url <url>]
import { parseArgs } from 'node:util';
import { explainAlignment } from '../core/figures/align-figures.ts';
import { analyze } from '../core/analyze.ts';
import { DEFAULT_CORPUS, loadCorpus } from './load-corpora.ts';
import { readInputArticle } from './read-input-article.ts';

const USAGE = 'usage: npm run analyze -- <file.html|file.txt> [--corpus <corpus.json|folder>] [--url <url>] [--explain]\n  --explain  also print how the figures were aligned (every figure\'s measure, and each link considered)';

try {
  const { values, positionals } = parseArgs({
    options: { corpus: { type: 'string' }, url: { type: 'string' }, explain: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (positionals.length !== 1) throw new Error(USAGE);
  const article = readInputArticle(positionals[0]!, values.url);
  const corpus = loadCorpus(values.corpus ?? DEFAULT_CORPUS);
  const result = analyze(article, [corpus]);
  if (!values.explain) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    // For curators tuning a corpus: why figures were (not) grouped.
    const byId = new Map(corpus.articles.map((a) => [a.id, a]));
    const related = result.related.map((r) => ({ reportId: r.id, text: byId.get(r.id)!.text, ...(byId.get(r.id)!.published ? { published: byId.get(r.id)!.published } : {}) }));
    const open = { reportId: null, text: article.text, ...(article.published ? { published: article.published } : {}) };
    console.log(JSON.stringify({ result, alignment: explainAlignment(open, related) }, null, 2));
  }
} catch (e) {
  console.error(`analyze: ${(e as Error).message}`);
  process.exit(1);
}
