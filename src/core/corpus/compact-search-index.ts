// The search index as a stored snapshot keeps it (IndexedDB): typed arrays and packed strings, so a
// structured clone reads it back with a few copies and loading it decodes nothing and weighs nothing
// again. idf and document norms are stored as compiled, so a snapshot is bound to the build (term list)
// that compiled it: its owner tags it with that build. The dictionary is searched in place (two sorted
// runs), so no Map of every term is built when a worker starts.
import { checkDocTerms, invertPostings, type DocTerms } from './doc-terms.ts';
import { maxOf, narrowest } from './narrowest.ts';
import { PackedStringList, packStrings, type PackedStrings } from './packed-strings.ts';
import type { SearchIndex, TermLookup } from './search-index.ts';

export interface CompactSearchIndex {
  format: 'parallax-tfidf-compact';
  version: 1;
  docCount: number;
  topK: number;
  priorDocs: number;
  postingTerms: number;
  /** Terms with postings, sorted, then df-only terms, sorted (as SearchIndex.termList). */
  terms: PackedStrings;
  df: Uint32Array;
  idf: Float64Array;
  postStart: Uint32Array;
  /** 16 bits each while the documents fit: less to read at every start. */
  postDocs: Uint32Array | Uint16Array;
  /** 8 bits each while every count fits. */
  postTfs: Uint16Array | Uint8Array;
  docNorms: Float32Array;
  names: PackedStrings;
  /** Each document's top terms (doc-terms.ts), stored: turning 600,000 postings around costs more than
   * reading them. Narrowed like the postings: a fifth of a 10k snapshot's bytes. */
  docTerms: DocTerms;
}

export function compactSearchIndex(index: SearchIndex): CompactSearchIndex {
  return {
    format: 'parallax-tfidf-compact',
    version: 1,
    docCount: index.docCount,
    topK: index.topK,
    priorDocs: index.priorDocs,
    postingTerms: index.postingTerms,
    terms: packStrings(index.termList),
    df: index.df,
    idf: index.idf,
    postStart: index.postStart,
    // Documents at 16 bits at least, so the stored type says little about the corpus's size.
    postDocs: narrowest(index.postDocs, Math.max(0x100, index.docCount - 1)) as Uint32Array | Uint16Array,
    postTfs: narrowest(index.postTfs, maxOf(index.postTfs)) as Uint16Array | Uint8Array,
    docNorms: index.docNorms,
    names: packStrings(index.names),
    docTerms: storedDocTerms(index.docTerms ?? invertPostings(index), index.postingTerms),
  };
}

function storedDocTerms(d: DocTerms, postingTerms: number): DocTerms {
  return {
    start: d.start,
    terms: narrowest(d.terms, Math.max(0x100, postingTerms - 1)) as Uint32Array | Uint16Array,
    tfs: narrowest(d.tfs, maxOf(d.tfs)) as Uint16Array | Uint8Array,
  };
}

/** term -> id by binary search in each of the dictionary's two sorted runs. */
class SortedTermLookup implements TermLookup {
  constructor(
    private readonly terms: PackedStringList,
    private readonly postingTerms: number,
  ) {
    for (let t = 1; t < terms.length; t++) {
      if (t !== postingTerms && terms.compareEntries(t - 1, t) >= 0) throw new Error('index: the dictionary is not sorted');
    }
  }

  get(term: string): number | undefined {
    return this.find(term, 0, this.postingTerms) ?? this.find(term, this.postingTerms, this.terms.length);
  }

  private find(term: string, from: number, to: number): number | undefined {
    let lo = from;
    let hi = to - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = this.terms.compareAt(term, mid);
      if (c === 0) return mid;
      if (c > 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }
}

function isCount(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0;
}

/** Checks the postings' shape: ranges in order, each term's documents ascending and inside the corpus. */
function checkPostings(c: CompactSearchIndex): void {
  const { postStart, postDocs, postTfs, postingTerms, docCount } = c;
  if (postStart.length !== postingTerms + 1 || postStart[0] !== 0 || postStart[postingTerms] !== postDocs.length || postTfs.length !== postDocs.length) {
    throw new Error('index: postings do not match their ranges');
  }
  for (let t = 0; t < postingTerms; t++) {
    const from = postStart[t]!;
    const to = postStart[t + 1]!;
    if (to < from) throw new Error('index: postings do not match their ranges');
    let prev = -1;
    for (let i = from; i < to; i++) {
      const d = postDocs[i]!;
      if (d <= prev || d >= docCount) throw new Error('index: posting outside the documents');
      prev = d;
    }
  }
}

/** The index from its stored compact form (validated: it was read from storage). */
export function loadCompactSearchIndex(data: unknown): SearchIndex {
  const c = data as CompactSearchIndex;
  if (!c || typeof c !== 'object' || c.format !== 'parallax-tfidf-compact' || c.version !== 1) throw new Error('not a compact Parallax search index');
  if (!isCount(c.docCount) || !isCount(c.postingTerms) || !isCount(c.topK) || typeof c.priorDocs !== 'number') throw new Error('index: bad counts');
  const typed =
    c.df instanceof Uint32Array &&
    c.idf instanceof Float64Array &&
    c.postStart instanceof Uint32Array &&
    (c.postDocs instanceof Uint32Array || c.postDocs instanceof Uint16Array) &&
    (c.postTfs instanceof Uint16Array || c.postTfs instanceof Uint8Array) &&
    c.docNorms instanceof Float32Array;
  if (!typed) throw new Error('index: arrays of the wrong type');
  const termList = new PackedStringList(c.terms);
  const names = new PackedStringList(c.names);
  if (c.postingTerms > termList.length || c.df.length !== termList.length || c.idf.length !== termList.length) throw new Error('index: df or idf does not match the terms');
  if (names.length !== c.docCount || c.docNorms.length !== c.docCount) throw new Error('index: names or norms do not match the documents');
  checkPostings(c);
  // Kept as narrow as stored: widening them was a copy of every posting on each worker start.
  const { postDocs, postTfs } = c;
  return {
    docCount: c.docCount,
    topK: c.topK,
    priorDocs: c.priorDocs,
    termIds: new SortedTermLookup(termList, c.postingTerms),
    termList,
    postingTerms: c.postingTerms,
    df: c.df,
    idf: c.idf,
    postStart: c.postStart,
    postDocs,
    postTfs,
    docNorms: c.docNorms,
    names,
    docTerms: checkDocTerms(c.docTerms, c.docCount, c.postingTerms, postDocs.length),
  };
}
