import { describe, expect, it } from 'vitest';
import { extractNameMentions, extractNames, nameTokens } from '../../src/core/text/extract-names.ts';

describe('extractNameMentions', () => {
  it.each([
    ['Russian President Vladimir Putin arrived.', 'vladimir putin', 'Vladimir Putin'],
    ['He met Chinese President Xi Jinping in Beijing.', 'xi jinping', 'Xi Jinping'],
    ['New York Attorney General Letitia James is investigating.', 'letitia james', 'Letitia James'],
    ['The city of Harbin, once called Little Moscow, welcomed him.', 'harbin', 'Harbin'],
    ['Gov. Kristi Noem defended the campaign.', 'kristi noem', 'Kristi Noem'],
    ['Talks with Emmanuel Macron in Zürich ended.', 'zurich', 'Zürich'],
    ['Later Putin spoke to John F. Kennedy Jr about it.', 'john f kennedy jr', 'John F Kennedy Jr'],
  ])('%s -> %s', (text, key, surface) => {
    const found = extractNameMentions(text);
    expect(found.map((n) => n.key)).toContain(key);
    expect(found.find((n) => n.key === key)!.surface).toBe(surface);
  });

  it('does not take sentence-initial common words for names', () => {
    const keys = extractNameMentions('Officials said the talks went well. Analysts expect more. The analysts and officials agree.').map((n) => n.key);
    expect(keys).toEqual([]);
  });

  it('splits titles out of a run and does not list them', () => {
    const keys = extractNameMentions('Former President Donald Trump and Prime Minister Boris Johnson.').map((n) => n.key);
    expect(keys).toEqual(['donald trump', 'boris johnson']);
  });

  it('ends a name at a day of the week, but keeps a month that is part of one', () => {
    const keys = extractNameMentions('Pyongyang fired a missile over Hokkaido Friday, and Theresa May spoke on Monday.').map((n) => n.key);
    expect(keys).toEqual(['pyongyang', 'hokkaido', 'theresa may']);
  });

  it('counts repeated names, most frequent first', () => {
    const found = extractNameMentions('Putin met Xi. Putin left for Harbin. Later Putin spoke.');
    expect(found[0]).toEqual({ key: 'putin', surface: 'Putin', count: 3 });
  });
});

describe('extractNames', () => {
  it('adds first and last words of multi-word names', () => {
    expect(extractNames('Xi Jinping spoke.')).toEqual(['xi jinping', 'xi', 'jinping']);
  });
  it('nameTokens leaves connectors out', () => {
    expect(nameTokens('bank of england')).toEqual(['bank', 'england']);
  });
});

describe('name boundaries', () => {
  it.each([
    ["Russia's offensive in Ukraine’s Kharkiv region.", ['russia', 'ukraine', 'kharkiv']],
    ['Putin met Xi. Putin left.', ['putin', 'xi']],
  ])('%s', (text, keys) => {
    expect(extractNameMentions(text).map((n) => n.key).sort()).toEqual([...keys].sort());
  });
});
