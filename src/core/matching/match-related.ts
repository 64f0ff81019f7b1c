// Related coverage in six steps:
// 1. candidates: cosine of top-term TF-IDF vectors from each corpus's inverted index (search-index.ts);
// 2. re-ranking of the shortlist on short fields: titles and names, matched exactly and then as spelling
//    variants (spelling-variant.ts: "Zelensky"/"Zelenskyy"; "Xi" for "Xi Jinping" by name tokens), shared
//    figures, time distance and a shared day (event-days.ts);
// 3. cohesion: how alike the open article's and each candidate's similarities (words, a shared day, shared
//    names) to the other candidates are (candidate-cohesion.ts), which tells one event from another event
//    of one topic;
// 4. the same-story decision, a pure function of those features (decide-same-story.ts);
// 5. a second look from each candidate's nearest other candidates: one left out joins the story when its
//    neighbours of the story vouch for it and it stands no nearer the reports left on the topic, one let in
//    at the margin leaves with its neighbours left out (decide-by-neighbours.ts);
// 6. for an open article with a date, a third look at undated candidates: one that stands nearer another
//    development's dated reports than the story's is of that development (decide-development-side.ts);
// 7. for an undated open article, a fourth look at its dated candidates: a group of them days apart from the
//    group it stands clearly nearest, or from the group it shares its figures with while sharing none with this
//    one, and apart from it over the topic, is another development (the same file).
import { normalizeArticleUrl } from './normalize-article-url.ts';
import { backgroundIdf, backgroundRank } from '../text/background-idf.ts';
import { contentScore, decideSameStory, decideWhen, SAME_DAY, SAME_TIME_DAYS, SAME_STORY_THRESHOLD, storyScore, timeFactor, twoDevelopments, twoEvents, WEIGHTS, type StoryDecision, type StoryFeatures } from './decide-same-story.ts';
import { decideByNeighbours, NEIGHBOURS, type Neighbour, type NeighbourEvidence } from './decide-by-neighbours.ts';
import { cohesion, docCosine, MIN_PROFILE, PROFILE_MIN_NEIGHBOUR, profileSimilarity, TOPIC_COSINE, weighNamesByShortlist } from './candidate-cohesion.ts';
import { shareEventDay } from './event-days.ts';
import { decideDevelopmentSide, decideFartherGroup, decideFigureSide, decideUndatedSide, decideWeekdaySide, weekdayFit } from './decide-development-side.ts';
import { decideEventSequence } from './lead-event.ts';
import { decideEventNames } from '../text/named-event.ts';
import { nameTokens, type NameMention } from '../text/extract-names.ts';
import { sameNameWord } from '../text/same-name-word.ts';
import { spellingVariant } from '../text/spelling-variant.ts';
import { DAY_MS, isoDayNumber } from '../text/calendar-day.ts';
import { countSharedFigures, type FigureKey } from './count-shared-figures.ts';
import { docTermWeight, queryVector, searchIndex, termIdfIn, type SearchHit, type SearchIndex } from '../corpus/search-index.ts';
import { decideSelf, type SelfEvidence } from './decide-self.ts';
import { containment, PreparedArticle, prepareArticle, preparedOf } from './prepare-article.ts';
import { foldAccents, stem, termTokens, type TermToken } from '../text/tokenize.ts';
import type { ArticleInput, Corpus, CorpusArticle, Figure } from '../types.ts';

/** 'self': the corpus entry is the open article itself (never listed); else the same-story decision. */
export type CandidateDecision = 'self' | StoryDecision;

export interface Candidate {
  article: CorpusArticle;
  features: StoryFeatures;
  decision: CandidateDecision;
  /** How the entry was recognised as the open article, when it was: the stronger evidence first. */
  self?: SelfEvidence;
  score: number;
  sharedTerms: string[];
}

export interface MatchOptions {
  /** Candidates re-ranked per corpus (the rest are left out). */
  shortlist?: number;
  /**
   * Figures of a text (default: extractFigures). Shared figures count as evidence, and are looked for only
   * where they can change the decision: for candidates just under SAME_STORY_THRESHOLD. `null` turns
   * them off.
   */
  figureKeys?: ((text: string, published?: string) => FigureKey[]) | null;
}

/** The score band below the threshold where shared figures could still lift a candidate over it. */
const FIGURE_BAND = WEIGHTS.perFigure * WEIGHTS.maxFigures;
/** At most this many candidates per corpus get their figures extracted per query (about 2-3 ms each, once per article). */
const FIGURE_CANDIDATES = 12;

/** Candidates per corpus that get re-ranked: same-story reports rank far above this in practice. */
export const SHORTLIST = 24;
/** Below this cosine a report shares too little vocabulary to be the same story: not even re-ranked. */
const MIN_COSINE = 0.04;
const QUERY_NAMES = 8;
const MAX_SHARED_TERMS = 6;
/** A word this common is no given name or surname ("Daily", "House"). */
const FULL_NAME_RANK = 2000;

// ---- query side ----

interface QueryName {
  key: string;
  surface: string;
  tokens: string[];
  weight: number;
}

function nameRarity(key: string, idfOf: (term: string) => number): number {
  let r = 0;
  for (const t of termTokens(key)) r = Math.max(r, idfOf(t.term));
  return r;
}

