import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fixturePages } from '../fixtures/fixture-pages.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.ts';
import { countSharedFigures, type FigureKey } from '../../src/core/matching/count-shared-figures.ts';
import { buildCorpus } from '../../src/core/corpus/corpus-file.ts';
import { daysBetween, matchRelated, profileNameScore, sharedNameScore, titleOverlap, type Candidate } from '../../src/core/matching/match-related.ts';
import { decideSameStory } from '../../src/core/matching/decide-same-story.ts';
import type { ArticleFields } from '../../src/core/corpus/build-corpus-article.ts';
import type { ArticleInput, Corpus, CorpusArticle } from '../../src/core/types.ts';
import { readArticleFile, readArticleFolder } from '../../src/cli/read-article-files.ts';
import { nameTokens } from '../../src/core/text/extract-names.ts';

const root = resolve(import.meta.dirname, '../..');

function asInput(a: { title: string; text: string; published?: string }): ArticleInput {
  return { title: a.title, text: a.text, ...(a.published ? { published: a.published } : {}) };
}
function fieldsToInput(f: ArticleFields): ArticleInput {
  return asInput({ title: f.title, text: f.paragraphs.join('\n\n'), ...(f.published ? { published: f.published } : {}) });
}

const seedFields = readArticleFolder(join(root, 'seeds'), { strict: true }).articles.map((a) => ({ ...a, origin: 'bundled' as const }));
// Page ids here are the bare slugs; a zyte-dev page's cluster is its story ('-' pages are stories of their own).
const fixtures = fixturePages();
const zyte = fixtures.filter((p) => p.set === 'zyte-dev').map((p) => ({ id: p.slug, cluster: p.story === p.id ? '-' : p.story, file: p.file }));

let seedCorpus: Corpus;
let pageFields: ArticleFields[];
let all: Corpus;
const cluster = new Map<string, string>();

beforeAll(() => {
  seedCorpus = buildCorpus(seedFields);
  pageFields = [];
  for (const p of fixtures) {
    pageFields.push(readArticleFile(p.file, p.slug));
    cluster.set(p.slug, p.story);
  }
  all = buildCorpus(pageFields);
}, 120_000);

describe('the bundled seed corpus (one story, five reports)', { timeout: 60_000 }, () => {
  it('lists the four other seeds for each seed', () => {
    for (const seed of seedCorpus.articles) {
      const result = analyze(asInput(seed), [seedCorpus]);
      expect(result.article.inCorpus).toBe(seed.id);
      expect(result.related.map((r) => r.id).sort()).toEqual(seedCorpus.articles.map((a) => a.id).filter((id) => id !== seed.id).sort());
    }
  });

  it('lists no seed for any unrelated fixture page', () => {
    for (const page of pageFields) {
      const result = analyze(fieldsToInput(page), [seedCorpus]);
      expect({ page: page.id, related: result.related.map((r) => r.id) }).toEqual({ page: page.id, related: [] });
    }
  });

  it('shows readable shared terms: words as the page writes them, names in full', () => {
    const seed = seedCorpus.articles[0]!;
    const related = analyze(asInput(seed), [seedCorpus]).related;
    const all = related.flatMap((r) => r.sharedTerms);
    expect(all).toContain('Vladimir Putin');
    expect(all).toContain('Xi Jinping');
    for (const t of all) expect(`${seed.title} ${seed.text}`.toLowerCase().includes(t.toLowerCase())).toBe(true);
    for (const r of related) {
      // No term shown twice, in part or in full ("Putin" next to "Vladimir Putin").
      for (const a of r.sharedTerms) for (const b of r.sharedTerms) if (a !== b) expect(b.toLowerCase().split(' ')).not.toEqual(expect.arrayContaining(a.toLowerCase().split(' ')));
    }
  });
});

