import { describe, expect, it } from 'vitest';
import { datelineDate, reportDate, urlDate } from '../../src/core/matching/report-date.ts';

describe('datelineDate: only a date the text opens with', () => {
  it.each([
    ['Posted: May 24, 2005 Billy King spun the head coach revolving door again.', '2005-05-24'],
    ['First Published: June 13, 2013 4:59 PM EDT Lindsay Lohan has left...', '2013-06-13'],
    ['Reuters Sep 18, 2013, 02. 16PM IST Microsoft released an emergency fix.', '2013-09-18'],
    ['Published on 18th September 2013 Microsoft issued a patch.', '2013-09-18'],
    ['2019-11-18 The attorney general is investigating.', '2019-11-18'],
    // A date further in is another event's, not the report's.
    ['Zurana Horton, 34, was killed on Oct. 21, 2011 while walking near an intersection.', undefined],
    ['The company said. On May 2, 2013 it announced results.', undefined],
    ['No date here at all, just a report.', undefined],
    ['February 30, 2013 is no date.', undefined],
  ])('%s', (text, date) => {
    expect(datelineDate(text)).toBe(date);
  });
});

describe('urlDate and reportDate', () => {
  it.each([
    ['http://dlisted.com/2013/05/02/lindsay-lohan-checks-rehab/', '2013-05-02'],
    ['https://www.huffingtonpost.com/2012/12/23/colts-chiefs_n_2356644.html', '2012-12-23'],
    ['https://example.com/news/1234567/story', undefined],
    [undefined, undefined],
  ])('%s', (url, date) => {
    expect(urlDate(url)).toBe(date);
  });

  it('prefers the stated date, then the dateline, then the address', () => {
    expect(reportDate({ published: '2016-11-09', text: 'May 2, 2013 text', url: 'https://x.org/2014/01/01/a' })).toBe('2016-11-09');
    expect(reportDate({ text: 'May 2, 2013 text', url: 'https://x.org/2014/01/01/a' })).toBe('2013-05-02');
    expect(reportDate({ text: 'Text.', url: 'https://x.org/2014/01/01/a' })).toBe('2014-01-01');
    expect(reportDate({ published: '0001-01-01', text: 'Text.' })).toBeUndefined();
  });

  it('writes a stated date written out as its day, YYYY-MM-DD, and keeps an ISO one as stated', () => {
    expect(reportDate({ published: 'December 3, 2026', text: 'Text.' })).toBe('2026-12-03');
    expect(reportDate({ published: '3 Dec 2026', text: 'Text.' })).toBe('2026-12-03');
    expect(reportDate({ published: '2026-12-03T08:00:00Z', text: 'Text.' })).toBe('2026-12-03T08:00:00Z');
  });
});
