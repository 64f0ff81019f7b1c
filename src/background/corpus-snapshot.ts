// The compiled parts of a corpus as IndexedDB keeps them beside its texts (the user's corpus for one
// revision of the store, and each feed segment): ids, addresses and sentence offsets of every article,
// and its search index, all typed arrays and packed strings. A starting worker reads them with a few
// copies and creates nothing per article until an analysis reaches one (user-corpus-lazy.ts).
import { compactSearchIndex, loadCompactSearchIndex, type CompactSearchIndex } from '../core/corpus/compact-search-index.ts';
import { maxOf, narrowest } from '../core/corpus/narrowest.ts';
import { PackedStringList, packStrings, type PackedStrings } from '../core/corpus/packed-strings.ts';
import type { SearchIndex } from '../core/corpus/search-index.ts';
import type { Corpus, CorpusArticle } from '../core/types.ts';

/** This layout; snapshots of any other (an older build's) are ignored and compiled again. */
export const SNAPSHOT_LAYOUT = 2;

/** A compiled corpus without its texts, as stored beside them (the user's snapshot, a feed segment). */
export interface CompiledParts {
  layout: typeof SNAPSHOT_LAYOUT;
  /** Article ids in index order. */
  ids: PackedStrings;
  /** Each article's address ('' when none), same order: a placeholder answers it without a read. */
  urls: PackedStrings;
  /** Sentence offsets [s0, e0, s1, e1, …] of every article in turn: article k's are sentences[sentenceStart[k] .. sentenceStart[k + 1]).
   * 16 bits each while every article is shorter than 64k characters: a seventh of a 10k snapshot's bytes. */
  sentenceStart: Uint32Array;
  sentences: Uint32Array | Uint16Array;
  index: CompactSearchIndex;
}

export interface CorpusSnapshot extends CompiledParts {
  revision: number;
  /** Which build of the extension compiled it: an update may change the index format or its weights. */
  tag: string;
}

/** The compiled parts of a corpus, to store beside its texts. */
export function compiledPartsOf(corpus: Corpus): CompiledParts {
  const n = corpus.articles.length;
  const sentenceStart = new Uint32Array(n + 1);
  for (let k = 0; k < n; k++) sentenceStart[k + 1] = sentenceStart[k]! + 2 * corpus.articles[k]!.sentences.length;
  const sentences = new Uint32Array(sentenceStart[n]!);
  corpus.articles.forEach((a, k) => {
    let at = sentenceStart[k]!;
    for (const [s, e] of a.sentences) {
      sentences[at++] = s;
      sentences[at++] = e;
    }
  });
  return {
    layout: SNAPSHOT_LAYOUT,
    ids: packStrings(corpus.articles.map((a) => a.id)),
    urls: packStrings(corpus.articles.map((a) => a.url ?? '')),
    sentenceStart,
    // At 16 bits at least: readers take 16 or 32.
    sentences: narrowest(sentences, Math.max(0x100, maxOf(sentences))) as Uint32Array | Uint16Array,
    index: compactSearchIndex(corpus.index),
  };
}

/** The snapshot of a corpus built from the store's articles at `revision`. */
export function snapshotOf(corpus: Corpus, revision: number, tag: string): CorpusSnapshot {
  return { revision, tag, ...compiledPartsOf(corpus) };
}

export interface SnapshotView {
  ids: PackedStringList;
  urls: PackedStringList;
  index: SearchIndex;
  /** Article k's flattened sentence offsets. */
  sentencesOf(k: number): Uint32Array | Uint16Array;
}

/** Stored compiled parts read back, or null when they are of another layout; throws when malformed. */
export function readCompiledParts(parts: CompiledParts): SnapshotView | null {
  if (parts.layout !== SNAPSHOT_LAYOUT) return null;
  const ids = new PackedStringList(parts.ids);
  const urls = new PackedStringList(parts.urls);
  const { sentenceStart, sentences } = parts;
  const n = ids.length;
  if (urls.length !== n || !(sentenceStart instanceof Uint32Array) || !(sentences instanceof Uint32Array || sentences instanceof Uint16Array) || sentenceStart.length !== n + 1) {
    throw new Error('the stored snapshot is malformed');
  }
  for (let k = 0; k < n; k++) {
    const len = sentenceStart[k + 1]! - sentenceStart[k]!;
    if (len < 0 || len % 2 !== 0) throw new Error('the stored snapshot is malformed');
  }
  if (sentenceStart[0] !== 0 || sentenceStart[n] !== sentences.length) throw new Error('the stored snapshot is malformed');
  const index = loadCompactSearchIndex(parts.index);
  if (index.docCount !== n) throw new Error('the stored snapshot is malformed');
  return { ids, urls, index, sentencesOf: (k) => sentences.subarray(sentenceStart[k]!, sentenceStart[k + 1]!) };
}

/** A stored snapshot read back, or null when it is of another layout or build (`tag`); throws when malformed. */
export function readSnapshot(snap: CorpusSnapshot, tag: string): SnapshotView | null {
  return snap.tag === tag ? readCompiledParts(snap) : null;
}

/** What a corpus entry needs of a stored article or feed item. */
export interface StoredText {
  id: string;
  title: string;
  text: string;
  source?: string;
  url?: string;
  published?: string;
}

/**
 * A corpus of compiled parts read back and each article's stored text (`stored`, by id, in index order);
 * null when one is not stored. Throws when a text does not fit its offsets (corpusArticleOf).
 */
export function corpusOfView(view: SnapshotView, stored: (id: string) => StoredText | undefined): Corpus | null {
  const articles: CorpusArticle[] = [];
  for (let k = 0; k < view.ids.length; k++) {
    const a = stored(view.ids.at(k)!);
    if (!a) return null;
    articles.push(corpusArticleOf(a, view.sentencesOf(k)));
  }
  return { articles, index: view.index };
}

/** A stored article as a corpus entry, with the snapshot's sentence offsets (checked against its text). */
export function corpusArticleOf(a: StoredText, flat: ArrayLike<number>): CorpusArticle {
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
