// Each document's top terms, read out of the inverted index (document -> terms, term ids ascending):
// what comparing two corpus documents needs (candidate-cohesion.ts). Turned around once per index, or
// stored with a compact index so a starting worker need not turn 600,000 postings around at 10k articles.
import type { SearchIndex } from './search-index.ts';

export interface DocTerms {
  /** Document d's entries are [start[d], start[d + 1]). */
  start: Uint32Array;
  /** As narrow as they were stored (compact-search-index.ts). */
  terms: Uint32Array | Uint16Array;
  tfs: Uint16Array | Uint8Array;
}

/** One pass over the postings, integer work only. */
export function invertPostings(index: SearchIndex): DocTerms {
  const { docCount, postingTerms, postStart, postDocs, postTfs } = index;
  const total = postStart[postingTerms] ?? 0;
  const start = new Uint32Array(docCount + 1);
  for (let i = 0; i < total; i++) start[postDocs[i]! + 1]!++;
  for (let d = 0; d < docCount; d++) start[d + 1]! += start[d]!;
  const cursor = start.slice(0, docCount);
  const terms = new Uint32Array(total);
  const tfs = new Uint16Array(total);
  for (let t = 0; t < postingTerms; t++) {
    for (let i = postStart[t]!; i < postStart[t + 1]!; i++) {
      const at = cursor[postDocs[i]!]!++;
      terms[at] = t;
      tfs[at] = postTfs[i]!;
    }
  }
  return { start, terms, tfs };
}

/** Checks stored document terms against their index's shape (ranges in order, term ids ascending and posted); throws when they do not fit. */
export function checkDocTerms(d: DocTerms, docCount: number, postingTerms: number, postings: number): DocTerms {
  const { start, terms, tfs } = d ?? {};
  const typed = start instanceof Uint32Array && (terms instanceof Uint32Array || terms instanceof Uint16Array) && (tfs instanceof Uint16Array || tfs instanceof Uint8Array);
  if (!typed) throw new Error('index: document terms of the wrong type');
  if (start.length !== docCount + 1 || start[0] !== 0 || start[docCount] !== postings || terms.length !== postings || tfs.length !== postings) {
    throw new Error('index: document terms do not match the postings');
  }
  for (let doc = 0; doc < docCount; doc++) {
    const to = start[doc + 1]!;
    let prev = -1;
    for (let i = start[doc]!; i < to; i++) {
      const t = terms[i]!;
      if (t <= prev || t >= postingTerms) throw new Error('index: document terms out of order');
      prev = t;
    }
    if (to < start[doc]!) throw new Error('index: document terms do not match the postings');
  }
  return d;
}
