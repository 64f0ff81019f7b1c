// The user's corpus as a starting worker needs it: the compiled search index and sentence offsets of
// the stored snapshot (one IndexedDB read), and the articles themselves read by id only when an
// analysis reaches them. Reading every stored article at start takes seconds at 10k articles; the
// snapshot a tenth of that. The store (user-corpus-store.ts) writes the snapshot; this only reads it.
// An article not yet read stands in as a placeholder that records each access in `missing`: the
// caller reads those and analyses again (analyzeWithCorpora), so a result never rests on a placeholder.
import { CORPUS_VERSION } from '../core/corpus/corpus-file.ts';
import { documentTermCounts, queryVector, searchIndex } from '../core/corpus/search-index.ts';
import { SHORTLIST } from '../core/matching/match-related.ts';
import { analyze } from '../core/analyze.ts';
import type { AnalysisResult, ArticleInput, Corpus, CorpusArticle } from '../core/types.ts';
import { request } from './indexed-db.ts';
import { measurePhase, timePhase } from './time-phase.ts';
import { corpusArticleOf, readSnapshot, type CorpusSnapshot, type SnapshotView } from './corpus-snapshot.ts';
import { ARTICLES, DB_NAME, DB_VERSION, META, REVISION, SNAPSHOT, type StoredArticle } from './user-corpus-db.ts';

export interface LazyCorpus extends Corpus {
  /** Documents whose placeholder was read since the last clear. */
  readonly missing: Set<number>;
  /** Reads these documents' articles (those not read yet). */
  load(docs: Iterable<number>): Promise<void>;
  /** Reads the articles an analysis of `input` will most likely reach (its index shortlist). */
  prefetch(input: ArticleInput): Promise<void>;
}

export function isLazyCorpus(c: Corpus): c is LazyCorpus {
  return 'missing' in c && 'load' in c;
}

/** Opens the store's database at the version this build knows, or null (never creates or upgrades it). */
function openExisting(factory: IDBFactory): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    let upgrading = false;
    const req = factory.open(DB_NAME, DB_VERSION);
    req.onupgradeneeded = () => {
      upgrading = true;
      req.transaction?.abort(); // not created yet (or older): the store creates it, not this reader
    };
    req.onsuccess = () => {
      if (upgrading) {
        req.result.close();
        resolve(null);
      } else resolve(req.result);
    };
    req.onerror = () => resolve(null);
    req.onblocked = () => resolve(null);
  });
}

/**
 * An article not read yet: its id and address come from the snapshot (the address is asked of every
 * entry when the open page has one: self-recognition, no read for that); anything else is recorded
 * as missing. Getters on a prototype, so ten thousand of them cost ten thousand small objects.
 */
class Placeholder implements CorpusArticle {
  readonly origin = 'user' as const;

  constructor(
    private readonly view: SnapshotView,
    private readonly missing: Set<number>,
    private readonly doc: number,
  ) {}

  get id(): string {
    return this.view.ids.at(this.doc)!;
  }
  get url(): string | undefined {
    return this.view.urls.at(this.doc) || undefined;
  }
  private miss<T>(value: T): T {
    this.missing.add(this.doc);
    return value;
  }
  get title(): string {
    return this.miss('');
  }
  get text(): string {
    return this.miss('');
  }
  get sentences(): Array<[number, number]> {
    return this.miss([]);
  }
  get source(): string | undefined {
    return this.miss(undefined);
  }
  get published(): string | undefined {
    return this.miss(undefined);
  }
}

/**
 * The stored corpus from its snapshot, or null when there is none for the current revision and this
 * build (`snapshotTag` as the store names it), or nothing is stored: the store then loads it whole.
 */
export async function loadLazyUserCorpus(factory: IDBFactory, snapshotTag: string): Promise<LazyCorpus | null> {
  const db = await timePhase('user-open', openExisting(factory));
  if (!db) return null;
  db.onversionchange = () => db.close(); // never block an update of the store's schema
  let view: SnapshotView | null;
  try {
    const tx = db.transaction(META, 'readonly');
    const meta = tx.objectStore(META);
    const [revision, snap] = await timePhase('user-read', Promise.all([request(meta.get(REVISION)) as Promise<number | undefined>, request(meta.get(SNAPSHOT)) as Promise<CorpusSnapshot | undefined>]));
    const start = performance.now();
    view = snap && snap.revision === (revision ?? 0) ? readSnapshot(snap, `${CORPUS_VERSION}:${snapshotTag}`) : null;
    measurePhase('user-index', start);
  } catch (e) {
    db.close();
    throw e;
  }
  if (!view?.ids.length) {
    db.close();
    return null;
  }
  const start = performance.now();
  const { ids, index, sentencesOf } = view;
  const missing = new Set<number>();
  const articles: CorpusArticle[] = new Array(ids.length);
  for (let doc = 0; doc < ids.length; doc++) articles[doc] = new Placeholder(view, missing, doc);
  const loaded = new Set<number>();
  measurePhase('user-placeholders', start);

  async function load(docs: Iterable<number>): Promise<void> {
    const want = [...new Set(docs)].filter((d) => !loaded.has(d) && d >= 0 && d < ids.length);
    if (!want.length) return;
    const store = db!.transaction(ARTICLES, 'readonly').objectStore(ARTICLES);
    const got = await timePhase('user-articles', Promise.all(want.map((d) => request(store.get(ids.at(d)!)) as Promise<StoredArticle | undefined>)));
    want.forEach((d, k) => {
      const a = got[k];
      if (!a) throw new Error(`stored article ${ids.at(d)} is missing`);
      // A new object: caches keyed by the placeholder never serve the loaded article.
      articles[d] = corpusArticleOf(a, sentencesOf(d));
      loaded.add(d);
    });
  }

  return {
    articles,
    index,
    missing,
    load,
    prefetch(input) {
      const hits = searchIndex(index, queryVector(index, documentTermCounts(input)), SHORTLIST * 2, 0);
      return load(hits.map((h) => h.doc));
    },
  };
}

/**
 * analyze() against corpora whose articles may be read lazily: the shortlist is read first, and
 * when the analysis still reached an article not read yet, that one is read and the analysis run
 * again, so the result is the one the whole corpus gives.
 */
export async function analyzeAgainst(input: ArticleInput, against: Corpus[]): Promise<AnalysisResult> {
  const lazy = against.filter(isLazyCorpus);
  await timePhase('prefetch', Promise.all(lazy.map((c) => c.prefetch(input))));
  // Each pass reads at least one article more; a shortlist holds a few dozen.
  for (let pass = 0; pass < 100; pass++) {
    for (const c of lazy) c.missing.clear();
    const start = performance.now();
    const result = analyze(input, against);
    measurePhase('analyze-pass', start);
    const pending = lazy.filter((c) => c.missing.size);
    if (!pending.length) return result;
    await Promise.all(pending.map((c) => c.load(c.missing)));
  }
  throw new Error('the analysis kept reaching articles that could not be read');
}
