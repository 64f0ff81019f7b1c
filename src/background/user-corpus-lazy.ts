// The user's corpus as a starting worker needs it: the compiled search index and sentence offsets of
// the stored snapshot (one IndexedDB read), and the articles themselves read by id only when an
// analysis reaches them. Reading every stored article at start takes seconds at 10k articles; the
// snapshot a tenth of that. The store (user-corpus-store.ts) writes the snapshot; this only reads it.
// An article not yet read stands in as a placeholder that records each access in `missing`: the
// caller reads those and analyses again (analyzeWithCorpora), so a result never rests on a placeholder.
import { CORPUS_VERSION } from '../core/corpus/corpus-file.ts';
import { documentTermCounts, loadSearchIndex, queryVector, searchIndex } from '../core/corpus/search-index.ts';
import { SHORTLIST } from '../core/matching/match-related.ts';
import { analyze } from '../core/analyze.ts';
import type { AnalysisResult, ArticleInput, Corpus, CorpusArticle } from '../core/types.ts';
import { request } from './indexed-db.ts';
import { measurePhase, timePhase } from './time-phase.ts';
import { ARTICLES, DB_NAME, DB_VERSION, META, REVISION, SNAPSHOT, type CorpusSnapshot, type StoredArticle } from './user-corpus-db.ts';

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

/** `url`: the address the snapshot names ('' for none), or undefined when it names none (older snapshots). */
function placeholder(missing: Set<number>, doc: number, id: string, url: string | undefined): CorpusArticle {
  const miss = () => void missing.add(doc);
  return {
    id,
    origin: 'user',
    get title() {
      miss();
      return '';
    },
    get text() {
      miss();
      return '';
    },
    get sentences() {
      miss();
      return [];
    },
    get url() {
      // Asked of every entry when the open page has an address (self-recognition): no read for that.
      if (url !== undefined) return url || undefined;
      miss();
      return undefined;
    },
    get source() {
      miss();
      return undefined;
    },
    get published() {
      miss();
      return undefined;
    },
  };
}

function materialise(a: StoredArticle, flat: number[]): CorpusArticle {
  const sentences: Array<[number, number]> = [];
  for (let k = 0; k + 1 < flat.length; k += 2) {
    const s = flat[k]!;
    const e = flat[k + 1]!;
    if (!(s >= 0 && e >= s && e <= a.text.length)) throw new Error(`stored article ${a.id} does not match its snapshot`);
    sentences.push([s, e]);
  }
  const out: CorpusArticle = { id: a.id, title: a.title, text: a.text, sentences, origin: 'user' };
  for (const k of ['source', 'url', 'published'] as const) if (a[k]) out[k] = a[k];
  return out;
}

/**
 * The stored corpus from its snapshot, or null when there is none for the current revision and this
 * build (`snapshotTag` as the store names it), or nothing is stored: the store then loads it whole.
 */
export async function loadLazyUserCorpus(factory: IDBFactory, snapshotTag: string): Promise<LazyCorpus | null> {
  const db = await openExisting(factory);
  if (!db) return null;
  db.onversionchange = () => db.close(); // never block an update of the store's schema
  let snapshot: CorpusSnapshot | undefined;
  try {
    const tx = db.transaction(META, 'readonly');
    const meta = tx.objectStore(META);
    const [revision, snap] = await timePhase('user-read', Promise.all([request(meta.get(REVISION)) as Promise<number | undefined>, request(meta.get(SNAPSHOT)) as Promise<CorpusSnapshot | undefined>]));
    if (!snap || snap.revision !== (revision ?? 0) || snap.tag !== `${CORPUS_VERSION}:${snapshotTag}` || !snap.ids.length) {
      db.close();
      return null;
    }
    if (snap.sentences.length !== snap.ids.length) throw new Error('the stored snapshot is malformed');
    snapshot = snap;
  } catch (e) {
    db.close();
    throw e;
  }
  const { ids, sentences } = snapshot;
  let start = performance.now();
  const index = loadSearchIndex(snapshot.index);
  measurePhase('user-index', start);
  start = performance.now();
  if (index.docCount !== ids.length) {
    db.close();
    return null;
  }
  const missing = new Set<number>();
  const urls = snapshot.urls?.length === ids.length ? snapshot.urls : undefined;
  const articles = ids.map((id, doc) => placeholder(missing, doc, id, typeof urls?.[doc] === 'string' ? urls[doc] : undefined));
  const loaded = new Set<number>();
  measurePhase('user-placeholders', start);

  async function load(docs: Iterable<number>): Promise<void> {
    const want = [...new Set(docs)].filter((d) => !loaded.has(d) && d >= 0 && d < ids.length);
    if (!want.length) return;
    const store = db!.transaction(ARTICLES, 'readonly').objectStore(ARTICLES);
    const got = await timePhase('user-articles', Promise.all(want.map((d) => request(store.get(ids[d]!)) as Promise<StoredArticle | undefined>)));
    want.forEach((d, k) => {
      const a = got[k];
      if (!a) throw new Error(`stored article ${ids[d]} is missing`);
      // A new object: caches keyed by the placeholder never serve the loaded article.
      articles[d] = materialise(a, sentences[d]!);
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
