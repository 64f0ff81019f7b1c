// The compiled corpus file: what `npm run corpus -- build` writes and the extension loads as data.
import { buildCorpusArticle, type ArticleFields } from './build-corpus-article.ts';
import { buildSearchIndex, loadSearchIndex, serializeSearchIndex, type SerializedSearchIndex } from './search-index.ts';
import type { Corpus, CorpusArticle } from '../types.ts';

export const CORPUS_FORMAT = 'parallax-corpus';
export const CORPUS_VERSION = 1;

type SerializedArticle = Omit<CorpusArticle, 'sentences' | 'origin'> & {
  /** Sentence offsets flattened: [s0, e0, s1, e1, ...]. */
  sentences: number[];
};

export interface CorpusFile {
  format: typeof CORPUS_FORMAT;
  version: typeof CORPUS_VERSION;
  articles: SerializedArticle[];
  index: SerializedSearchIndex;
}

export interface BuildCorpusOptions {
  /** Called as the index is built: `done` of `total` steps. */
  onProgress?: (done: number, total: number) => void;
}

export function buildCorpus(fields: ArticleFields[], options: BuildCorpusOptions = {}): Corpus {
  const seen = new Set<string>();
  for (const f of fields) {
    if (seen.has(f.id)) throw new Error(`duplicate article id "${f.id}"`);
    seen.add(f.id);
  }
  const articles = fields.map(buildCorpusArticle);
  return { articles, index: buildSearchIndex(articles, options.onProgress ? { onProgress: options.onProgress } : {}) };
}

export function serializeCorpus(corpus: Corpus): CorpusFile {
  return {
    format: CORPUS_FORMAT,
    version: CORPUS_VERSION,
    articles: corpus.articles.map((a) => {
      const out: SerializedArticle = { id: a.id, title: a.title, text: a.text, sentences: a.sentences.flat() };
      if (a.source) out.source = a.source;
      if (a.url) out.url = a.url;
      if (a.published) out.published = a.published;
      if (a.summaryOnly) out.summaryOnly = true;
      return out;
    }),
    index: serializeSearchIndex(corpus.index),
  };
}

function fail(reason: string): never {
  throw new Error(`not a valid Parallax corpus file: ${reason}`);
}

/**
 * The articles of a compiled corpus file, validated, without loading its index: what an import needs
 * (the articles are indexed again where they are stored), and it needs no term weights.
 */
export function parseCorpusArticles(data: unknown, origin: 'bundled' | 'user' = 'bundled'): CorpusArticle[] {
  if (!data || typeof data !== 'object') fail('expected a JSON object');
  const f = data as Partial<CorpusFile>;
  if (f.format !== CORPUS_FORMAT) fail(`"format" must be "${CORPUS_FORMAT}"`);
  if (f.version !== CORPUS_VERSION) fail(`unsupported version ${String(f.version)} (expected ${CORPUS_VERSION})`);
  if (!Array.isArray(f.articles)) fail('"articles" must be an array');
  return f.articles.map((a, i) => {
    if (!a || typeof a !== 'object') fail(`article ${i} is not an object`);
    if (typeof a.id !== 'string' || !a.id) fail(`article ${i} has no id`);
    if (typeof a.title !== 'string') fail(`article ${a.id} has no title`);
    if (typeof a.text !== 'string') fail(`article ${a.id} has no text`);
    if (!Array.isArray(a.sentences) || a.sentences.length % 2 !== 0) fail(`article ${a.id} has malformed sentences`);
    const sentences: Array<[number, number]> = [];
    for (let k = 0; k < a.sentences.length; k += 2) {
      const s = a.sentences[k];
      const e = a.sentences[k + 1];
      if (typeof s !== 'number' || typeof e !== 'number' || s < 0 || e < s || e > a.text.length) {
        fail(`article ${a.id} has a sentence outside its text`);
      }
      sentences.push([s, e]);
    }
    const out: CorpusArticle = { id: a.id, title: a.title, text: a.text, sentences, origin };
    for (const k of ['source', 'url', 'published'] as const) {
      const v = a[k];
      if (v !== undefined && typeof v !== 'string') fail(`article ${a.id}: "${k}" must be a string`);
      if (v) out[k] = v;
    }
    if (a.summaryOnly !== undefined && typeof a.summaryOnly !== 'boolean') fail(`article ${a.id}: "summaryOnly" must be true or false`);
    if (a.summaryOnly) out.summaryOnly = true;
    return out;
  });
}

/** Parses and validates a compiled corpus (untrusted: it may come from a user's import). */
export function parseCorpusFile(data: unknown, origin: 'bundled' | 'user' = 'bundled'): Corpus {
  const articles = parseCorpusArticles(data, origin);
  const f = data as Partial<CorpusFile>;
  let index;
  try {
    index = loadSearchIndex(f.index);
  } catch (e) {
    fail((e as Error).message);
  }
  if (index.docCount !== articles.length) fail('index does not match the articles');
  return { articles, index };
}