describe('fixture pages (zyte-dev clusters)', { timeout: 60_000 }, () => {
  const byId = (id: string): CorpusArticle => all.articles.find((a) => a.id === id)!;

  it('every clustered page lists its cluster mates', () => {
    for (const z of zyte.filter((x) => x.cluster !== '-')) {
      const related = new Set(analyze(asInput(byId(z.id)), [all]).related.map((r) => r.id));
      const mates = zyte.filter((x) => x.cluster === z.cluster && x.id !== z.id).map((x) => x.id);
      for (const m of mates) expect({ page: z.id, lists: m, found: related.has(m) }).toEqual({ page: z.id, lists: m, found: true });
    }
  });

  it('pages of different stories do not list each other (except the known WeWork pair)', () => {
    const wework = new Set(['bc13ff87b2', '1ace8c85aa', '06e5123e4e']);
    for (const a of all.articles) {
      for (const r of analyze(asInput(a), [all]).related) {
        if (wework.has(a.id) && wework.has(r.id)) continue;
        expect({ page: a.id, listed: r.id, same: cluster.get(a.id) === cluster.get(r.id) }).toEqual({ page: a.id, listed: r.id, same: true });
      }
    }
  });

  // Known weakness, pinned as it is so a change either way is noticed: the Reuters piece on the NYAG
  // investigation spends half its length on the layoffs and quotes the same staff email, so the
  // layoffs story is (wrongly) listed. When the matcher learns to tell them apart, flip this.
  it('KNOWN WRONG: lists WeWork layoffs as coverage of the NYAG investigation', () => {
    const related = analyze(asInput(byId('06e5123e4e')), [all]).related.map((r) => r.id);
    expect(related).toContain('1ace8c85aa'); // the real same-story partner is there
    expect(related).toContain('bc13ff87b2'); // and so is the wrong one
  });

  it('does not take a same-topic editorial for the same story (Hong Kong listing vs Hong Kong editorial)', () => {
    const cands = matchRelated(asInput(byId('360c732d1f')), [all]).filter((c) => c.article.id !== '360c732d1f');
    const hk = cands.find((c) => c.article.id === '5fa3154ec0');
    // The editorial may not even be shortlisted; when it is, it must not count as the same story.
    expect(hk === undefined || hk.decision !== 'same-story').toBe(true);
    expect(analyze(asInput(byId('360c732d1f')), [all]).related.map((r) => r.id)).not.toContain('5fa3154ec0');
  });
});

