// The pure decisions of followed sources, from tables: dedupe, retention, back-off and fetch
// timing, what a response status means, segment compaction, feed discovery in a page head.
import { describe, expect, it } from 'vitest';
import { dedupeDecision, textFingerprint, urlKey, type DedupeDecision } from '../../src/core/feeds/dedupe-item.ts';
import { discoverFeeds } from '../../src/core/feeds/discover-feeds.ts';
import { backoffMinutes, fetchDecision, responseOutcome, type FetchDecision, type ResponseOutcome } from '../../src/core/feeds/fetch-decision.ts';
import { planCompaction, segmentTier } from '../../src/core/feeds/plan-compaction.ts';
import { itemsToDrop, retentionDecision, type RetentionDecision } from '../../src/core/feeds/retention-decision.ts';

const WIRE = 'The central bank raised its main interest rate by a quarter of a percentage point on Thursday, the third increase this year, saying inflation remained too high and that further rises could not be ruled out as wages kept climbing.';

describe('dedupeDecision', () => {
  const known = {
    guids: new Set(['s1 guid-1']),
    urls: new Set([urlKey('https://www.example.com/world/story-1')]),
    fingerprints: new Set([textFingerprint(WIRE)!]),
  };
  const cases: Array<[string, Parameters<typeof dedupeDecision>[0], DedupeDecision]> = [
    ['same guid, same source', { sourceId: 's1', guid: 'guid-1', text: 'x' }, 'same-guid'],
    ['same guid, other source', { sourceId: 's2', guid: 'guid-1', text: 'x' }, 'new'],
    ['same URL with tracking and fragment', { sourceId: 's2', url: 'https://WWW.example.com/world/story-1/?utm_source=rss#top', text: 'x' }, 'same-url'],
    ['the wire copy, re-published', { sourceId: 's3', url: 'https://other.example/a', text: `${WIRE} Reporting by a wire service.` }, 'near-duplicate'],
    ['same text but a different opening', { sourceId: 's3', text: `Markets fell. ${WIRE}` }, 'new'],
    ['short text is never a near-duplicate', { sourceId: 's3', text: 'Rates rise' }, 'new'],
  ];
  it.each(cases)('%s', (_what, item, expected) => expect(dedupeDecision(item, known)).toBe(expected));
});

describe('retentionDecision and itemsToDrop', () => {
  const now = Date.parse('2026-12-01T00:00:00Z');
  const cases: Array<[string, string, number, RetentionDecision]> = [
    ['fetched yesterday', '2026-11-30T00:00:00Z', 30, 'keep'],
    ['fetched 31 days ago', '2026-10-31T00:00:00Z', 30, 'expire'],
    ['fetched 31 days ago, kept 90', '2026-10-31T00:00:00Z', 90, 'keep'],
    ['no valid fetch time', 'garbage', 30, 'expire'],
  ];
  it.each(cases)('%s', (_what, fetchedAt, days, expected) => expect(retentionDecision({ fetchedAt }, now, days)).toBe(expected));

  it('drops the expired, then the oldest over the cap', () => {
    const items = [
      { id: 'old', fetchedAt: '2026-01-01T00:00:00Z' },
      { id: 'a', fetchedAt: '2026-11-28T00:00:00Z' },
      { id: 'b', fetchedAt: '2026-11-29T00:00:00Z' },
      { id: 'c', fetchedAt: '2026-11-30T00:00:00Z' },
    ];
    expect(itemsToDrop(items, now, 30, 2).sort()).toEqual(['a', 'old']);
    expect(itemsToDrop(items, now, 365, 10)).toEqual([]);
  });
});

