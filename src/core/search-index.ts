// Candidate generation: a BM25 inverted index over normalised terms, built once by the corpus
// compiler and stored compactly, so a query touches only the postings of its own terms.
import { terms } from './tokenize.ts';

export interface SearchIndex {
  docCount: number;
  avgLength: number;
  lengths: Uint32Array;
  /** term -> [docIds (ascending), term frequencies] */
  postings: Map<string, { docs: Uint32Array; tfs: Uint16Array }>;
}

export interface SerializedSearchIndex {
  format: 'bm25';
  version: 1;
  docCount: number;
  lengths: number[];
  /** term -> "docDelta:tf,docDelta:tf,..." in base 36: compact and fast to parse. */
  postings: Record<string, string>;
}

/** Title words count more than body words: a headline names the story. */
const TITLE_WEIGHT = 3;

export function documentTerms(doc: { title: string; text: string }): string[] {
  const t = terms(doc.title);
  const out: string[] = [];
  for (let i = 0; i < TITLE_WEIGHT; i++) out.push(...t);
  out.push(...terms(doc.text));
  return out;
}

export function buildSearchIndex(docs: Array<{ title: string; text: string }>): SearchIndex {
  const lists = new Map<string, { docs: number[]; tfs: number[] }>();
  const lengths = new Uint32Array(docs.length);
  let total = 0;
  docs.forEach((doc, id) => {
    const ts = documentTerms(doc);
    lengths[id] = ts.length;
    total += ts.length;
    const counts = new Map<string, number>();
    for (const t of ts) counts.set(t, (counts.get(t) ?? 0) + 1);
    for (const [t, c] of counts) {
      let l = lists.get(t);
      if (!l) lists.set(t, (l = { docs: [], tfs: [] }));
      l.docs.push(id);
      l.tfs.push(Math.min(c, 65535));
    }
  });
  const postings = new Map<string, { docs: Uint32Array; tfs: Uint16Array }>();
  for (const [t, l] of lists) postings.set(t, { docs: Uint32Array.from(l.docs), tfs: Uint16Array.from(l.tfs) });
  return { docCount: docs.length, avgLength: docs.length ? total / docs.length : 0, lengths, postings };
}

export function idf(index: SearchIndex, term: string): number {
  const df = index.postings.get(term)?.docs.length ?? 0;
  return Math.log(1 + (index.docCount - df + 0.5) / (df + 0.5));
}

export interface SearchHit {
  doc: number;
  score: number;
}

/** BM25 over the query's distinct terms; returns the best `limit` documents. */
export function searchIndex(index: SearchIndex, queryTerms: string[], limit = 50): SearchHit[] {
  const k1 = 1.2;
  const b = 0.75;
  const qtf = new Map<string, number>();
  for (const t of queryTerms) qtf.set(t, (qtf.get(t) ?? 0) + 1);
  const scores = new Float64Array(index.docCount);
  const touched: number[] = [];
  for (const [t, q] of qtf) {
    const p = index.postings.get(t);
    if (!p) continue;
    const w = idf(index, t) * Math.min(q, 3);
    for (let i = 0; i < p.docs.length; i++) {
      const d = p.docs[i]!;
      const tf = p.tfs[i]!;
      const norm = tf + k1 * (1 - b + (b * index.lengths[d]!) / (index.avgLength || 1));
      if (scores[d] === 0) touched.push(d);
      scores[d]! += (w * (tf * (k1 + 1))) / norm;
    }
  }
  const hits = touched.map((doc) => ({ doc, score: scores[doc]! }));
  hits.sort((a, b2) => b2.score - a.score || a.doc - b2.doc);
  return hits.slice(0, limit);
}

export function serializeSearchIndex(index: SearchIndex): SerializedSearchIndex {
  const postings: Record<string, string> = {};
  for (const [t, p] of index.postings) {
    let prev = 0;
    const parts: string[] = [];
    for (let i = 0; i < p.docs.length; i++) {
      const d = p.docs[i]!;
      const tf = p.tfs[i]!;
      parts.push(tf === 1 ? (d - prev).toString(36) : `${(d - prev).toString(36)}:${tf.toString(36)}`);
      prev = d;
    }
    postings[t] = parts.join(',');
  }
  return { format: 'bm25', version: 1, docCount: index.docCount, lengths: Array.from(index.lengths), postings };
}

export function loadSearchIndex(data: unknown): SearchIndex {
  const s = data as SerializedSearchIndex;
  if (!s || s.format !== 'bm25' || s.version !== 1 || !Array.isArray(s.lengths) || typeof s.postings !== 'object') {
    throw new Error('not a Parallax search index (format bm25, version 1)');
  }
  const lengths = Uint32Array.from(s.lengths);
  let total = 0;
  for (const l of lengths) total += l;
  const postings = new Map<string, { docs: Uint32Array; tfs: Uint16Array }>();
  for (const t of Object.keys(s.postings)) {
    const parts = s.postings[t]!.split(',');
    const docs = new Uint32Array(parts.length);
    const tfs = new Uint16Array(parts.length);
    let prev = 0;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      const colon = part.indexOf(':');
      prev += parseInt(colon < 0 ? part : part.slice(0, colon), 36);
      docs[i] = prev;
      tfs[i] = colon < 0 ? 1 : parseInt(part.slice(colon + 1), 36);
    }
    postings.set(t, { docs, tfs });
  }
  return { docCount: s.docCount, avgLength: lengths.length ? total / lengths.length : 0, lengths, postings };
}