describe('feature functions', () => {
  const w = (key: string, weight = 1) => ({ key, weight });
  it.each([
    ['same key', [w('harbin')], [w('harbin')], 1],
    ['surname alone', [w('xi')], [w('xi jinping')], 1],
    ['full name vs surname', [w('vladimir putin')], [w('putin')], 1],
    ['spelling variant', [w('volodymyr zelensky')], [w('volodymyr zelenskyy')], 1],
    ['different people, same first name', [w('john smith')], [w('john doe')], 0],
    ['one of two', [w('putin'), w('harbin')], [w('putin'), w('shanghai')], 0.5],
    ['a place and its people', [w('nepal')], [w('nepalese government')], 1],
    ['empty side', [], [w('putin')], 0],
  ] as const)('sharedNameScore: %s', (_what, a, b, expected) => {
    expect(sharedNameScore([...a], [...b], (x, y) => x.replace(/y+$/, '') === y.replace(/y+$/, '')).score).toBeCloseTo(expected, 5);
  });

  const t = (key: string, weight = 1) => ({ key, weight, tokens: nameTokens(key) });
  it.each([
    ['same key', [t('harbin')], [t('harbin')], 1],
    ['surname alone', [t('xi')], [t('xi jinping')], 1],
    ['full name vs surname', [t('vladimir putin', 2)], [t('putin')], 1],
    ['a spelling variant is no match without fuzzy matching', [t('katmandu')], [t('kathmandu')], 0],
    ['a letter added at the end is (sameNameWord)', [t('volodymyr zelensky')], [t('volodymyr zelenskyy')], 1],
    ['different people, same first name', [t('john smith')], [t('john doe')], 0],
    ['weighted: one of two', [t('putin', 3), t('harbin')], [t('putin'), t('shanghai', 2)], 4 / 7],
    ['one name matching two', [t('putin')], [t('vladimir putin'), t('putin')], 1],
    ['a place and its people', [t('indonesia', 2)], [t('indonesian')], 1],
    ['empty side', [], [t('putin')], 0],
  ] as const)('profileNameScore, as sharedNameScore without fuzzy matching: %s', (_what, a, b, expected) => {
    expect(profileNameScore([...a], [...b])).toBeCloseTo(expected, 5);
    expect(sharedNameScore([...a], [...b]).score).toBeCloseTo(expected, 5);
  });

  it('titleOverlap weighs rare words more', () => {
    const a = [{ term: 'wework', weight: 6 }, { term: 'layoff', weight: 5 }, { term: 'major', weight: 1 }];
    const b = [{ term: 'wework', weight: 6 }, { term: 'investigat', weight: 4 }, { term: 'major', weight: 1 }];
    expect(titleOverlap(a, b)).toBeCloseTo(14 / 23, 5);
    expect(titleOverlap(a, [])).toBe(0);
  });

  it.each([
    ['2019-11-18T17:02:02+00:00', '2019-11-19T17:02:02+00:00', 1],
    ['0001-01-01T00:00:00Z', '2019-11-19', undefined],
    ['not a date', '2019-11-19', undefined],
    [undefined, '2019-11-19', undefined],
  ])('daysBetween(%s, %s) = %s', (a, b, d) => {
    expect(daysBetween(a, b)).toBe(d);
  });

  const fig = (value: number, unit: string, kind: FigureKey['kind']): FigureKey => ({ value, unit, kind });
  it.each([
    ['same money', [fig(12.9e9, 'USD', 'money')], [fig(12.9e9, 'USD', 'money')], 1],
    ['rounded differently', [fig(12.9e9, 'USD', 'money')], [fig(12.93e9, 'USD', 'money')], 1],
    ['other currency', [fig(12.9e9, 'USD', 'money')], [fig(12.9e9, 'HKD', 'money')], 0],
    ['small counts say nothing', [fig(3, 'people', 'count')], [fig(3, 'people', 'count')], 0],
    ['years say nothing', [fig(2019, '', 'number')], [fig(2019, '', 'number')], 0],
    ['counted once', [fig(4000, 'job', 'count'), fig(4000, 'job', 'count')], [fig(4000, 'job', 'count')], 1],
    ['two shared', [fig(4000, 'job', 'count'), fig(5.1, '%', 'percent')], [fig(5.1, '%', 'percent'), fig(4000, 'job', 'count')], 2],
  ] as const)('countSharedFigures: %s', (_what, a, b, n) => {
    expect(countSharedFigures([...a], [...b])).toBe(n);
  });
});

