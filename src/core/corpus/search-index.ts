// Candidate generation: a TF-IDF inverted index over normalised terms, built once by the corpus compiler
// and stored compactly, so a query touches only the postings of its own key terms.
//
// Each document is represented by its TOP_K most telling terms (weight (1 + ln tf) · idf, title words
// counted TITLE_WEIGHT times), and a query by its own TOP_K terms weighed the same way: the similarity of
// two reports is the cosine of those two sparse vectors, computed for every document at once by walking the
// query terms' postings. idf blends corpus document frequency with a general-English background
// (background-idf.ts), so it means the same in a 5-article corpus and in a 50,000-article one.
import { termIdf, PRIOR_DOCS } from '../text/background-idf.ts';
import { extractNameMentions } from '../text/extract-names.ts';
import { termTokens, type TermToken } from '../text/tokenize.ts';
import type { DocTerms } from './doc-terms.ts';
import type { StringList } from './packed-strings.ts';

/** Terms kept per document (and per query): enough for a story's specifics, few enough to stay small. */
export const TOP_K = 60;
/** Title words count more than body words: a headline names the story. */
export const TITLE_WEIGHT = 3;
/** Names kept per document for fuzzy re-ranking. */
export const NAMES_PER_DOC = 8;
/** Term frequencies are capped: past a few dozen mentions, more say nothing new. */
const MAX_TF = 1000;

export interface SearchIndex {
  docCount: number;
  topK: number;
  priorDocs: number;
  /** term -> id; ids below `postingTerms` have postings, the rest only a document frequency. */
  termIds: TermLookup;
  termList: StringList;
  postingTerms: number;
  /** Corpus document frequency of each term (over whole documents, not only their top terms). */
  df: Uint32Array;
  idf: Float64Array;
  /** Postings of term t: postDocs/postTfs[postStart[t] .. postStart[t + 1]), documents ascending.
   * An index read from storage keeps them as narrow as they were stored: widening costs a starting worker a copy. */
  postStart: Uint32Array;
  postDocs: Uint32Array | Uint16Array;
  postTfs: Uint16Array | Uint8Array;
  /** Euclidean norm of each document's top-term vector. */
  docNorms: Float32Array;
  /** Each document's main names, most salient first, joined by "|" (split only when re-ranking). */
  names: StringList;
  /** Each document's top terms, when they came stored with the index (else turned around when first needed). */
  docTerms?: DocTerms;
}

/** A dictionary's term -> id (a Map, or a sorted packed list searched in place: compact-search-index.ts). */
export interface TermLookup {
  get(term: string): number | undefined;
}

export interface SerializedSearchIndex {
  format: 'parallax-tfidf';
  version: 2;
  docCount: number;
  topK: number;
  priorDocs: number;
  /** Dictionary, space-separated: first the `postings.length` terms with postings, then df-only terms. */
  terms: string;
  /** Document frequency of each dictionary term, as a varint string (see encodeVarints). */
  df: string;
  /** Per term with postings: varints (doc delta, tf - 1) pairs. */
  postings: string[];
  /** Per document: its main names joined by "|". */
  names: string[];
}

// ---- varints: 64 JSON-safe characters, 5 bits each; values 32..63 mean "more digits follow". ----
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
const DIGIT = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DIGIT[ALPHABET.charCodeAt(i)] = i;

export function encodeVarints(values: ArrayLike<number>): string {
  let out = '';
  for (let i = 0; i < values.length; i++) {
    let v = values[i]!;
    if (!(v >= 0) || !Number.isInteger(v)) throw new Error(`cannot encode ${v}`);
    while (v >= 32) {
      out += ALPHABET[32 + (v & 31)];
      v = Math.floor(v / 32);
    }
    out += ALPHABET[v];
  }
  return out;
}

/** Decodes `s` into `into` from `at`; returns how many values it wrote. */
export function decodeVarints(s: string, into: { [i: number]: number }, at = 0): number {
  let n = 0;
  let v = 0;
  let shift = 1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const d = c < 128 ? DIGIT[c]! : -1;
    if (d < 0) throw new Error('malformed varint string');
    if (d >= 32) {
      v += (d - 32) * shift;
      shift *= 32;
    } else {
      into[at + n++] = v + d * shift;
      v = 0;
      shift = 1;
    }
  }
  if (shift !== 1) throw new Error('truncated varint string');
  return n;
}