describe('fetchDecision and back-off', () => {
  const now = Date.parse('2026-12-01T12:00:00Z');
  const ago = (min: number) => new Date(now - min * 60_000).toISOString();
  const cases: Array<[string, { paused: boolean; lastAttempt?: string; failures: number }, { permitted: boolean; force?: boolean }, FetchDecision]> = [
    ['never fetched', { paused: false, failures: 0 }, { permitted: true }, 'fetch'],
    ['paused wins over everything', { paused: true, failures: 0 }, { permitted: false, force: true }, 'paused'],
    ['permission missing', { paused: false, failures: 0 }, { permitted: false }, 'needs-permission'],
    ['fetched 10 minutes ago', { paused: false, lastAttempt: ago(10), failures: 0 }, { permitted: true }, 'wait'],
    ['fetched 30 minutes ago', { paused: false, lastAttempt: ago(30), failures: 0 }, { permitted: true }, 'fetch'],
    ['refresh now after 10 minutes', { paused: false, lastAttempt: ago(10), failures: 0 }, { permitted: true, force: true }, 'fetch'],
    ['failed twice, 60 minutes ago: backs off to 120', { paused: false, lastAttempt: ago(60), failures: 2 }, { permitted: true }, 'wait'],
    ['failed twice, 121 minutes ago', { paused: false, lastAttempt: ago(121), failures: 2 }, { permitted: true }, 'fetch'],
    ['refresh now right after a failure waits a minute', { paused: false, lastAttempt: ago(0.2), failures: 1 }, { permitted: true, force: true }, 'wait'],
  ];
  it.each(cases)('%s', (_what, s, opts, expected) => expect(fetchDecision(s, now, { intervalMinutes: 30, ...opts })).toBe(expected));

  it.each([
    [0, 30],
    [1, 60],
    [3, 240],
    [10, 1440],
    [100, 1440],
  ])('after %i failures: %i minutes', (failures, minutes) => expect(backoffMinutes(failures, 30)).toBe(minutes));
});

describe('responseOutcome', () => {
  const cases: Array<[number, ResponseOutcome]> = [
    [200, 'ok'],
    [203, 'ok'],
    [304, 'not-modified'],
    [404, 'gone'],
    [410, 'gone'],
    [429, 'retry-later'],
    [503, 'retry-later'],
    [403, 'error'],
    [301, 'error'], // redirects are followed by fetch; one that surfaces is an error
  ];
  it.each(cases)('%i -> %s', (status, expected) => expect(responseOutcome(status)).toBe(expected));
});

describe('planCompaction', () => {
  const seg = (size: number, deleted = 0) => ({ size, deleted });
  it.each([
    ['few segments: nothing to merge', [seg(10), seg(20)], []],
    ['three of a tier: not yet', [seg(1), seg(2), seg(3), seg(1000)], []],
    ['four of the lowest tier merge, big ones untouched', [seg(1000), seg(1), seg(2), seg(40), seg(3), seg(1)], [1, 2, 4, 5]],
    ['four of a middle tier (16-63) merge', [seg(20), seg(30), seg(5000), seg(40), seg(63)], [0, 1, 3, 4]],
    ['a half-deleted segment is rewritten first', [seg(10, 6), seg(1), seg(1), seg(1), seg(1)], [0]],
  ] as Array<[string, Array<{ size: number; deleted: number }>, number[]]>)('%s', (_what, segments, expected) => {
    expect(planCompaction(segments, 4, 24)).toEqual(expected);
  });

  it('over the hard cap, the smallest merge whatever their tiers', () => {
    expect(planCompaction([seg(1), seg(4), seg(16), seg(64), seg(256)], 4, 4)).toEqual([0, 1]);
  });

  it.each([
    [1, 0],
    [3, 0],
    [4, 1],
    [15, 1],
    [16, 2],
    [64, 3],
  ])('%i items are tier %i', (n, t) => expect(segmentTier(n, 4)).toBe(t));
});

describe('discoverFeeds', () => {
  it('keeps alternate feed links, resolved and deduplicated', () => {
    const links = [
      { rel: 'alternate', type: 'application/rss+xml', href: '/rss.xml', title: 'All news' },
      { rel: 'alternate', type: 'application/atom+xml', href: 'https://example.org/atom' },
      { rel: 'alternate', type: 'application/rss+xml', href: '/rss.xml' },
      { rel: 'stylesheet', type: 'text/css', href: '/a.css' },
      { rel: 'alternate', type: 'application/json+oembed', href: '/oembed' },
      { rel: 'alternate', type: 'application/json', href: '/oembed.json' },
      { rel: 'alternate', type: 'application/feed+json', href: '/feed.json' },
      { rel: 'alternate', type: 'application/rss+xml', href: 'javascript:alert(1)' },
    ];
    expect(discoverFeeds(links, 'https://example.org/world/')).toEqual([
      { url: 'https://example.org/rss.xml', title: 'All news' },
      { url: 'https://example.org/atom' },
      { url: 'https://example.org/feed.json' },
    ]);
  });
});
