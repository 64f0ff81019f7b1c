import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { deriveTitle, parsePlainTextArticle } from '../../src/core/corpus/parse-plain-text-article.ts';

const SEEDS = resolve(import.meta.dirname, '../../seeds');
const seed = (prefix: string) => {
  const f = readdirSync(SEEDS).find((x) => x.startsWith(prefix) && x.endsWith('.txt'))!;
  return parsePlainTextArticle(readFileSync(join(SEEDS, f), 'utf8'));
};

describe('parsePlainTextArticle on the seeds', () => {
  test('000: repeated headline and photo caption are dropped, furniture after the body is cut', () => {
    const a = seed('000');
    expect(a.title).toBe('Putin Strengthens Ties with China Amidst Global Tensions');
    expect(a.paragraphs[0]).toMatch(/^Russian President Vladimir Putin is in Harbin/);
    const body = a.paragraphs.join('\n');
    expect(body).not.toMatch(/Photograph:|Read more|Leave a Reply|email address/);
  });

  test('001: site suffix becomes the outlet; "Sharing Is Caring" and "Leave a Comment" are cut', () => {
    const a = seed('001');
    expect(a.title).toBe('Vladimir Putin Comes to China to Strengthen Close Ties with Xi Jinping');
    expect(a.site).toBe('Latest Global News');
    expect(a.paragraphs[0]).toMatch(/^Vladimir Putin has arrived in Beijing/);
    expect(a.paragraphs.join('\n')).not.toMatch(/Stay up to date|Sharing Is Caring|Leave a Comment/);
  });

  test('002: the standfirst stays as the first paragraph', () => {
    const a = seed('002');
    expect(a.title).toBe("Putin's China Visit: Deepening Ties Amidst West's Friction");
    expect(a.paragraphs[0]).toMatch(/^Russian President Putin visits China/);
  });

  test('003: no headline, so the title is derived; the Arabic share label is dropped', () => {
    const a = seed('003');
    expect(a.derivedTitle).toBe(true);
    expect(a.title).toBe('Russia and China have announced they will deepen their already close military ties');
    expect(a.paragraphs.join('\n')).not.toContain('مشاركة');
    expect(a.paragraphs.join('\n')).toMatch(/Chinese exports to Russia have dipped slightly\.$/);
  });

  test('004: "Share this article" and the next-post teasers are cut', () => {
    const a = seed('004');
    const body = a.paragraphs.join('\n');
    expect(body).toMatch(/Russian state media reported\.$/);
    expect(body).not.toMatch(/Pelosi|Slovak|Prev Post|Shareable URL|Read next/);
  });
});

describe('parsePlainTextArticle edge cases', () => {
  test.each([
    ['', { title: '', paragraphs: [] }],
    ['\uFEFFHeadline Of The Day\r\n\r\nBody sentence one.\r\n', { title: 'Headline Of The Day', paragraphs: ['Body sentence one.'] }],
    // A one-sentence report saved as headline + the same line as its body keeps that line as its body.
    ['A short report of one line\n\nA short report of one line\n', { title: 'A short report of one line', paragraphs: ['A short report of one line'] }],
    ['Headline Of The Day\n\nHeadline Of The Day\n\nBody sentence one.', { title: 'Headline Of The Day', paragraphs: ['Body sentence one.'] }],
    ['Only one line that is a long sentence about things, with a comma.', { title: 'Only one line that is a long sentence about things', paragraphs: ['Only one line that is a long sentence about things, with a comma.'] }],
  ])('%j', (input, expected) => {
    const a = parsePlainTextArticle(input);
    expect(a.title).toBe(expected.title);
    expect(a.paragraphs).toEqual(expected.paragraphs);
  });

  test('deriveTitle keeps long titles short', () => {
    const t = deriveTitle('A'.repeat(50) + ' ' + 'b '.repeat(100) + 'end.');
    expect(t.length).toBeLessThanOrEqual(112);
  });
});