function countVarints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const d = DIGIT[s.charCodeAt(i) & 127]!;
    if (d >= 0 && d < 32) n++;
  }
  return n;
}

// ---- documents ----

/** Term counts of a report: title words TITLE_WEIGHT times, then body words. */
export function documentTermCounts(doc: { title: string; text: string }, tokens?: { title: TermToken[]; text: TermToken[] }): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of tokens?.title ?? termTokens(doc.title)) counts.set(t.term, (counts.get(t.term) ?? 0) + TITLE_WEIGHT);
  for (const t of tokens?.text ?? termTokens(doc.text)) counts.set(t.term, (counts.get(t.term) ?? 0) + 1);
  return counts;
}

export function tfWeight(tf: number): number {
  return 1 + Math.log(tf);
}

/** A term's weight in a document or query vector. Rounded so that the same term weighs the same whether its idf came from the index or was recomputed. */
function termWeight(tf: number, idf: number): number {
  return Math.round(tfWeight(Math.min(tf, MAX_TF)) * idf * 1e6) / 1e6;
}

/** Heaviest first; ties by term, for determinism. */
function heavierFirst(a: { term: string; weight: number }, b: { term: string; weight: number }): number {
  return b.weight - a.weight || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0);
}

/** The `k` heaviest terms of a count map under `idfOf`, heaviest first (ties by term, for determinism). */
export function topTerms(counts: Map<string, number>, idfOf: (term: string) => number, k: number): Array<{ term: string; tf: number; weight: number }> {
  const all: Array<{ term: string; tf: number; weight: number }> = [];
  for (const [term, tf] of counts) {
    const weight = termWeight(tf, idfOf(term));
    if (weight > 0) all.push({ term, tf: Math.min(tf, MAX_TF), weight });
  }
  all.sort(heavierFirst);
  return all.slice(0, k);
}

export interface BuildOptions {
  topK?: number;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Pass 1 of a build: every term gets a number when first seen, and each document keeps its distinct term
 * numbers and counts (title words TITLE_WEIGHT times, as documentTermCounts counts them) in two typed
 * arrays, so a large corpus holds no map per document between the passes.
 */
class TermCounter {
  readonly ids = new Map<string, number>();
  readonly terms: string[] = [];
  df = new Uint32Array(1024);
  private scratch = new Uint32Array(1024);
  private touched: number[] = [];

  /** A document's distinct term numbers and their counts; document frequencies are updated. */
  count(doc: { title: string; text: string }): { ids: Uint32Array; tfs: Uint32Array } {
    this.add(termTokens(doc.title), TITLE_WEIGHT);
    this.add(termTokens(doc.text), 1);
    const ids = Uint32Array.from(this.touched);
    const tfs = new Uint32Array(ids.length);
    for (let i = 0; i < ids.length; i++) {
      tfs[i] = this.scratch[ids[i]!]!;
      this.scratch[ids[i]!] = 0;
      this.df[ids[i]!]!++;
    }
    this.touched = [];
    return { ids, tfs };
  }

  private add(tokens: TermToken[], weight: number): void {
    for (const t of tokens) {
      let id = this.ids.get(t.term);
      if (id === undefined) {
        id = this.terms.length;
        this.ids.set(t.term, id);
        this.terms.push(t.term);
        if (id >= this.df.length) this.grow();
      }
      if (this.scratch[id] === 0) this.touched.push(id);
      this.scratch[id]! += weight;
    }
  }