describe('same event vs same topic: cohesion (tests/fixtures/stories)', { timeout: 120_000 }, () => {
  const dir = join(root, 'tests/fixtures/stories');
  const storyOf = new Map<string, string>();
  let stories: Corpus;
  beforeAll(() => {
    for (const line of readFileSync(join(dir, 'clusters.tsv'), 'utf8').trim().split('\n').slice(1)) {
      const [doc, story, , split] = line.split('\t');
      // The fresh2 batch was gathered after these cases were written and is held aside: kept out of this
      // corpus so that it cannot move the bars below through the corpus's word weights and topic profiles.
      if (split === 'fresh2') continue;
      storyOf.set(doc!, story!);
    }
    stories = buildCorpus(readArticleFolder(dir).articles.filter((a) => storyOf.has(a.id)));
  });

  it('two missile launches over Japan 17 days apart: each report ranks its own launch first and lists few of the other', () => {
    let crossListed = 0;
    let crossPairs = 0;
    for (const a of stories.articles.filter((x) => ['s04', 's05'].includes(storyOf.get(x.id)!))) {
      const cands = matchRelated(a, [stories]).filter((c) => c.decision !== 'self' && ['s04', 's05'].includes(storyOf.get(c.article.id)!));
      const mine = cands.filter((c) => storyOf.get(c.article.id) === storyOf.get(a.id));
      const other = cands.filter((c) => storyOf.get(c.article.id) !== storyOf.get(a.id));
      expect(mine.every((c) => c.decision === 'same-story')).toBe(true);
      expect(Math.min(...mine.map((c) => c.score))).toBeGreaterThan(Math.max(0, ...other.map((c) => c.score)));
      crossPairs += other.length;
      crossListed += other.filter((c) => c.decision === 'same-story').length;
    }
    // Before cohesion and the shorter time discount, 8 of these 12 cross pairs were listed as the same story.
    expect(crossPairs).toBeGreaterThanOrEqual(10);
    expect(crossListed).toBeLessThanOrEqual(2);
  });

  it('two hurricanes of one fortnight: no Hurricane Ian report lists the Hurricane Fiona report as its story, nor the reverse', () => {
    const ian = stories.articles.filter((x) => storyOf.get(x.id) === 's52');
    const fiona = stories.articles.find((x) => storyOf.get(x.id) === 's53')!;
    expect(ian.length).toBeGreaterThanOrEqual(4);
    for (const a of ian) {
      const toFiona = matchRelated(a, [stories]).find((c) => c.article.id === fiona.id);
      const fromFiona = matchRelated(fiona, [stories]).find((c) => c.article.id === a.id);
      // Before event names counted, 8 of these 10 pairs were listed as the same story.
      for (const c of [toFiona, fromFiona]) {
        if (!c) continue;
        expect(c.features.eventNames).toBe('other-event');
        expect(c.decision).not.toBe('same-story');
      }
      // The Ian reports of one storm still find one another.
      const mine = matchRelated(a, [stories]).filter((c) => c.decision !== 'self' && storyOf.get(c.article.id) === 's52');
      expect(mine.filter((c) => c.decision === 'same-story').length).toBeGreaterThanOrEqual(ian.length - 2);
    }
  });

  it('a second earthquake four days after the first: its reports list the first quake\'s under the topic only, and find one another', () => {
    const first = stories.articles.filter((x) => storyOf.get(x.id) === 's60');
    const second = stories.articles.filter((x) => storyOf.get(x.id) === 's61');
    expect(first.length).toBeGreaterThanOrEqual(4);
    expect(second.length).toBeGreaterThanOrEqual(4);
    let further = 0;
    for (const a of second) {
      const cands = matchRelated(a, [stories]).filter((c) => c.decision !== 'self');
      // Before lead-event.ts, every one of these reports listed the first quake's reports as its story.
      expect(cands.filter((c) => storyOf.get(c.article.id) === 's60' && c.decision === 'same-story')).toEqual([]);
      further += cands.filter((c) => c.features.eventSequence === 'further-event').length;
      const mine = cands.filter((c) => storyOf.get(c.article.id) === 's61' && c.decision === 'same-story');
      expect(mine.length).toBeGreaterThanOrEqual(second.length - 2);
    }
    expect(further).toBeGreaterThan(0);
  });

  it('two bombings in one capital a month apart, undated reports listed together: their figures are seldom lined up', () => {
    const bombings = stories.articles.filter((x) => ['s74', 's75'].includes(storyOf.get(x.id)!));
    expect(bombings.length).toBeGreaterThanOrEqual(8);
    let crossListed = 0;
    let crossFlagged = 0;
    for (const a of bombings) {
      const result = analyze(asInput(a), [stories]);
      crossListed += result.related.filter((r) => storyOf.get(r.id) !== storyOf.get(a.id)).length;
      const flagged = result.figures.filter((x) => x.status === 'diverging' || x.status === 'updated');
      crossFlagged += flagged.filter((g) => g.mentions.some((m) => m.reportId !== null && storyOf.get(m.reportId) !== storyOf.get(a.id))).length;
    }
    // The matching error is still there (what this guards is the figures): the test means something only then.
    expect(crossListed).toBeGreaterThan(0);
    // Before decide-figure-partner.ts, 18 flagged groups mixed the two bombings' death tolls and wounded; 3 now.
    expect(crossFlagged).toBeLessThanOrEqual(3);
  });

  it('two Sunday marches a week apart: a dated report of the first lists the second\'s undated reports on the topic only', () => {
    const first = stories.articles.filter((x) => storyOf.get(x.id) === 's58' && x.published);
    const undatedSecond = stories.articles.filter((x) => storyOf.get(x.id) === 's59' && !x.published);
    expect(first.length).toBeGreaterThanOrEqual(3);
    expect(undatedSecond.length).toBeGreaterThanOrEqual(1);
    let listed = 0;
    let apart = 0;
    for (const a of first) {
      const cands = matchRelated(a, [stories]);
      // The second march's dated reports are another development (twoDevelopments): the case the rule needs.
      apart += cands.filter((c) => storyOf.get(c.article.id) === 's59' && c.article.published && c.features.daysApart! >= 2 && c.decision === 'related-topic').length;
      listed += cands.filter((c) => undatedSecond.some((u) => u.id === c.article.id) && c.decision === 'same-story').length;
      // The first march's own reports are still its story.
      expect(cands.filter((c) => storyOf.get(c.article.id) === 's58' && c.decision === 'same-story').length).toBeGreaterThanOrEqual(first.length - 2);
    }
    expect(apart).toBeGreaterThan(0);
    // Before decide-development-side.ts, all 8 of these pairs were listed as the same story.
    expect(listed).toBe(0);
  });

  it('two ferries sunk in one district three months apart: a report recalling "In May, about 50 people died" is not the May sinking\'s story', () => {
    const may = stories.articles.filter((x) => storyOf.get(x.id) === 's79' && x.published);
    const recalling = stories.articles.find((x) => x.id === 's80-nypost-ap')!;
    expect(may.length).toBeGreaterThanOrEqual(2);
    for (const a of may) {
      const c = matchRelated(a, [stories]).find((x) => x.article.id === recalling.id);
      // Before recalled-months.ts, every dated report of the May sinking listed it as its story.
      expect(c?.features.eventSequence).toBe('further-event');
      expect(c?.decision).not.toBe('same-story');
    }
  });

  it('an undated report whose headline states its toll ("28 killed, 61 injured"): the figures it shares choose its bombing', () => {
    const open = stories.articles.find((x) => x.id === 's74-btnews')!;
    // Its text gives the injured as 65; only its headline says 61, as the other reports of its bombing do.
    expect(open.title).toContain('61 injured');
    const cands = matchRelated(asInput(open), [stories]);
    const nextMonth = cands.filter((c) => storyOf.get(c.article.id) === 's75' && c.article.published);
    expect(nextMonth.length).toBeGreaterThanOrEqual(2);
    // Before the open article's headline figures counted, all three were listed as its story.
    expect(nextMonth.filter((c) => c.decision === 'same-story')).toEqual([]);
    expect(cands.filter((c) => storyOf.get(c.article.id) === 's74' && c.decision === 'same-story').length).toBeGreaterThanOrEqual(3);
  });

  it('two strike days 12 days apart: an undated report whose lead says "Thursday" is not the Tuesday strike\'s story', () => {
    // Its lead tells of Thursday's strike (19 January 2023) and names the next one, "Jan 31", whose reports are dated.
    const open = stories.articles.find((x) => x.id === 's54-straitstimes')!;
    expect(open.published).toBeUndefined();
    const cands = matchRelated(asInput(open), [stories]);
    const later = cands.filter((c) => storyOf.get(c.article.id) === 's55' && c.article.published);
    expect(later.length).toBeGreaterThanOrEqual(2);
    // Before lead weekdays chose the side (demoteByWeekday), three of them were listed as its story.
    expect(later.filter((c) => c.decision === 'same-story')).toEqual([]);
    expect(cands.filter((c) => storyOf.get(c.article.id) === 's54' && c.decision === 'same-story').length).toBeGreaterThanOrEqual(2);
  });

  it('two bombings in one capital 25 days apart: a dated report of the later does not list an undated one of the earlier whose lead says "Wednesday"', () => {
    const undated = stories.articles.find((x) => x.id === 's74-dailymotion')!;
    expect(undated.published).toBeUndefined();
    const later = stories.articles.filter((x) => ['s75-minanews', 's75-theinsiderarchived-reuters'].includes(x.id));
    expect(later.length).toBe(2);
    for (const a of later) {
      const c = matchRelated(a, [stories]).find((x) => x.article.id === undated.id);
      // The earlier bombing's dated report, 25 days before, is kept out by time alone; its Wednesday is the lead's.
      // Before the weekdays counted against such reports, both listed it as their story.
      expect(c).toBeDefined();
      expect(c!.decision).not.toBe('same-story');
    }
  });

  it('a story with only two reports among unrelated pages is still found (cohesion unknown or no obstacle)', () => {
    const pair = readArticleFolder(dir).articles.filter((a) => storyOf.get(a.id) === 's21');
    expect(pair).toHaveLength(2);
    const corpus = buildCorpus([...pageFields, ...pair]);
    for (const a of pair) {
      const other = pair.find((b) => b.id !== a.id)!;
      expect(analyze(asInput({ title: a.title, text: a.paragraphs.join('\n\n') }), [corpus]).related.map((r) => r.id)).toContain(other.id);
    }
  });
});