function surfaceMap(tokens: TermToken[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const { term, surface } of tokens) {
    let m = counts.get(term);
    if (!m) counts.set(term, (m = new Map()));
    m.set(surface, (m.get(surface) ?? 0) + 1);
  }
  const out = new Map<string, string>();
  for (const [term, m] of counts) {
    // Lower case unless the text writes the word capitalised most of the time (a name: "Harbin", "WeWork").
    let best = '';
    let bestCount = -1;
    let capital = 0;
    let total = 0;
    let cap = '';
    let capCount = -1;
    for (const [s, c] of m) {
      total += c;
      if (c > bestCount) [best, bestCount] = [s, c];
      if (/^\p{Lu}/u.test(s)) {
        capital += c;
        if (c > capCount) [cap, capCount] = [s, c];
      }
    }
    // Capitalised when the text mostly writes it so, and not only once at a sentence start ("Sanctions were").
    const nameLike = capital * 2 > total && (capital >= 2 || backgroundRank(term) > 5000);
    out.set(term, nameLike ? cap : best.toLowerCase());
  }
  return out;
}

function keyOf(name: string): string {
  return foldAccents(name).toLowerCase().replace(/['\u2019]/g, '');
}

// ---- feature functions (pure, exported for tests) ----

/** A name as sharedNameScore compares it; `tokens` (nameTokens of the key) when known already. */
interface ScoredName {
  key: string;
  weight: number;
  tokens?: string[];
}

/**
 * Weighted Dice overlap of two lists of names, 0..1: names match when their keys are equal, when one's
 * words are a subset of the other's ("Xi" / "Xi Jinping", "Putin" / "Vladimir Putin"; a place's word and
 * its people's count as one: "Nepal" / "Nepalese", same-name-word.ts), or when they are close spelling
 * variants of about the same length ("Zelensky" / "Zelenskyy", spelling-variant.ts).
 */
export function sharedNameScore(
  a: ScoredName[],
  b: ScoredName[],
  fuzzy?: (x: string, y: string) => boolean,
): { score: number; matched: string[] } {
  if (!a.length || !b.length) return { score: 0, matched: [] };
  let total = 0;
  for (const x of a) total += x.weight;
  for (const y of b) total += y.weight;
  if (total <= 0) return { score: 0, matched: [] };
  const bTokens = b.map((y) => y.tokens ?? nameTokens(y.key));
  const aHit = new Array<boolean>(a.length).fill(false);
  const bHit = new Array<boolean>(b.length).fill(false);
  a.forEach((x, i) => {
    const xt = x.tokens ?? nameTokens(x.key);
    b.forEach((y, j) => {
      if (x.key === y.key || isSubset(xt, bTokens[j]!) || isSubset(bTokens[j]!, xt) || (fuzzy && fuzzy(x.key, y.key))) {
        aHit[i] = true;
        bHit[j] = true;
      }
    });
  });
  let shared = 0;
  const matched: string[] = [];
  a.forEach((x, i) => {
    if (aHit[i]) {
      shared += x.weight;
      matched.push(x.key);
    }
  });
  b.forEach((y, j) => {
    if (bHit[j]) shared += y.weight;
  });
  return { score: shared / total, matched };
}

/**
 * sharedNameScore without fuzzy matching, for names tokenised already and lists of at most 30: what
 * cohesion profiles compare for every pair of candidates, so without the allocations of the general one.
 */
export function profileNameScore(a: readonly Required<ScoredName>[], b: readonly Required<ScoredName>[]): number {
  let total = 0;
  for (const x of a) total += x.weight;
  for (const y of b) total += y.weight;
  if (!(total > 0) || a.length > 30 || b.length > 30) return 0;
  let bHit = 0;
  let shared = 0;
  for (const x of a) {
    let hit = false;
    for (let j = 0; j < b.length; j++) {
      const y = b[j]!;
      if (x.key === y.key || isSubset(x.tokens, y.tokens) || isSubset(y.tokens, x.tokens)) {
        hit = true;
        bHit |= 1 << j;
      }
    }
    if (hit) shared += x.weight;
  }
  for (let j = 0; j < b.length; j++) if (bHit & (1 << j)) shared += b[j]!.weight;
  return shared / total;
}

/** Every word of `small` in `big`, as the same word or a place's and its people's word (sameNameWord). */
function isSubset(small: string[], big: string[]): boolean {
  if (small.length === 0 || small.length > big.length) return false;
  for (const w of small) {
    if (w.length < 2) return false;
    let found = false;
    for (const v of big) {
      if (v === w || (v[0] === w[0] && sameNameWord(v, w))) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

/** Weighted Dice overlap of two titles' terms, 0..1 (exact stems, then spelling variants: spelling-variant.ts). */
export function titleOverlap(
  a: Array<{ term: string; weight: number }>,
  b: Array<{ term: string; weight: number }>,
  fuzzy?: (x: string, y: string) => boolean,
): number {
  let total = 0;
  for (const x of a) total += x.weight;
  for (const y of b) total += y.weight;
  if (total <= 0) return 0;
  let shared = 0;
  const bHit = new Array<boolean>(b.length).fill(false);
  for (const x of a) {
    let hit = false;
    b.forEach((y, j) => {
      if (x.term === y.term || (fuzzy && x.term.length >= 5 && y.term.length >= 5 && fuzzy(x.term, y.term))) {
        hit = true;
        bHit[j] = true;
      }
    });
    if (hit) shared += x.weight;
  }
  b.forEach((y, j) => {
    if (bHit[j]) shared += y.weight;
  });
  return shared / total;
}

/** Days between two dates, or undefined when either is missing or implausible (before 1990). */
export function daysBetween(a?: string, b?: string): number | undefined {
  if (!a || !b) return undefined;
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  const floor = Date.UTC(1990, 0, 1);
  if (Number.isNaN(ta) || Number.isNaN(tb) || ta < floor || tb < floor) return undefined;
  return Math.abs(ta - tb) / DAY_MS;
}

/**
 * A fuzzy equality of two short strings of about the same length (spelling-variant.ts), asked in the order
 * given: the test reads the first within the second.
 */
function makeFuzzy(): (x: string, y: string) => boolean {
  return (x, y) => {
    if (x === y) return true;
    const lx = x.length;
    const ly = y.length;
    // Spelling variants share their first letter and about their length; anything else is no variant.
    if (lx < 5 || ly < 5 || x[0] !== y[0] || Math.max(lx, ly) > 32 || Math.abs(lx - ly) > Math.max(1, Math.round(Math.min(lx, ly) / 6))) return false;
    // Not remembered: a bounded cache of verdicts (kept from the fuse.js days) measured slower (bench:matching p50
    // 3.3/6.4/8.8 ms with it, 2.6/5.7/8.1 ms without, at 1k/10k/50k, back to back).
    return spellingVariant(x, y);
  };
}

// ---- the matcher ----

interface DocShort {
  names: Array<{ key: string; surface: string; weight: number }>;
  title: Array<{ term: string; weight: number }>;
}

function titleTerms(tokens: TermToken[], idfOf: (t: string) => number): Array<{ term: string; weight: number }> {
  const seen = new Set<string>();
  const out: Array<{ term: string; weight: number }> = [];
  for (const t of tokens) {
    if (seen.has(t.term)) continue;
    seen.add(t.term);
    out.push({ term: t.term, weight: idfOf(t.term) });
  }
  return out;
}

/** What the query side needs, whatever the corpus: computed once per call of matchRelated. */
interface Query {
  article: PreparedArticle;
  /** How each of the article's terms is shown (as the page writes it). */
  surfaces: Map<string, string>;
  /** The most frequent two-word name holding each single word ("xi" -> "Xi Jinping"). */
  fullNames: Map<string, string>;
  fuzzy: (x: string, y: string) => boolean;
  /** The open article's figure keys, when shared figures are looked for at all. */
  myFigures: (() => FigureKey[]) | null;
  /** A candidate's figure keys. */
  theirFigures: (cand: CorpusArticle) => FigureKey[];
}

function buildQuery(article: PreparedArticle, options: MatchOptions): Query {
  const surfaces = surfaceMap(article.textTokens);
  // Headlines are often Title Cased: a word only they hold is shown in lower case unless it is mixed-case ("WeWork").
  for (const t of article.titleTokens) {
    if (!surfaces.has(t.term)) surfaces.set(t.term, /^.+\p{Lu}/u.test(t.surface) ? t.surface : t.surface.toLowerCase());
  }
  const fullNames = new Map<string, string>();
  // Only two-word names whose other word is no common word: people ("Vladimir Putin"), not "China Daily".
  for (const m of article.names) {
    const toks = nameTokens(m.key);
    if (toks.length !== 2) continue;
    const [a, b] = toks as [string, string];
    if (!fullNames.has(a) && backgroundRank(stem(b)) > FULL_NAME_RANK) fullNames.set(a, m.surface);
    if (!fullNames.has(b) && backgroundRank(stem(a)) > FULL_NAME_RANK) fullNames.set(b, m.surface);
  }
  const custom = options.figureKeys;
  // The open article's headline too: an undated report's headline may be the only place it gives the toll its
  // event's other reports give ("28 killed, 61 injured" above a text saying 65 injured), and shared figures are
  // evidence of one event (addFigureEvidence) and choose its development (figureSideOthers).
  let myFigures: Query['myFigures'] = () => keysOf(article.headedFigures);
  // A corpus report's figures as alignment reads them (headline and text): extracted once for both.
  let theirFigures: Query['theirFigures'] = (cand) => keysOf(preparedOf(cand).headedFigures);
  if (custom === null) myFigures = null;
  else if (custom) {
    let mine: FigureKey[] | undefined;
    myFigures = () => (mine ??= custom(article.text, article.published));
    theirFigures = (cand) => custom(cand.text, cand.published);
  }
  return { article, surfaces, fullNames, fuzzy: makeFuzzy(), myFigures, theirFigures };
}

function keysOf(figures: Figure[]): FigureKey[] {
  return figures.map((f) => ({ value: f.value, unit: f.unit, kind: f.kind }));
}

/** Ranks every corpus article that could be coverage of the same story as `article`. */
export function matchRelated(article: ArticleInput | PreparedArticle, corpora: Corpus[], options: MatchOptions = {}): Candidate[] {
  const query = buildQuery(article instanceof PreparedArticle ? article : prepareArticle(article), options);
  const out: Candidate[] = [];
  for (const corpus of corpora) out.push(...matchInCorpus(query, corpus, options.shortlist ?? SHORTLIST));
  out.sort((a, b) => b.score - a.score || b.features.bodySimilarity - a.features.bodySimilarity);
  return out;
}

/** The query's main names, weighed by rarity in this corpus and by frequency in the article. */
function queryNames(mentions: NameMention[], rarityOf: (key: string) => number): QueryName[] {
  return mentions
    .slice(0, 40)
    .map((m) => ({ key: m.key, surface: m.surface, tokens: nameTokens(m.key), weight: rarityOf(m.key) * (1 + Math.log(m.count)) }))
    .sort((x, y) => y.weight - x.weight)
    .slice(0, QUERY_NAMES);
}

/** A name's rarity depends on the corpus alone (its idf), so it is kept per index across queries (bounded). */
const rarities = new WeakMap<SearchIndex, Map<string, number>>();
const RARITY_CACHE_MAX = 20_000;

function rarityCache(index: SearchIndex): Map<string, number> {
  let m = rarities.get(index);
  if (!m) rarities.set(index, (m = new Map()));
  return m;
}

/** One corpus's shortlist, re-ranked. */
function matchInCorpus(query: Query, corpus: Corpus, shortlist: number): Candidate[] {
  const index = corpus.index;
  const idfOf = (t: string): number => termIdfIn(index, t);
  const rarity = rarityCache(index);
  const rarityOf = (key: string): number => {
    let r = rarity.get(key);
    if (r === undefined) {
      if (rarity.size >= RARITY_CACHE_MAX) rarity.clear();
      rarity.set(key, (r = nameRarity(key, idfOf)));
    }
    return r;
  };
  const qv = queryVector(index, query.article.termCounts);
  const hits = withAddressMatches(corpus, query.article, searchIndex(index, qv, shortlist, MIN_COSINE));
  if (!hits.length) return [];
  const myNames = queryNames(query.article.names, rarityOf);
  const myTitle = titleTerms(query.article.titleTokens, idfOf);
  const looked: Looked[] = [];
  for (const hit of hits) {
    const cand = corpus.articles[hit.doc];
    if (!cand) continue;
    const prepared = preparedOf(cand);
    const short = docShort(index, hit.doc, cand, idfOf, rarityOf);
    const names = sharedNameScore(myNames, short.names, query.fuzzy);
    const features: StoryFeatures = {
      bodySimilarity: hit.score,
      titleSimilarity: titleOverlap(myTitle, short.title, query.fuzzy),
      sharedNames: names.score,
      sharedFigures: 0,
      sharesEventDay: shareEventDay(query.article.eventDays, prepared.eventDays),
    };
    const days = daysBetween(query.article.reportDate, prepared.reportDate);
    if (days !== undefined) features.daysApart = days;
    const eventNames = decideEventNames(query.article.namedEvent, prepared.namedEvent);
    if (eventNames !== 'unknown') features.eventNames = eventNames;
    const sequence = decideEventSequence(query.article.leadEvent, prepared.leadEvent);
    if (sequence !== 'unknown') features.eventSequence = sequence;
    const self = selfEvidence(query.article, prepared, hit.score);
    looked.push({ hit, cand, prepared, features, matchedNames: names.matched, names: short.names, self, identity: self ? decideSelf(self) : 'other' });
  }
  const others = looked.filter((l) => l.identity !== 'self');
  // Tokenised once here: cohesion compares every pair of candidates' names.
  const tokenised = [myNames, ...others.map((l) => l.names)].map((list) => list.map((n) => ({ key: n.key, weight: n.weight, tokens: nameTokens(n.key) })));
  const [openNames, ...profileNames] = weighNamesByShortlist(tokenised);
  const similarities = others.length > MIN_PROFILE ? candidateSimilarities(index, others, profileNames) : undefined;
  if (similarities) addCohesion(others, similarities.withNames, openNames!, profileNames);
  const figureLooks = { left: FIGURE_CANDIDATES };
  for (const l of looked) {
    addFigureEvidence(query, l.cand, l.features, figureLooks);
    // A copy of the text at another address is coverage of the same story whatever its score.
    l.decision = l.identity === 'self' ? 'self' : l.identity === 'copy' ? 'same-story' : decideSameStory(l.features);
  }
  if (similarities) reviewByNeighbours(others, similarities.words);
  if (similarities) separateUndatedDevelopments(query, others, similarities.words);
  if (similarities) chooseUndatedOpenSide(query, others, similarities.words);
  return looked.map(({ hit, cand, features, matchedNames, self, identity, decision }) => {
    const c: Candidate = {
      article: cand,
      features,
      decision: decision!,
      score: storyScore(features),
      sharedTerms: sharedTerms(index, qv.terms, hit.doc, query.surfaces, matchedNames, myNames, query.fullNames),
    };
    if (identity === 'self') c.self = self!;
    return c;
  });
}

/** A report's main names as cohesion profiles compare them (weighNamesByShortlist), tokenised once. */
type ProfileNames = Required<ScoredName>[];

/** A shortlisted candidate with its pair features, before the decision. */
interface Looked {
  hit: SearchHit;
  cand: CorpusArticle;
  prepared: PreparedArticle;
  features: StoryFeatures;
  matchedNames: string[];
  /** The candidate's main names (docShort): what cohesion profiles compare besides words. */
  names: DocShort['names'];
  self: SelfEvidence | undefined;
  identity: ReturnType<typeof decideSelf> | 'other';
  /** The decision, once made (reviewByNeighbours may revise it). */
  decision?: CandidateDecision;
}

/**
 * The candidates' similarities to one another as profiles compare them (profileSimilarity: cosine, a shared
 * day, time apart); symmetric, the diagonal unused. Two versions: `withNames` adds the names two candidates
 * share, for cohesion (one event's reports stand together by who and where, not only by the topic's
 * words); `words` leaves them out, for the neighbours' second look (names there kept more same-topic
 * reports in on the development sets).
 */
function candidateSimilarities(index: SearchIndex, others: Looked[], names: ProfileNames[]): { words: number[][]; withNames: number[][] } {
  const dates = others.map((l) => l.prepared.reportDate);
  const words = others.map(() => new Array<number>(others.length).fill(0));
  const withNames = others.map(() => new Array<number>(others.length).fill(0));
  for (let i = 0; i < others.length; i++) {
    for (let j = i + 1; j < others.length; j++) {
      const cosine = docCosine(index, others[i]!.hit.doc, others[j]!.hit.doc);
      const sameDay = shareEventDay(others[i]!.prepared.eventDays, others[j]!.prepared.eventDays);
      const time = timeFactor(daysBetween(dates[i], dates[j]));
      words[i]![j] = words[j]![i] = profileSimilarity(cosine, sameDay, time);
      withNames[i]![j] = withNames[j]![i] = profileSimilarity(cosine, sameDay, time, profileNameScore(names[i]!, names[j]!));
    }
  }
  return { words, withNames };
}

/**
 * Each candidate's cohesion with the open article (candidate-cohesion.ts): the open article's similarity
 * to every other candidate against the candidate's own, names weighed by weighNamesByShortlist. Entries that are the open article itself are left
 * out of the profiles (`others`); without another close candidate (PROFILE_MIN_NEIGHBOUR) a profile is
 * noise, and cohesion stays unknown.
 */
function addCohesion(others: Looked[], similarities: number[][], openNames: ProfileNames, names: ProfileNames[]): void {
  const openSim = others.map((l, i) =>
    profileSimilarity(l.hit.score, !!l.features.sharesEventDay, timeFactor(l.features.daysApart), profileNameScore(openNames, names[i]!)),
  );
  others.forEach((l, i) => {
    const mine: number[] = [];
    const theirs: number[] = [];
    // The same, over the open article's topic only (candidates of TOPIC_COSINE or more): topicCohesion.
    const mineOnTopic: number[] = [];
    const theirsOnTopic: number[] = [];
    let neighbour = 0;
    others.forEach((o, j) => {
      if (j === i) return;
      neighbour = Math.max(neighbour, o.hit.score);
      mine.push(openSim[j]!);
      theirs.push(similarities[i]![j]!);
      if (o.hit.score < TOPIC_COSINE) return;
      mineOnTopic.push(openSim[j]!);
      theirsOnTopic.push(similarities[i]![j]!);
    });
    if (neighbour < PROFILE_MIN_NEIGHBOUR) return;
    const c = cohesion(mine, theirs);
    if (c !== undefined) l.features.cohesion = c;
    const onTopic = cohesion(mineOnTopic, theirsOnTopic);
    if (onTopic !== undefined) l.features.topicCohesion = onTopic;
  });
}

/** The NEIGHBOURS candidates nearest to candidate i, nearest first. */
function nearestOf(similarities: number[][], i: number): number[] {
  return similarities
    .map((_, j) => j)
    .filter((j) => j !== i)
    .sort((x, y) => similarities[i]![y]! - similarities[i]![x]!)
    .slice(0, NEIGHBOURS);
}

/** Two candidates' cohesion: their similarities to the candidates other than both, correlated. */
function pairCohesion(similarities: number[][], i: number, j: number): number | undefined {
  const a: number[] = [];
  const b: number[] = [];
  for (let k = 0; k < similarities.length; k++) {
    if (k === i || k === j) continue;
    a.push(similarities[i]![k]!);
    b.push(similarities[j]![k]!);
  }
  return cohesion(a, b);
}

/**
 * The second look (decide-by-neighbours.ts): a candidate left out joins the story when its nearest other
 * candidates, of the story, vouch for it and it stands no further from the story's group than from the
 * topic's; one let in at the margin leaves when it stands with candidates left out. First-pass decisions
 * only, so the order of candidates never matters and nothing is carried on from one revised candidate to
 * the next. A copy of the open article is never revised.
 */
function reviewByNeighbours(others: Looked[], similarities: number[][]): void {
  const first = others.map((l) => l.decision);
  others.forEach((l, i) => {
    const decision = first[i];
    // Reports of two events (two named storms, a further happening days on, two developments days apart) are
    // never one story, whatever the neighbours say.
    if (decision === undefined || decision === 'self' || l.identity === 'copy' || twoEvents(l.features)) return;
    const neighbours: Neighbour[] = nearestOf(similarities, i).map((j) => {
      const n: Neighbour = { sameStory: first[j] === 'same-story', similarity: similarities[i]![j]! };
      const c = pairCohesion(similarities, i, j);
      if (c !== undefined) n.cohesion = c;
      return n;
    });
    const evidence: NeighbourEvidence = { decision, score: storyScore(l.features), when: decideWhen(l.features), neighbours };
    const standing = standingOf(similarities[i]!, first, i);
    if (standing) evidence.standing = standing;
    const verdict = decideByNeighbours(evidence);
    if (verdict === 'joins-its-neighbours') l.decision = 'same-story';
    else if (verdict === 'leaves-with-its-neighbours') l.decision = 'related-topic';
  });
}

/**
 * The third look, for an open article with a date (decide-development-side.ts): an undated candidate listed
 * as the same story that stands nearer the reports of another development (dated days apart, and decided
 * so: twoDevelopments) than the story's dated reports is of that development; so is one whose lead weekdays fit
 * only that development's days, or those of reports of the story's words dated weeks apart (decideWeekdaySide).
 */
function separateUndatedDevelopments(query: Query, others: Looked[], similarities: number[][]): void {
  if (!query.article.reportDate) return;
  const other = others.flatMap((l, j) => (twoDevelopments(l.features) && storyScore(l.features) >= SAME_STORY_THRESHOLD ? [j] : []));
  // Reports of the story's words kept out by time alone (weeks apart, within a month) are another development
  // for an undated candidate's weekdays only: by words, such a side took reports of the story away.
  const weeksApart = (d: number | undefined): boolean => d !== undefined && d > SAME_TIME_DAYS && d <= WEEKDAY_SPAN_DAYS;
  const later = others.flatMap((l, j) => (l.decision === 'related-topic' && weeksApart(l.features.daysApart) && contentScore(l.features) >= SAME_STORY_THRESHOLD ? [j] : []));
  if (!other.length && !later.length) return;
  const story = others.flatMap((l, j) => (l.decision === 'same-story' && l.prepared.reportDate ? [j] : []));
  // The days of each side, for an undated candidate's lead weekdays (decideWeekdaySide); the other side's mean
  // topic cohesion with the open article says whether it stands apart (unknown counts as not).
  const dayOf = (j: number): number => reportDayOf(others[j]!);
  const storyDays = [isoDayNumber(query.article.reportDate)!, ...story.map(dayOf)];
  const weekdayOthers = [...other, ...later.filter((j) => !other.includes(j))];
  const otherDays = weekdayOthers.map(dayOf);
  const apart = meanOf(weekdayOthers.map((j) => others[j]!.features.topicCohesion ?? 0));
  others.forEach((l, i) => {
    if (l.decision !== 'same-story' || l.identity === 'copy' || l.prepared.reportDate) return;
    // Its lead weekdays fitting only the other development's days say so first (decideWeekdaySide).
    const weekdays = l.prepared.leadEvent.weekdays;
    const byWeekday = decideWeekdaySide({ own: weekdayFit(weekdays, otherDays), other: weekdayFit(weekdays, storyDays), groupsCohesion: apart });
    const side = byWeekday === 'another-development' ? byWeekday : !other.length ? 'unknown' : decideDevelopmentSide({
      toStory: [openSimilarity(l), ...story.map((j) => similarities[i]![j]!)],
      toOtherDevelopment: other.map((j) => similarities[i]![j]!),
    });
    if (side === 'another-development') l.decision = 'related-topic';
  });
}

/**
 * The open article's dated same-story candidates (copies aside) in groups of one moment, earliest first: a
 * report dated less than two days after the group's latest joins it (twoDevelopments reads two days as apart).
 */
function datedGroups(others: Looked[]): number[][] {
  const dated = others
    .flatMap((l, j) => (l.decision === 'same-story' && l.identity !== 'copy' && l.prepared.reportDate ? [j] : []))
    .sort((a, b) => Date.parse(others[a]!.prepared.reportDate!) - Date.parse(others[b]!.prepared.reportDate!));
  const groups: number[][] = [];
  for (const j of dated) {
    const last = groups.at(-1);
    const gap = last ? daysBetween(others[last.at(-1)!]!.prepared.reportDate, others[j]!.prepared.reportDate) : undefined;
    if (last && gap !== undefined && gap < SAME_DAY + 1) last.push(j);
    else groups.push([j]);
  }
  return groups;
}

/** Cohesion of candidates i and j over the open article's topic (candidates of TOPIC_COSINE or more but both). */
function topicPairCohesion(others: Looked[], similarities: number[][], i: number, j: number): number | undefined {
  const a: number[] = [];
  const b: number[] = [];
  others.forEach((l, k) => {
    if (k === i || k === j || l.hit.score < TOPIC_COSINE) return;
    a.push(similarities[i]![k]!);
    b.push(similarities[j]![k]!);
  });
  return cohesion(a, b);
}

const meanOf = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;

/**
 * The fourth look, for an undated open article (decideFartherGroup): its dated same-story candidates in groups
 * of one moment; a group days from the one it stands nearest, whose reports stand apart from that one's over
 * the topic, is another development when the open article is clearly nearer its own. That group's reports
 * are shown on the topic, and so are undated ones that stand nearer them than the open article's side
 * (decideDevelopmentSide, as in the third look). First-pass decisions only, as in the other looks.
 */
function chooseUndatedOpenSide(query: Query, others: Looked[], similarities: number[][]): void {
  if (query.article.reportDate) return;
  const groups = datedGroups(others);
  if (groups.length < 2) return;
  for (const j of figureSideOthers(query, others, similarities, groups)) others[j]!.decision = 'related-topic';
  demoteByWeekday(query, others, similarities, groups);
  const toOpen = (j: number): number => openSimilarity(others[j]!);
  const nearer = groups.reduce((best, g) => (meanOf(g.map(toOpen)) > meanOf(best.map(toOpen)) ? g : best));
  const undated = others.flatMap((l, i) => (l.decision === 'same-story' && l.identity !== 'copy' && !l.prepared.reportDate ? [i] : []));
  const demote = new Set<number>();
  for (const g of groups) {
    if (g === nearer) continue;
    const pairs = nearer.flatMap((i) => g.flatMap((j) => topicPairCohesion(others, similarities, i, j) ?? []));
    const side = decideFartherGroup({ toNearer: nearer.map(toOpen), toFarther: g.map(toOpen), groupsCohesion: pairs.length ? meanOf(pairs) : undefined });
    if (side !== 'another-development') continue;
    for (const j of g) demote.add(j);
    for (const i of undated) {
      const standing = { toStory: [toOpen(i), ...nearer.map((j) => similarities[i]![j]!)], toOtherDevelopment: g.map((j) => similarities[i]![j]!) };
      if (decideDevelopmentSide(standing) === 'another-development') demote.add(i);
    }
  }
  for (const j of demote) others[j]!.decision = 'related-topic';
}

/** A candidate's similarity to the open article as the profiles weigh it (the open article as a dated report of its side). */
function openSimilarity(l: Looked): number {
  return profileSimilarity(l.hit.score, !!l.features.sharesEventDay, 1);
}

/** The day number of a dated candidate's report date. */
function reportDayOf(l: Looked): number {
  return isoDayNumber(l.prepared.reportDate)!;
}

/** Groups further apart than this are not told apart by weekday (see decideWeekdaySide). */
const WEEKDAY_SPAN_DAYS = 31;

/**
 * For an undated open article whose lead weekdays fit one group of its dated candidates (decideWeekdaySide):
 * the groups within a month of it that they do not fit, standing apart from it over the topic, are another
 * development, shown on the topic; so are undated candidates that side with such a group (decideUndatedSide).
 */
function demoteByWeekday(query: Query, others: Looked[], similarities: number[][], groups: number[][]): void {
  const weekdays = query.article.leadEvent.weekdays;
  if (!weekdays.length) return;
  const firsts = groups.map((g) => Math.min(...g.map((j) => reportDayOf(others[j]!))));
  const fits = firsts.map((d) => weekdayFit(weekdays, [d]));
  if (fits.filter((f) => f === 'fits').length !== 1) return;
  const ownAt = fits.indexOf('fits');
  const own = groups[ownAt]!;
  const ownFirst = firsts[ownAt]!;
  const undated = others.flatMap((l, i) => (l.decision === 'same-story' && l.identity !== 'copy' && !l.prepared.reportDate ? [i] : []));
  const demote: number[] = [];
  groups.forEach((g, k) => {
    if (k === ownAt || Math.abs(firsts[k]! - ownFirst) > WEEKDAY_SPAN_DAYS) return;
    const pairs = own.flatMap((i) => g.flatMap((j) => topicPairCohesion(others, similarities, i, j) ?? []));
    const groupsCohesion = pairs.length ? meanOf(pairs) : undefined;
    if (decideWeekdaySide({ own: 'fits', other: fits[k]!, groupsCohesion }) !== 'another-development') return;
    demote.push(...g);
    for (const i of undated) {
      const w = others[i]!.prepared.leadEvent.weekdays;
      const side = decideUndatedSide({
        fitsOther: weekdayFit(w, [firsts[k]!]),
        fitsStory: weekdayFit(w, [ownFirst]),
        groupsCohesion,
        toStory: [openSimilarity(others[i]!), ...own.map((j) => similarities[i]![j]!)],
        toOtherDevelopment: g.map((j) => similarities[i]![j]!),
      });
      if (side === 'another-development') demote.push(i);
    }
  });
  for (const j of demote) others[j]!.decision = 'related-topic';
}

/**
 * The dated candidates of groups the open article's figures say are another development (decideFigureSide):
 * it shares telling figures with a report of one group and none with this group's, and the groups stand apart.
 */
function figureSideOthers(query: Query, others: Looked[], similarities: number[][], groups: number[][]): number[] {
  if (!query.myFigures) return [];
  const mine = query.myFigures();
  const shared = groups.map((g) => Math.max(...g.map((j) => countSharedFigures(mine, query.theirFigures(others[j]!.cand)))));
  const own = shared.indexOf(Math.max(...shared));
  return groups.flatMap((g, k) => {
    if (k === own) return [];
    const pairs = groups[own]!.flatMap((i) => g.flatMap((j) => topicPairCohesion(others, similarities, i, j) ?? []));
    const standing = { sharedWithOwn: shared[own]!, sharedWithThis: shared[k]!, groupsCohesion: pairs.length ? meanOf(pairs) : undefined };
    return decideFigureSide(standing) === 'another-development' ? g : [];
  });
}

/** Candidate i's mean similarity to the first pass's story group and topic group (undefined when either is empty). */
function standingOf(row: readonly number[], first: ReadonlyArray<CandidateDecision | undefined>, i: number): NeighbourEvidence['standing'] {
  let story = 0;
  let storyCount = 0;
  let topic = 0;
  let topicCount = 0;
  for (let j = 0; j < row.length; j++) {
    if (j === i) continue;
    if (first[j] === 'same-story') {
      story += row[j]!;
      storyCount++;
    } else if (first[j] === 'related-topic') {
      topic += row[j]!;
      topicCount++;
    }
  }
  return storyCount && topicCount ? { story: story / storyCount, topic: topic / topicCount, topicCount } : undefined;
}

/** Counts shared figures where they can change the decision: for candidates just under the threshold. */
function addFigureEvidence(query: Query, cand: CorpusArticle, features: StoryFeatures, looks: { left: number }): void {
  if (!query.myFigures) return;
  const before = storyScore(features);
  if (before >= SAME_STORY_THRESHOLD || before < SAME_STORY_THRESHOLD - FIGURE_BAND || looks.left <= 0) return;
  looks.left--;
  features.sharedFigures = countSharedFigures(query.myFigures(), query.theirFigures(cand));
}

/** Candidates with less vocabulary in common are not even checked for being the open article by text. */
const SELF_MIN_COSINE = 0.25;

/** Evidence that a candidate is the open article, when there is any to weigh (undefined: plainly another report). */
function selfEvidence(open: PreparedArticle, cand: PreparedArticle, cosine: number): SelfEvidence | undefined {
  const url = urlRelation(open.urlKeys, cand.urlKeys);
  const sameTitle = open.titleKey !== '' && open.titleKey === cand.titleKey;
  if (url === 'different' && cosine < SELF_MIN_COSINE) return undefined;
  if (url !== 'same' && url !== 'same-site' && !sameTitle && cosine < SELF_MIN_COSINE) return undefined;
  return { url, sameTitle, containment: url === 'same' ? 1 : containment(open, cand), bodySimilarity: cosine };
}

function urlRelation(mine: string[], theirs: string[]): SelfEvidence['url'] {
  if (!mine.length || !theirs.length) return 'unknown';
  if (mine.some((k) => theirs.includes(k))) return 'same';
  const host = (k: string): string => k.split('/')[0]!;
  return mine.some((k) => theirs.some((t) => host(t) === host(k))) ? 'same-site' : 'different';
}

/** Each corpus's articles by normalised address, built when first asked for. */
const addressIndexes = new WeakMap<Corpus, Map<string, number[]>>();

function addressIndex(corpus: Corpus): Map<string, number[]> {
  let m = addressIndexes.get(corpus);
  if (m) return m;
  m = new Map();
  corpus.articles.forEach((a, doc) => {
    // The address alone (a corpus entry has no canonical one): preparing every entry would read every
    // lazily stored article (user-corpus-lazy.ts) just to learn its address.
    const k = normalizeArticleUrl(a.url);
    if (k) m!.set(k, [...(m!.get(k) ?? []), doc]);
  });
  addressIndexes.set(corpus, m);
  return m;
}

/** The search hits plus the entries stored under the open article's own address, wherever they ranked. */
function withAddressMatches(corpus: Corpus, open: PreparedArticle, hits: SearchHit[]): SearchHit[] {
  if (!open.urlKeys.length) return hits;
  const index = addressIndex(corpus);
  const seen = new Set(hits.map((h) => h.doc));
  const extra: SearchHit[] = [];
  for (const k of open.urlKeys) {
    for (const doc of index.get(k) ?? []) {
      if (!seen.has(doc)) extra.push({ doc, score: 0 });
      seen.add(doc);
    }
  }
  return extra.length ? [...hits, ...extra] : hits;
}

/**
 * A corpus entry's short fields depend only on the entry and its corpus's index, so they are computed once
 * per entry (kept as long as the entry object lives; a lazily read entry is a new object, never a stale one).
 */
const docShorts = new WeakMap<CorpusArticle, { index: SearchIndex; short: DocShort }>();

function docShort(index: SearchIndex, doc: number, cand: CorpusArticle, idfOf: (t: string) => number, rarityOf: (key: string) => number): DocShort {
  const known = docShorts.get(cand);
  if (known?.index === index) return known.short;
  const short = docShortOf(index, doc, cand, idfOf, rarityOf);
  docShorts.set(cand, { index, short });
  return short;
}

function docShortOf(index: SearchIndex, doc: number, cand: CorpusArticle, idfOf: (t: string) => number, rarityOf: (key: string) => number): DocShort {
  const raw = index.names.at(doc) ?? '';
  const names = raw
    ? raw.split('|').map((surface, i) => {
        const key = keyOf(surface);
        // Stored most salient first; later names count a little less.
        return { key, surface, weight: rarityOf(key) / (1 + 0.1 * i) };
      })
    : [];
  return { names, title: titleTerms(preparedOf(cand).titleTokens, idfOf) };
}

/** Adds a shown term unless a longer one holds it ("Dakota" in "South Dakota"); a longer one replaces a shorter. */
function addTerm(out: string[], surface: string): void {
  const words = (x: string): string[] => keyOf(x).split(/\s+/);
  const mine = words(surface);
  for (let i = 0; i < out.length; i++) {
    const theirs = words(out[i]!);
    if (mine.every((w) => theirs.includes(w))) return;
    if (theirs.every((w) => mine.includes(w))) {
      out[i] = surface;
      for (let j = out.length - 1; j > i; j--) if (words(out[j]!).every((w) => mine.includes(w))) out.splice(j, 1);
      return;
    }
  }
  out.push(surface);
}

/** Readable shared key terms, most telling first: shared names as written, then shared words. */
function sharedTerms(
  index: SearchIndex,
  qterms: Array<{ term: string; weight: number; id: number | undefined }>,
  doc: number,
  surfaces: Map<string, string>,
  matchedNames: string[],
  myNames: QueryName[],
  fullNames: Map<string, string>,
): string[] {
  const scored: Array<{ term: string; w: number }> = [];
  for (const q of qterms) {
    if (q.id === undefined) continue;
    const w = docTermWeight(index, q.id, doc);
    if (w > 0) scored.push({ term: q.term, w: w * q.weight });
  }
  scored.sort((a, b) => b.w - a.w);
  const out: string[] = [];
  const covered = new Set<string>();
  const matched = new Set(matchedNames);
  for (const n of myNames) {
    if (!matched.has(n.key) || out.length >= 3) continue;
    // Show a name in full when the page also writes it so ("Xi" -> "Xi Jinping").
    const full = n.tokens.length === 1 ? fullNames.get(n.key) : undefined;
    const surface = full ?? n.surface;
    addTerm(out, surface);
    for (const t of termTokens(surface)) covered.add(t.term);
  }
  for (const s of scored) {
    if (out.length >= MAX_SHARED_TERMS) break;
    if (covered.has(s.term)) continue;
    covered.add(s.term);
    let surface = surfaces.get(s.term);
    if (surface && /^\p{Lu}/u.test(surface)) surface = fullNames.get(keyOf(surface)) ?? surface;
    if (surface && backgroundIdf(s.term) > 0) {
      addTerm(out, surface);
      for (const t of termTokens(surface)) covered.add(t.term);
    }
  }
  return out;
}