  private grow(): void {
    const df = new Uint32Array(this.df.length * 2);
    df.set(this.df);
    this.df = df;
    const scratch = new Uint32Array(this.scratch.length * 2);
    scratch.set(this.scratch);
    this.scratch = scratch;
  }
}

const NO_COUNTS = { ids: new Uint32Array(0), tfs: new Uint32Array(0) };

/** The `k` heaviest of a document's terms (as topTerms picks them), as term numbers and capped counts. */
function topTermIds(doc: { ids: Uint32Array; tfs: Uint32Array }, terms: string[], idf: Float64Array, k: number): { ids: number[]; tfs: number[] } {
  const all: Array<{ id: number; term: string; tf: number; weight: number }> = [];
  for (let i = 0; i < doc.ids.length; i++) {
    const id = doc.ids[i]!;
    const weight = termWeight(doc.tfs[i]!, idf[id]!);
    if (weight > 0) all.push({ id, term: terms[id]!, tf: Math.min(doc.tfs[i]!, MAX_TF), weight });
  }
  all.sort(heavierFirst);
  const top = all.slice(0, k);
  return { ids: top.map((t) => t.id), tfs: top.map((t) => t.tf) };
}

export function buildSearchIndex(docs: Array<{ title: string; text: string }>, options: BuildOptions = {}): SearchIndex {
  const topK = options.topK ?? TOP_K;
  const n = docs.length;
  // Pass 1: term counts, document frequencies and names of every document.
  const counter = new TermCounter();
  const counts: Array<{ ids: Uint32Array; tfs: Uint32Array }> = new Array(n);
  const nameLists: Array<Array<{ key: string; surface: string; count: number }>> = new Array(n);
  for (let d = 0; d < n; d++) {
    const doc = docs[d]!;
    counts[d] = counter.count(doc);
    nameLists[d] = extractNameMentions(doc.text || doc.title);
    options.onProgress?.(d + 1, 2 * n);
  }
  const { ids, terms, df } = counter;
  const idf = new Float64Array(terms.length);
  for (let t = 0; t < terms.length; t++) idf[t] = termIdf(terms[t]!, df[t]!, n);
  const idfOf = (t: string): number => {
    const id = ids.get(t);
    return id === undefined ? termIdf(t, 1, n) : idf[id]!;
  };
  // Pass 2: each document's top terms become postings.
  const tops: Array<{ ids: number[]; tfs: number[] }> = new Array(n);
  const postCount = new Uint32Array(terms.length);
  const names: string[] = new Array(n);
  for (let d = 0; d < n; d++) {
    tops[d] = topTermIds(counts[d]!, terms, idf, topK);
    counts[d] = NO_COUNTS; // free as we go
    for (const id of tops[d]!.ids) postCount[id]!++;
    names[d] = salientNames(nameLists[d]!, idfOf)
      .map((x) => x.replace(/\|/g, ' '))
      .join('|');
    options.onProgress?.(n + d + 1, 2 * n);
  }
  return assembleIndex(n, topK, counter, tops, postCount, names);
}

/** The index from each document's top terms: dictionary (terms with postings, then telling df-only terms), postings, derived arrays. */
function assembleIndex(
  n: number,
  topK: number,
  { ids, terms, df }: { ids: Map<string, number>; terms: string[]; df: Uint32Array },
  tops: Array<{ ids: number[]; tfs: number[] }>,
  postCount: Uint32Array,
  names: string[],
): SearchIndex {
  const posted: string[] = [];
  const extra: string[] = [];
  for (let t = 0; t < terms.length; t++) {
    if (postCount[t]! > 0) posted.push(terms[t]!);
    // Terms whose df moves their idf noticeably from the df = 1 default.
    else if (df[t]! >= 2 && termIdf(terms[t]!, 1, n) - termIdf(terms[t]!, df[t]!, n) >= 0.1) extra.push(terms[t]!);
  }
  posted.sort();
  extra.sort();
  const termList = [...posted, ...extra];
  const postingTerms = posted.length;
  const termIds = new Map(termList.map((t, i) => [t, i]));
  // Old number -> place in the dictionary; postings laid out in dictionary order, documents ascending.
  const place = new Uint32Array(terms.length);
  for (let t = 0; t < terms.length; t++) place[t] = termIds.get(terms[t]!) ?? 0;
  const postStart = new Uint32Array(postingTerms + 1);
  for (let t = 0; t < terms.length; t++) if (postCount[t]! > 0) postStart[place[t]! + 1] = postCount[t]!;
  for (let t = 0; t < postingTerms; t++) postStart[t + 1]! += postStart[t]!;
  const total = postStart[postingTerms]!;
  const postDocs = new Uint32Array(total);
  const postTfs = new Uint16Array(total);
  const cursor = postStart.slice(0, postingTerms);
  for (let d = 0; d < n; d++) {
    const { ids, tfs } = tops[d]!;
    for (let i = 0; i < ids.length; i++) {
      const at = cursor[place[ids[i]!]!]!++;
      postDocs[at] = d;
      postTfs[at] = tfs[i]!;
    }
  }
  const index: SearchIndex = {
    docCount: n,
    topK,
    priorDocs: PRIOR_DOCS,
    termIds,
    termList,
    postingTerms,
    df: Uint32Array.from(termList, (t) => df[ids.get(t)!]!),
    idf: new Float64Array(termList.length),
    postStart,
    postDocs,
    postTfs,
    docNorms: new Float32Array(n),
    names,
  };
  finishIndex(index);
  return index;
}

/** The names that identify a report: frequent and rare ones first. */
function salientNames(mentions: Array<{ key: string; surface: string; count: number }>, idfOf: (t: string) => number): string[] {
  const scored = mentions.slice(0, 40).map((m) => {
    let rarity = 0;
    for (const tok of termTokens(m.key)) rarity = Math.max(rarity, idfOf(tok.term));
    return { surface: m.surface, score: tfWeight(m.count) * rarity };
  });
  scored.sort((a, b) => b.score - a.score);
  return scored.slice(0, NAMES_PER_DOC).map((s) => s.surface);
}

/** Derived arrays: idf per term and the norm of each document's vector. */
function finishIndex(index: SearchIndex): void {
  const { docCount, termList, df, idf, postStart, postDocs, postTfs, docNorms, postingTerms } = index;
  for (let t = 0; t < termList.length; t++) idf[t] = termIdf(termList.at(t)!, df[t]!, docCount, index.priorDocs);
  const sq = new Float64Array(docCount);
  for (let t = 0; t < postingTerms; t++) {
    const w = idf[t]!;
    for (let i = postStart[t]!; i < postStart[t + 1]!; i++) {
      const x = tfWeight(postTfs[i]!) * w;
      sq[postDocs[i]!]! += x * x;
    }
  }
  for (let d = 0; d < docCount; d++) docNorms[d] = Math.sqrt(sq[d]!);
}

/** idf of any term in this index's corpus (terms it does not list have df <= 1). */
export function termIdfIn(index: SearchIndex, term: string): number {
  const id = index.termIds.get(term);
  return id !== undefined ? index.idf[id]! : termIdf(term, 1, index.docCount, index.priorDocs);
}

// ---- queries ----

export interface QueryVector {
  /** The query's top terms, heaviest first, with their weights. */
  terms: Array<{ term: string; weight: number; id: number | undefined }>;
  norm: number;
}

export function queryVector(index: SearchIndex, counts: Map<string, number>): QueryVector {
  const top = topTerms(counts, (t) => termIdfIn(index, t), index.topK);
  let sq = 0;
  for (const t of top) sq += t.weight * t.weight;
  return { terms: top.map((t) => ({ term: t.term, weight: t.weight, id: index.termIds.get(t.term) })), norm: Math.sqrt(sq) };
}

export interface SearchHit {
  doc: number;
  /** Cosine similarity of the two top-term vectors, 0..1. */
  score: number;
}

/** The `limit` documents closest to the query (cosine of top-term vectors), best first. */
export function searchIndex(index: SearchIndex, query: QueryVector, limit = 50, minScore = 0): SearchHit[] {
  const dots = new Float64Array(index.docCount);
  const touched: number[] = [];
  for (const { id, weight } of query.terms) {
    if (id === undefined || id >= index.postingTerms) continue;
    const w = weight * index.idf[id]!;
    for (let i = index.postStart[id]!; i < index.postStart[id + 1]!; i++) {
      const d = index.postDocs[i]!;
      if (dots[d] === 0) touched.push(d);
      dots[d]! += w * tfWeight(index.postTfs[i]!);
    }
  }
  const hits: SearchHit[] = [];
  for (const d of touched) {
    const denom = query.norm * index.docNorms[d]!;
    const score = denom > 0 ? Math.min(1, dots[d]! / denom) : 0;
    if (score > minScore) hits.push({ doc: d, score });
  }
  hits.sort((a, b) => b.score - a.score || a.doc - b.doc);
  return hits.slice(0, limit);
}

/** Weight of term `id` in document `doc`'s vector (0 when it is not among its top terms). */
export function docTermWeight(index: SearchIndex, id: number, doc: number): number {
  if (id >= index.postingTerms) return 0;
  let lo = index.postStart[id]!;
  let hi = index.postStart[id + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const d = index.postDocs[mid]!;
    if (d === doc) return tfWeight(index.postTfs[mid]!) * index.idf[id]!;
    if (d < doc) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

// ---- storage ----

export function serializeSearchIndex(index: SearchIndex): SerializedSearchIndex {
  const postings: string[] = new Array(index.postingTerms);
  for (let t = 0; t < index.postingTerms; t++) {
    const vals: number[] = [];
    let prev = 0;
    for (let i = index.postStart[t]!; i < index.postStart[t + 1]!; i++) {
      vals.push(index.postDocs[i]! - prev, index.postTfs[i]! - 1);
      prev = index.postDocs[i]!;
    }
    postings[t] = encodeVarints(vals);
  }
  return {
    format: 'parallax-tfidf',
    version: 2,
    docCount: index.docCount,
    topK: index.topK,
    priorDocs: index.priorDocs,
    terms: Array.from({ length: index.termList.length }, (_, t) => index.termList.at(t)!).join(' '),
    df: encodeVarints(index.df),
    postings,
    names: Array.from({ length: index.names.length }, (_, d) => index.names.at(d)!),
  };
}

export function loadSearchIndex(data: unknown): SearchIndex {
  const s = data as SerializedSearchIndex;
  if (!s || typeof s !== 'object' || s.format !== 'parallax-tfidf' || s.version !== 2) {
    throw new Error('not a Parallax search index (format parallax-tfidf, version 2)');
  }
  const n = s.docCount;
  if (!Number.isInteger(n) || n < 0) throw new Error('index: bad docCount');
  if (typeof s.terms !== 'string' || typeof s.df !== 'string' || !Array.isArray(s.postings) || !Array.isArray(s.names)) {
    throw new Error('index: missing terms, df, postings or names');
  }
  if (s.names.length !== n || s.names.some((x) => typeof x !== 'string')) throw new Error('index: names do not match the documents');
  const termList = s.terms ? s.terms.split(' ') : [];
  const postingTerms = s.postings.length;
  if (postingTerms > termList.length) throw new Error('index: more postings than terms');
  const df = new Uint32Array(termList.length);
  if (decodeVarints(s.df, df) !== termList.length) throw new Error('index: df does not match the terms');
  let total = 0;
  for (const p of s.postings) {
    if (typeof p !== 'string') throw new Error('index: postings must be strings');
    total += countVarints(p);
  }
  if (total % 2 !== 0) throw new Error('index: malformed postings');
  const pairs = new Uint32Array(total);
  const postStart = new Uint32Array(postingTerms + 1);
  const postDocs = new Uint32Array(total / 2);
  const postTfs = new Uint16Array(total / 2);
  let at = 0;
  for (let t = 0; t < postingTerms; t++) {
    const got = decodeVarints(s.postings[t]!, pairs, at * 2);
    postStart[t] = at;
    let prev = 0;
    for (let i = 0; i < got; i += 2) {
      const d = prev + pairs[at * 2 + i]!;
      if (d >= n || (i > 0 && d === prev)) throw new Error('index: posting outside the documents');
      postDocs[at + i / 2] = d;
      postTfs[at + i / 2] = Math.min(65535, pairs[at * 2 + i + 1]! + 1);
      prev = d;
    }
    at += got / 2;
  }
  postStart[postingTerms] = at;
  const index: SearchIndex = {
    docCount: n,
    topK: Number.isInteger(s.topK) && s.topK > 0 ? s.topK : TOP_K,
    priorDocs: typeof s.priorDocs === 'number' ? s.priorDocs : PRIOR_DOCS,
    termIds: new Map(termList.map((t, i) => [t, i])),
    termList,
    postingTerms,
    df,
    idf: new Float64Array(termList.length),
    postStart,
    postDocs,
    postTfs,
    docNorms: new Float32Array(n),
    names: s.names,
  };
  finishIndex(index);
  return index;
}