describe('the second look from the nearest candidates (decideByNeighbours), on the dev part of tests/fixtures/stories', { timeout: 120_000 }, () => {
  const dir = join(root, 'tests/fixtures/stories');
  let dev: Corpus;
  beforeAll(() => {
    const devIds = new Set(
      readFileSync(join(dir, 'clusters.tsv'), 'utf8')
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split('\t'))
        // The stories these cases were chosen on (s01-s43): the margin case sits near a bar that every
        // added report moves a little, through the corpus's word weights.
        .filter((cols) => cols[3] === 'dev' && Number(/^s(\d+)/.exec(cols[0]!)?.[1]) <= 43)
        .map((cols) => cols[0]!),
    );
    dev = buildCorpus(readArticleFolder(dir).articles.filter((a) => devIds.has(a.id)));
  });
  const candidate = (from: string, to: string): Candidate => {
    const open = dev.articles.find((a) => a.id === from)!;
    return matchRelated(open, [dev]).find((c) => c.article.id === to)!;
  };

  it('a report of the same event that shares little with the open article joins through the reports both resemble', () => {
    const c = candidate('s03-rt', 's03-nytimes');
    expect(decideSameStory(c.features)).toBe('related-topic');
    expect(c.decision).toBe('same-story');
  });

  it('a report of another event of the topic, let in at the margin, leaves with its own event\'s reports', () => {
    // (s35-dailymail -> s36-touchnepal was the example until "Nepal" and "Nepalese" counted as one name, and
    // s04-huffpost-reuters -> s05-rt until the time discount halved every five days: 18 days apart, that pair
    // is now on the topic at the first pass.)
    const c = candidate('s40-jupiterwarcry', 's41-sputnik');
    expect(decideSameStory(c.features)).toBe('same-story');
    expect(c.decision).toBe('related-topic');
  });
});
