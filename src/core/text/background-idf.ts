// A general-English prior for term weights. In a small corpus that is all one story, corpus document
// frequency says every word of the story is common (idf ~ 0); a background list of how common words are in
// English at large says "Harbin" is rare and "visit" is not. The corpus index blends both (see termIdf).
//
// The list itself (public/terms/background-terms.txt, 30,000 terms, 226 KB) is data, not code: each
// entry point installs it once before analysing (the extension's worker fetches it when a request needs
// it, Node reads the file: src/cli/install-background-terms.ts), so no bundle has to parse it at start.

/**
 * Zipf scale: by Zipf's law a word of frequency rank r occurs with probability ~1/(r·H), so in a news-length
 * document (~600 words, H ~ 13 for a 225k-word vocabulary) it is expected ~46/r times; the share of
 * documents holding it is then about 1/(1 + r/ZIPF_RANK_SCALE) with ZIPF_RANK_SCALE ~ 50.
 */
export const ZIPF_RANK_SCALE = 50;

/** Rank given to terms missing from the list: rarer than every listed one (about twice its length). */
const UNLISTED_RANK = 60_000;

let ranks: Map<string, number> | null = null;
let installed: string | null = null;

/** Installs the term list: terms separated by white space, most frequent first. */
export function installBackgroundTerms(list: string): void {
  const trimmed = list.trim();
  if (!trimmed) throw new Error('the background term list is empty');
  installed = trimmed;
  ranks = null;
}

export function backgroundTermsInstalled(): boolean {
  return installed !== null;
}

function rankTable(): Map<string, number> {
  if (!ranks) {
    // Loud: weights without the list would be quietly wrong everywhere.
    if (installed === null) throw new Error('background terms not installed: call installBackgroundTerms() before analysing (see background-idf.ts)');
    ranks = new Map();
    const list = installed.split(/\s+/);
    for (let i = 0; i < list.length; i++) if (!ranks.has(list[i]!)) ranks.set(list[i]!, i + 1);
  }
  return ranks;
}

/** Frequency rank of an index term in general English (1 = most common); unlisted terms rank last. */
export function backgroundRank(term: string): number {
  return rankTable().get(term) ?? UNLISTED_RANK;
}

/** Estimated share of general-English news-length documents that hold the term, 0..1. */
export function backgroundDocShare(term: string): number {
  return 1 / (1 + backgroundRank(term) / ZIPF_RANK_SCALE);
}

/** -ln(backgroundDocShare): 0 for the most common words, ~7.1 for unlisted ones. */
export function backgroundIdf(term: string): number {
  return -Math.log(backgroundDocShare(term));
}

/**
 * How many documents of evidence the background counts for. Corpus document frequency takes over once
 * the corpus is much larger than this, so a corpus full of China news learns that "China" says little.
 */
export const PRIOR_DOCS = 1000;

/**
 * Inverse document frequency of a term in a corpus of `docCount` documents where `df` hold it, smoothed
 * with the background as PRIOR_DOCS pseudo-documents. `df` counts at least 1 (the text being weighed).
 */
export function termIdf(term: string, df: number, docCount: number, priorDocs = PRIOR_DOCS): number {
  const share = backgroundDocShare(term);
  return Math.max(0, Math.log((docCount + priorDocs) / (Math.max(df, 1) + priorDocs * share + 0.5)));
}
