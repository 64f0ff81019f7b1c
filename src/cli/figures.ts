// npm run figures -- <file.txt|file.html> [--published YYYY-MM-DD]
// Prints the figures of an article as JSON, offsets into the article text as the analysis sees it
// (paragraphs joined by a blank line).
import './install-background-terms.ts'; // the term list, before anything is analysed
import { parseArgs } from 'node:util';
import { extractFigures } from '../core/figures/extract/extract-figures.ts';
import { readInputArticle } from './read-input-article.ts';

const USAGE = 'usage: npm run figures -- <file.txt|file.html> [--published YYYY-MM-DD]';

try {
  const { values, positionals } = parseArgs({
    options: { published: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (positionals.length !== 1) throw new Error(USAGE);
  if (values.published !== undefined && !/^\d{4}-\d{2}-\d{2}/.test(values.published)) {
    throw new Error(`--published must be a date like 2024-05-16, got "${values.published}"`);
  }
  const article = readInputArticle(positionals[0]!);
  const published = values.published ?? article.published;
  const figures = extractFigures(article.text, published ? { published } : {});
  const out = figures.map((f) => ({
    text: f.text,
    start: f.start,
    end: f.end,
    value: f.value,
    unit: f.unit,
    kind: f.kind,
    ...(f.hedge ? { hedge: f.hedge } : {}),
    ...(f.max !== undefined ? { max: f.max } : {}),
    ...(f.change ? { change: f.change } : {}),
    ...(f.time ? { time: f.time } : {}),
  }));
  console.log(JSON.stringify(out, null, 2));
} catch (e) {
  console.error(`figures: ${(e as Error).message}`);
  process.exit(1);
}
