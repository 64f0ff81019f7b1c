// Deterministic synthetic corpora for `npm run bench`: filler articles generated from a word list (the
// background term list, sampled by Zipf's law, with per-article topics so terms cluster as in news), and
// planted same-story pairs made by rewriting and trimming real articles (the fixture pages and the seeds).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticleFile, readArticleFolder } from '../src/cli/read-article-files.ts';
import type { ArticleFields } from '../src/core/corpus/build-corpus-article.ts';
import { BACKGROUND_TERMS_FILE } from '../src/cli/install-background-terms.ts';

export interface RealArticle {
  id: string;
  title: string;
  paragraphs: string[];
}

export interface PlantedPair {
  /** Corpus ids of the two versions of one real article. */
  a: string;
  b: string;
}

/** mulberry32: a small seeded PRNG, so every run builds the same corpora. */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = readFileSync(BACKGROUND_TERMS_FILE, 'utf8').trim().split(' ').filter((w) => w.length >= 3);
const TOPICS = 400;
const TOPIC_WORDS = 40;

function zipfSampler(rand: () => number, n: number): () => number {
  // Inverse CDF of a continuous 1/r density over [1, n]: r = n^u.
  return () => Math.min(n - 1, Math.floor(Math.pow(n, rand())) - 1);
}

function capital(w: string): string {
  return w[0]!.toUpperCase() + w.slice(1);
}

function makeTopics(rand: () => number): string[][] {
  const topics: string[][] = [];
  for (let t = 0; t < TOPICS; t++) {
    const ws: string[] = [];
    for (let i = 0; i < TOPIC_WORDS; i++) ws.push(WORDS[500 + Math.floor(rand() * (WORDS.length - 500))]!);
    topics.push(ws);
  }
  return topics;
}

function date(rand: () => number, base = Date.UTC(2019, 0, 1), spanDays = 5 * 365): string {
  return new Date(base + Math.floor(rand() * spanDays * 86_400_000)).toISOString();
}

function fillerArticle(id: string, rand: () => number, zipf: () => number, topics: string[][]): ArticleFields {
  const mine = [topics[Math.floor(rand() * TOPICS)]!, topics[Math.floor(rand() * TOPICS)]!];
  const names = [capital(mine[0]![0]!), `${capital(mine[1]![1]!)} ${capital(mine[1]![2]!)}`];
  const word = (): string => {
    const r = rand();
    if (r < 0.25) {
      const t = mine[r < 0.15 ? 0 : 1]!;
      return t[Math.floor(Math.pow(rand(), 2) * t.length)]!;
    }
    if (r < 0.28) return names[Math.floor(rand() * names.length)]!;
    return WORDS[zipf()]!;
  };
  const sentence = (): string => {
    const n = 10 + Math.floor(rand() * 14);
    const ws: string[] = [];
    for (let i = 0; i < n; i++) ws.push(word());
    return `${capital(ws.join(' '))}.`;
  };
  const paragraphs: string[] = [];
  const pcount = 5 + Math.floor(rand() * 8);
  for (let p = 0; p < pcount; p++) {
    const sc = 1 + Math.floor(rand() * 3);
    const ss: string[] = [];
    for (let s = 0; s < sc; s++) ss.push(sentence());
    paragraphs.push(ss.join(' '));
  }
  const tw: string[] = [];
  const tn = 6 + Math.floor(rand() * 6);
  for (let i = 0; i < tn; i++) tw.push(word());
  return { id, title: capital(tw.join(' ')), paragraphs, published: date(rand) };
}

/** A second report of the same story: sentences dropped and shuffled, words swapped, headline reworded. */
function rewrite(a: RealArticle, rand: () => number, zipf: () => number): { title: string; paragraphs: string[] } {
  const sentences = a.paragraphs.join(' ').match(/[^.!?]+[.!?]+["'\u201d\u2019]?\s*|[^.!?]+$/g) ?? [];
  const kept = sentences.filter((_, i) => i === 0 || rand() > 0.35);
  const limit = Math.max(3, Math.floor(kept.length * 0.7));
  const body = kept.slice(0, limit).map((s) =>
    s
      .trim()
      .split(/\s+/)
      .map((w) => (rand() < 0.12 ? WORDS[zipf()]! : w))
      .join(' '),
  );
  // Move a few sentences around, keeping the lede first.
  for (let i = body.length - 1; i > 1; i--) {
    if (rand() < 0.3) {
      const j = 1 + Math.floor(rand() * i);
      [body[i], body[j]] = [body[j]!, body[i]!];
    }
  }
  const paragraphs: string[] = [];
  for (let i = 0; i < body.length; i += 3) paragraphs.push(body.slice(i, i + 3).join(' '));
  const tw = a.title.split(/\s+/).filter(() => rand() > 0.35);
  tw.splice(Math.floor(rand() * (tw.length + 1)), 0, WORDS[zipf()]!);
  return { title: tw.join(' ') || a.title, paragraphs };
}

/** A corpus of `size` articles: one planted pair per usable real article, the rest filler. */
export function generateCorpus(size: number, real: RealArticle[], seed = 42): { fields: ArticleFields[]; pairs: PlantedPair[] } {
  const rand = prng(seed);
  const zipf = zipfSampler(rand, WORDS.length);
  const topics = makeTopics(prng(seed + 1));
  const usable = real.filter((r) => r.paragraphs.join(' ').length >= 600).slice(0, Math.floor(size / 4));
  const fields: ArticleFields[] = [];
  const pairs: PlantedPair[] = [];
  for (const r of usable) {
    const published = date(rand);
    const trimmed = r.paragraphs.slice(0, Math.max(2, Math.ceil(r.paragraphs.length * 0.85)));
    const a: ArticleFields = { id: `real-a/${r.id}`, title: r.title, paragraphs: trimmed, published };
    const rw = rewrite(r, rand, zipf);
    const b: ArticleFields = {
      id: `real-b/${r.id}`,
      title: rw.title,
      paragraphs: rw.paragraphs,
      published: new Date(Date.parse(published) + Math.floor(rand() * 36) * 3_600_000).toISOString(),
    };
    fields.push(a, b);
    pairs.push({ a: a.id, b: b.id });
  }
  for (let i = fields.length; i < size; i++) fields.push(fillerArticle(`gen/${i}`, rand, zipf, topics));
  // Interleave deterministically so planted articles are not all at the start of the postings.
  const order = fields.map((f, i) => ({ f, k: prng(seed + 7 + i)() }));
  order.sort((x, y) => x.k - y.k);
  return { fields: order.map((o) => o.f), pairs };
}

/** The real articles planted in pairs: the fixture news pages, then (unless `seeds` is false) the seeds. */
export function realArticles(root: string, seeds = true): RealArticle[] {
  const pages = join(root, 'tests/fixtures/pages');
  const out: RealArticle[] = [];
  for (const sub of ['zyte-dev', 'readability-news']) {
    for (const d of readdirSync(join(pages, sub)).sort()) {
      if (d.includes('.')) continue;
      try {
        const a = readArticleFile(join(pages, sub, d, 'source.html'), `${sub}/${d}`);
        out.push({ id: a.id, title: a.title, paragraphs: a.paragraphs });
      } catch {
        // pages without an article are not planted
      }
    }
  }
  if (seeds) for (const a of readArticleFolder(join(root, 'seeds'), { strict: true }).articles) out.push({ id: `seeds/${a.id}`, title: a.title, paragraphs: a.paragraphs });
  return out;
}
