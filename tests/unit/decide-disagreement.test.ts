import { describe, expect, it } from 'vitest';
import { decideDisagreement, measureScope, reportDay } from '../../src/core/figures/decide-disagreement.ts';
import { alignFigures } from '../../src/core/figures/align-figures.ts';

describe('decideDisagreement: an update or a disagreement, from the dates of the differing pairs', () => {
  it.each<[string, Array<[string | undefined, string | undefined]>, 'updated' | 'diverging']>([
    ['two days apart', [['2024-05-16', '2024-05-18']], 'updated'],
    ['date-times of two days', [['2024-05-16T22:00:00Z', '2024-05-17T08:00:00Z']], 'updated'],
    ['the same day', [['2024-05-16T08:00:00Z', '2024-05-16T20:00:00Z']], 'diverging'],
    ['one undated report: no guess', [['2024-05-16', undefined]], 'diverging'],
    ['both undated', [[undefined, undefined]], 'diverging'],
    ['a later revision and a same-day disagreement', [['2024-05-16', '2024-05-17'], ['2024-05-17', '2024-05-17']], 'diverging'],
    ['no pairs', [], 'diverging'],
  ])('%s', (_name, pairs, status) => expect(decideDisagreement(pairs)).toBe(status));

  it('reads the day of an ISO date', () => {
    expect(reportDay('2024-05-16T09:00:00Z')).toBe('2024-05-16');
    expect(reportDay('May 16')).toBeUndefined();
    expect(reportDay(undefined)).toBeUndefined();
  });
});

describe('measureScope: a part is not the whole', () => {
  const scope = (s: string, fig: string) => {
    const start = s.indexOf(fig);
    return measureScope(s, { start, end: start + fig.length }, [0, s.length]);
  };
  it.each([
    ['Tariffs will rise on another $125 billion of Chinese goods.', '$125 billion', 'part'],
    ['A first tranche of $50 billion was approved.', '$50 billion', 'part'],
    ['Tariffs now cover $360 billion of Chinese goods.', '$360 billion', 'whole'],
    ['The toll rose to 45 people.', '45', 'whole'],
  ])('%s', (s, fig, expected) => expect(scope(s, fig)).toBe(expected));
});

describe('alignFigures: updates, scope and why', () => {
  const src = (reportId: string | null, text: string, published?: string) => ({ reportId, text, ...(published ? { published } : {}) });
  const toll1 = 'The earthquake killed at least 45 people in the province, officials said on Monday.';
  const toll2 = 'The earthquake killed at least 120 people in the province, officials said on Wednesday.';

  it('a later report with another death toll is an update, earliest first, with why', () => {
    const groups = alignFigures(src(null, toll2, '2024-05-18'), [src('a', toll1, '2024-05-16')]);
    const g = groups.find((x) => x.mentions.length === 2)!;
    expect(g.status).toBe('updated');
    expect(g.mentions.map((m) => m.published)).toEqual(['2024-05-16', '2024-05-18']);
    expect(g.why).toMatch(/a later report revised it/);
  });

  it('the same day, the two tolls diverge, and why says what matched', () => {
    const groups = alignFigures(src(null, toll2, '2024-05-16'), [src('a', toll1, '2024-05-16')]);
    const g = groups.find((x) => x.mentions.length === 2)!;
    expect(g.status).toBe('diverging');
    expect(g.why).toMatch(/unit: person/);
    expect(g.why).toMatch(/same day/);
  });

  it('without dates it stays diverging and says the reports are undated', () => {
    const g = alignFigures(src(null, toll2), [src('a', toll1)]).find((x) => x.mentions.length === 2)!;
    expect(g.status).toBe('diverging');
    expect(g.why).toMatch(/undated/);
  });

  it('a bare number (no unit) never diverges; a later report may still update it', () => {
    const a = 'The tally from the audit of the consulate rose to 6, officials said.';
    const b = 'The tally from the audit of the consulate rose to 4, officials said.';
    const sameDay = alignFigures(src(null, a, '2024-05-16'), [src('a', b, '2024-05-16')]);
    expect(sameDay.filter((g) => g.status === 'diverging')).toEqual([]);
    const later = alignFigures(src(null, a, '2024-05-17'), [src('a', b, '2024-05-16')]);
    expect(later.find((g) => g.mentions.length === 2)?.status).toBe('updated');
  });

  it('a tranche and the total are not one measure', () => {
    const groups = alignFigures(
      src(null, 'The United States imposed tariffs on another $125 billion of Chinese goods on Sunday.'),
      [src('a', 'The United States imposed tariffs on $360 billion of Chinese goods on Sunday.')],
    );
    expect(groups.filter((g) => g.status === 'diverging')).toEqual([]);
  });

  it('two tariff rates on different amounts are two tariffs', () => {
    const groups = alignFigures(
      src(null, 'Washington raised the tariff to 25% on $200 billion of Chinese goods.'),
      [src('a', 'Washington raised the tariff to 15% on $300 billion of Chinese goods.')],
    );
    expect(groups.filter((g) => g.status === 'diverging' && g.mentions.some((m) => m.unit === '%'))).toEqual([]);
  });
});
