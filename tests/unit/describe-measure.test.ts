import { describe, expect, it } from 'vitest';
import { DESCRIBE_WINDOW, describeMeasure, UNNAMED_PERSON, figurePhrase, isVerbLike, MAX_LABEL_CHARS, measureTerms, normalizeTime, normalizeUnit, stemMeasureWord } from '../../src/core/figures/describe-measure.ts';
import { SortedSpans } from '../../src/core/text/sorted-spans.ts';
import type { Figure } from '../../src/core/types.ts';

/** A figure located by its surface text (the extractor's convention: no hedge, no counted noun in the span). */
function fig(text: string, surface: string, kind: Figure['kind'], value: number, unit: string, extra: Partial<Figure> = {}): Figure {
  const start = text.indexOf(surface);
  if (start < 0) throw new Error(`"${surface}" not in "${text}"`);
  return { text: surface, start, end: start + surface.length, kind, value, unit, ...extra };
}

describe('describeMeasure: labels and heads', () => {
  // [sentence, figure surface, kind, value, unit, extra, label, heads]
  const ROWS: Array<[string, string, Figure['kind'], number, string, Partial<Figure>, string, string[]]> = [
    ['Bilateral trade between the two nations hit a record $240.1bn last year.', '$240.1bn', 'money', 240.1e9, 'USD', { time: 'last year' }, 'bilateral trade', ['trade']],
    ['Putin highlighted that trade volume between the two countries reached $227.8 billion last year.', '$227.8 billion', 'money', 227.8e9, 'USD', {}, 'trade volume', ['trade']],
    ['Last year, bilateral trade hit a record $240.1bn, and there are signs of more.', '$240.1bn', 'money', 240.1e9, 'USD', {}, 'bilateral trade', ['trade']],
    ['Biden said he would impose tariffs on $18 billion in Chinese goods.', '$18 billion', 'money', 18e9, 'USD', {}, 'tariffs on Chinese goods', ['good', 'tariff']],
    ['The US imposes new tariffs on Chinese imports, affecting $18bn in goods.', '$18bn', 'money', 18e9, 'USD', {}, 'new tariffs on Chinese imports', ['tariff', 'import', 'good']],
    ['It includes a 100% tariff on Chinese-made electric vehicles.', '100%', 'percent', 100, '%', {}, 'tariff on Chinese-made electric vehicles', ['tariff']],
    ['The offensive has displaced nearly 8,000 people.', '8,000', 'count', 8000, 'person', { hedge: 'nearly' }, 'people displaced', ['displac']],
    ['At least 45 people were killed in the attack.', '45', 'count', 45, 'person', { hedge: 'at least' }, 'people killed', ['death']],
    // A participle across a comma is the other count's: "killed" is the 28's, not the 61's.
    ['At least 28 killed, 61 injured as a blast hits a bus.', '61', 'count', 61, 'person', {}, 'people', ['injury']],
    ['As of 7 Aug, 615 people had been killed, 3,143 had been injured.', '3,143', 'count', 3143, 'person', {}, 'people injured', ['injury']],
    // Brackets or dashes that set off a hedge are no clause break.
    ['The blast killed (at least) 40 people in the market.', '40', 'count', 40, 'person', {}, 'people killed', ['death']],
    // One toll of two kinds says both: it is not a count of deaths.
    ['Some 40 people are dead or missing after the landslide.', '40', 'count', 40, 'person', { hedge: 'about' }, 'people dead or missing', ['death']],
    ['Ahead of the two-day visit, Putin sought support.', 'two-day', 'duration', 2, 'day', {}, 'length of the visit', ['visit']],
    ["Putin's arrival for a two-day state visit signals a deepening of ties.", 'two-day', 'duration', 2, 'day', {}, 'length of the state visit', ['visit']],
    ['They will commemorate 75 years of diplomatic relations with a gala.', '75 years', 'duration', 75, 'year', {}, 'years of diplomatic relations', ['relation']],
    ['A concert marks the 75th anniversary of formal China-Russia relations.', '75th', 'duration', 75, 'year', {}, 'anniversary of formal China-Russia relations', ['relation']],
    ['This visit marks the fourth in-person meeting between Xi and Putin since the war began.', 'fourth', 'ordinal', 4, 'meeting', {}, 'in-person meeting between Xi and Putin', []],
    ['It is his first foreign trip since beginning his fifth term in office last week.', 'fifth', 'ordinal', 5, 'term', {}, 'term in office', []],
    ['WeWork was valued at $47bn in January.', '$47bn', 'money', 47e9, 'USD', {}, 'WeWork', ['wework']],
    ['The company will cut jobs, about 10% of its workforce.', '10%', 'percent', 10, '%', { hedge: 'about' }, 'workforce', ['workforce']],
    ['The state spends $449K on a new anti-meth ad campaign.', '$449K', 'money', 449000, 'USD', {}, 'new anti-meth ad campaign', ['campaign']],
    // A participle after an article is an adjective of the subject, not the clause's verb.
    ['The death toll from the capsized ferry Sewol rose to 87 on Monday.', '87', 'number', 87, '', {}, 'death toll', ['death']],
    // An estimate "at" a figure measures the estimate verb's object; a counting noun gives way to its "of" phrase.
    ['Police estimated the crowd at 50,000.', '50,000', 'number', 50000, '', {}, 'crowd', ['crowd']],
    ['The Railways put the number of injuries at 1,175.', '1,175', 'number', 1175, '', {}, 'injuries', ['injury']],
    ['The ministry put the total number of protesters marching against the plan at 1.2 million.', '1.2 million', 'number', 1200000, '', {}, 'protesters', ['protester']],
    ['They set the price at $40.', '$40', 'money', 40, 'USD', {}, 'price', ['price']],
    ['They put the estimated cost at $2 billion.', '$2 billion', 'money', 2e9, 'USD', {}, 'cost', ['cost']],
    ['The agency put the unemployment rate at 4.1%.', '4.1%', 'percent', 4.1, '%', {}, 'unemployment rate', ['unemployment']],
    // Another clause between the estimate verb and "at" says what the figure is of: its own subject.
    ['Officials set new rules and turnout stood at 40%.', '40%', 'percent', 40, '%', {}, 'turnout', ['turnout']],
  ];
  it.each(ROWS)('%s [%s]', (text, surface, kind, value, unit, extra, label, heads) => {
    const d = describeMeasure(text, fig(text, surface, kind, value, unit, extra));
    expect(d.label).toBe(label);
    expect(d.heads).toEqual(heads);
  });
});

describe('describeMeasure: what narrows and what places the measure', () => {
  it('keeps the words between an ordinal and its noun as qualifiers', () => {
    const t = 'This visit marks the fourth in-person meeting between Xi and Putin.';
    expect(describeMeasure(t, fig(t, 'fourth', 'ordinal', 4, 'meeting')).qualifiers).toEqual(['in-person']);
    const u = 'The visit includes his 43rd meeting with Xi.';
    expect(describeMeasure(u, fig(u, '43rd', 'ordinal', 43, 'meeting')).qualifiers).toEqual([]);
  });

  it.each<[string, string, number, number | undefined, string[]]>([
    ['The derailment of 10 to 12 coaches of the express followed.', '10 to 12', 10, 12, []],
    ['Rescuers sent 10 to 12 rescue coaches.', '10 to 12', 10, 12, ['rescue']],
    ['Officials said 10 new coaches were derailed.', '10', 10, undefined, ['new']],
  ])('the other end of a range is no qualifier: %s', (t, surface, value, max, qualifiers) => {
    const f = fig(t, surface, 'count', value, 'coach', max !== undefined ? { max } : {});
    expect(describeMeasure(t, f).qualifiers).toEqual(qualifiers);
  });

  it('names the noun an ordinal, a duration or an amount is written into (not a count)', () => {
    const a = 'The visit includes his 43rd meeting with Xi.';
    expect(describeMeasure(a, fig(a, '43rd', 'ordinal', 43, 'meeting')).compound).toBe('meet'); // normalised
    const b = 'Ahead of the two-day visit, Putin sought support.';
    expect(describeMeasure(b, fig(b, 'two-day', 'duration', 2, 'day')).compound).toBe('visit');
    const c = 'He brokered the $1 billion buyout of Instagram.';
    expect(describeMeasure(c, fig(c, '$1 billion', 'money', 1e9, 'USD'))).toMatchObject({ compound: 'buyout', complement: 'instagram' });
    const d = 'The attack killed 19 people.';
    expect(describeMeasure(d, fig(d, '19', 'count', 19, 'person')).compound).toBeUndefined();
  });

  it('marks the starting point of a change as the previous value', () => {
    const t = 'Trade reached $227.8 billion last year, up from $111 billion in 2019.';
    expect(describeMeasure(t, fig(t, '$111 billion', 'money', 111e9, 'USD', { change: { direction: 'rose', marks: 'from' }, time: '2019' })).role).toBe('previous');
    expect(describeMeasure(t, fig(t, '$227.8 billion', 'money', 227.8e9, 'USD')).role).toBe('current');
    const u = 'Unemployment rose to 5.1% in March from 4.9%.';
    expect(describeMeasure(u, fig(u, '4.9%', 'percent', 4.9, '%')).role).toBe('previous');
    const v = 'Delegates from 20 countries attended.';
    expect(describeMeasure(v, fig(v, '20', 'count', 20, 'country')).role).toBe('current');
  });

  it('normalises the time', () => {
    const t = 'Trade reached $111 billion in 2019.';
    expect(describeMeasure(t, fig(t, '$111 billion', 'money', 111e9, 'USD', { time: 'In 2019' })).time).toBe('2019');
    expect(normalizeTime('Last  Year')).toBe('last year');
    expect(normalizeTime(undefined)).toBeUndefined();
  });
});

describe('describeMeasure: context words', () => {
  it('weighs nearer words more, and words across a comma or past another figure less', () => {
    const t = 'The US imposes new tariffs on Chinese imports, affecting $18bn in goods, including a 100% tariff on cars.';
    const others = [{ start: t.indexOf('100%'), end: t.indexOf('100%') + 4 }];
    const d = describeMeasure(t, fig(t, '$18bn', 'money', 18e9, 'USD'), { others });
    const w = (x: string) => d.terms.get(x) ?? 0;
    expect(w('good')).toBeGreaterThan(w('import'));
    expect(w('import')).toBeGreaterThan(w('impose'));
    expect(w('car')).toBeLessThan(0.1);
  });

  it('never counts the unit noun as context (every count of people would look alike)', () => {
    const t = 'The offensive has displaced nearly 8,000 people.';
    expect(describeMeasure(t, fig(t, '8,000', 'count', 8000, 'person', { hedge: 'nearly' })).terms.has('person')).toBe(false);
  });

  it.each([
    ['The epicenter was 80 kilometers northwest of the capital.', '80 kilometers', 'km', 'kilometer'],
    ['The truck weighed 19 tons.', '19 tons', 'tonne', 'ton'],
  ])('never counts a unit spelled out as context or head: %s', (t, surface, unit, word) => {
    const d = describeMeasure(t, fig(t, surface, 'quantity', Number(surface.split(' ')[0]), unit));
    expect(d.terms.has(word)).toBe(false);
    expect(d.heads).not.toContain(word);
  });

  it('keeps a word inside the figure that is not its unit', () => {
    const t = 'They marked the 75th anniversary of the treaty.';
    expect(describeMeasure(t, fig(t, '75th anniversary', 'ordinal', 75, 'anniversary')).terms.has('treaty')).toBe(true);
  });

  it('reads through a conversion in brackets', () => {
    const t = 'The administration announced tariffs on $18bn (£14bn) of Chinese goods.';
    const pound = { start: t.indexOf('£14bn'), end: t.indexOf('£14bn') + 5 };
    const through = describeMeasure(t, fig(t, '$18bn', 'money', 18e9, 'USD'), { transparent: [pound] });
    const blocked = describeMeasure(t, fig(t, '$18bn', 'money', 18e9, 'USD'), { others: [pound] });
    expect(through.terms.get('good')!).toBeGreaterThan(2 * (blocked.terms.get('good') ?? 0));
  });

  it('stays inside the sentence it is given', () => {
    const t = 'Trade hit $240bn. Tariffs were raised.';
    const d = describeMeasure(t, fig(t, '$240bn', 'money', 240e9, 'USD'), { sentence: [0, 17] });
    expect(d.terms.has('tariff')).toBe(false);
    expect(d.terms.has('trade')).toBe(true);
  });
});

describe('measure words', () => {
  it.each([
    ['Tariffs', ['tariff']],
    ['countries', ['country']],
    ['nations', ['country']],
    ['trip', ['visit']],
    ['killed', ['death']],
    ['deaths', ['death']],
    ['China-Russia', ['china', 'russia', 'china-russia']],
    ['two-day', []],
    ['the', []],
    ['billion', []],
    ['Thursday', []],
    ['volume', []],
  ])('%s -> %o', (word, terms) => {
    expect(measureTerms(word)).toEqual(terms);
  });

  it('normalises units', () => {
    expect(normalizeUnit('people')).toBe('person');
    expect(normalizeUnit('person')).toBe('person');
    expect(normalizeUnit('USD')).toBe('USD');
    expect(normalizeUnit('%')).toBe('%');
    expect(stemMeasureWord('meetings')).toBe('meeting');
  });
});

describe('figurePhrase: the figure as a reader quotes it', () => {
  it.each([
    ['The offensive has displaced nearly 8,000 people.', '8,000', 'count', 8000, 'person', { hedge: 'nearly' as const }, 'nearly 8,000 people'],
    ['This visit marks the fourth in-person meeting between Xi and Putin.', 'fourth', 'ordinal', 4, 'meeting', {}, 'fourth in-person meeting'],
    ['The visit includes his 43rd meeting with Xi.', '43rd', 'ordinal', 43, 'meeting', {}, '43rd meeting'],
    ['A concert marks the 75th anniversary of relations.', '75th', 'duration', 75, 'year', {}, '75th anniversary'],
    ['Bilateral trade hit a record $240.1bn last year.', '$240.1bn', 'money', 240.1e9, 'USD', {}, '$240.1bn'],
    ['The volume is about 20 trillion rubles.', '20 trillion rubles', 'money', 20e12, 'RUB', { hedge: 'about' as const }, 'about 20 trillion rubles'],
    ['Ahead of the two-day visit, Putin sought support.', 'two-day', 'duration', 2, 'day', {}, 'two-day'],
  ] as const)('%s', (text, surface, kind, value, unit, extra, phrase) => {
    const span = figurePhrase(text, fig(text, surface, kind, value, unit, extra));
    expect(text.slice(span.start, span.end)).toBe(phrase);
  });
});

describe('describeMeasure: bounded work', () => {
  it('reads the other figures from SortedSpans as from a list (its own span among them or not)', () => {
    const t = 'Biden will impose a 100% tariff on $18bn of Chinese goods, up from 25% in 2019.';
    const f = fig(t, '$18bn', 'money', 18e9, 'USD');
    const spanOf = (s: string) => ({ start: t.indexOf(s), end: t.indexOf(s) + s.length });
    const others = [spanOf('100%'), spanOf('25%')];
    const expected = describeMeasure(t, f, { others });
    expect(describeMeasure(t, f, { others: new SortedSpans([...others].reverse()) })).toEqual(expected);
    expect(describeMeasure(t, f, { others: new SortedSpans([...others, spanOf('$18bn')]) })).toEqual(expected);
  });

  it(`reads at most ${DESCRIBE_WINDOW} characters on each side of the figure`, () => {
    const far = `${'filler '.repeat(60)}zebras`;
    const t = `Bilateral trade hit a record $240.1bn last year ${far} and more.`;
    const d = describeMeasure(t, fig(t, '$240.1bn', 'money', 240.1e9, 'USD'));
    expect(d.label).toBe('bilateral trade');
    expect(d.terms.has('trade')).toBe(true);
    expect(d.terms.has('zebra')).toBe(false);
  });

  it(`keeps labels to ${MAX_LABEL_CHARS} characters`, () => {
    const noun = 'supercalifragilisticexpialidocious'.repeat(8);
    const t = `The ${noun} campaign hit $5bn.`;
    const d = describeMeasure(t, fig(t, '$5bn', 'money', 5e9, 'USD'));
    expect(d.label.length).toBeLessThanOrEqual(MAX_LABEL_CHARS);
  });

  it('describes thousands of figures of one sentence in linear time', () => {
    const t = `Values: ${Array.from({ length: 3000 }, (_, i) => 100 + i).join(', ')}.`;
    const spans = [...t.matchAll(/\d+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const others = new SortedSpans(spans);
    const t0 = performance.now();
    for (const s of spans) describeMeasure(t, { text: t.slice(s.start, s.end), start: s.start, end: s.end, kind: 'number', value: Number(t.slice(s.start, s.end)), unit: '' }, { others });
    expect(performance.now() - t0).toBeLessThan(3000); // cubic before: a minute
  });
});

describe('isVerbLike: a verb by its form, never by a list of places', () => {
  it.each([
    ['killed', true], ['displacing', true], ['reached', true], ['is', true],
    // Too short for the -ed form: known.
    ['died', true],
    ['meeting', false], ['building', false], ['hundred', false],
    // Capitalised -ing/-ed words are names, whatever the place: no city is listed anywhere.
    ['Beijing', false], ['Nanjing', false], ['Reading', false], ['Ealing', false], ['Harbing', false], ['Wexted', false],
  ])('%s -> %s', (word, verb) => expect(isVerbLike(word)).toBe(verb));
});

describe('describeMeasure: what a count of casualties counts, and a magnitude', () => {
  // [sentence, figure surface, kind, value, unit, heads]
  it.each<[string, string, Figure['kind'], number, string, string[]]>([
    ['Officials confirmed 45 dead in the southern state.', '45', 'count', 45, 'person', ['death']],
    ['More than 2,000 have been injured.', '2,000', 'count', 2000, 'person', ['injury']],
    ['At least 381 people dead and 1,801 injured.', '1,801', 'count', 1801, 'person', ['injury']],
    // The counted noun and three linking words stand before the casualty word.
    ['A total of 113 people had been confirmed dead in the province.', '113', 'count', 113, 'person', ['death']],
    // Lives counted as taken are deaths; lives saved are not.
    ['As of 10 am, the earthquake had claimed 105 lives in the province.', '105', 'count', 105, 'life', ['death']],
    ['The flood has now claimed more than 2,500 lives.', '2,500', 'count', 2500, 'life', ['death']],
    ['Rescuers saved 30 lives in the province.', '30', 'count', 30, 'life', ['saved']],
    // "The lives of" people taken are deaths too; "the lives of" people saved are no deaths.
    ['The earthquake has already claimed the lives of 14 people and injured 78.', '14 people', 'count', 14, 'person', ['death']],
    ['Rescuers saved the lives of 14 people.', '14 people', 'count', 14, 'person', []],
    // A verb of change says how the count moved, not what it counts.
    ['Officials said the toll had risen to 381 people.', '381', 'count', 381, 'person', []],
    // A count of bare people says what it counts by its subject: "the death toll (from ...) rose to 87".
    ['The death toll from the capsized ferry rose to 87 on Monday.', '87', 'count', 87, 'person', ['death']],
    ['The death toll from the ferry disaster has risen to 159, officials said.', '159', 'count', 159, 'person', ['death']],
    // An estimate of a toll "at" a count: what the estimate is of.
    ['Officials put the official death toll in the train crash at 278.', '278', 'count', 278, 'person', ['death']],
    ['Officials placed the death toll at nearly 3,000.', '3,000', 'count', 3000, 'person', ['death']],
    // "at least" is the figure's hedge, not an estimate's "at"; nor is a clause between ("as the crowd grew").
    ['Police put barricades around the square as the crowd grew to at least 50,000 people.', '50,000 people', 'count', 50000, 'person', ['crowd']],
    ["The company's workforce grew to 5,000 people.", '5,000 people', 'count', 5000, 'person', ['workforce']],
    // A relative clause may stand between the counted people and the casualty word.
    ['Divers searched for 215 people who remain missing.', '215 people', 'count', 215, 'person', ['miss']],
    ['Divers searched for 215 people who escaped.', '215 people', 'count', 215, 'person', []],
    // The counted people are read past to what happened to them; "unaccounted for" are the missing.
    ['Officials said 120 passengers were still missing.', '120', 'count', 120, 'passenger', ['miss']],
    ['A list shows 169 passengers still unaccounted-for.', '169', 'count', 169, 'passenger', ['miss']],
    ['Another 30 people remain unaccounted for.', '30 people', 'count', 30, 'person', ['miss']],
    ['The ministry said 164 people had been rescued, leaving 291 \u201cunaccounted for.\u201d', '291', 'count', 291, 'person', ['miss']],
    ['Divers said 291 people were "still missing".', '291 people', 'count', 291, 'person', ['miss']],
    // Not casualties: a word that only begins like one, and a verb with an object right after the counted noun.
    ['The city has 45 dead-end streets.', '45', 'count', 45, 'street', []],
    ['The 40 soldiers killed 12 militants.', '40', 'count', 40, 'soldier', []],
    ['At least 40 soldiers were killed.', '40', 'count', 40, 'soldier', ['death']],
    ['The quake left 198 people injured in Qinghai.', '198', 'count', 198, 'person', ['injury']],
    ['Some 200 passengers aboard the ferry were safe.', '200', 'count', 200, 'passenger', ['board']],
    ['Some 120 passengers boarded the ferry.', '120', 'count', 120, 'passenger', []],
    ['Some 120 passengers, officials said, are missing.', '120', 'count', 120, 'passenger', []],
    // The counted noun is the casualty itself: "fatalities" are deaths, "injuries" injuries.
    ['The crash resulted in over 30 fatalities.', '30 fatalities', 'count', 30, 'fatality', ['death']],
    ['Over 100 sustained injuries.', '100 sustained injuries', 'count', 100, 'injury', ['injury']],
    // An aside between commas after the counted noun is read past: the participle after it says what is counted.
    ["Only 174 passengers, including the ferry's captain and most of its crew, were rescued.", '174', 'count', 174, 'passenger', ['rescu']],
    ["Only 174 passengers, including the ferry's captain and most of its crew.", '174', 'count', 174, 'passenger', []],
    // The verb after an age's noun is no part of it: "a 13-year-old girl died" is a girl's age, not a death's.
    ['In Honduras, a 13-year-old girl died in a landslide.', '13-year-old', 'age', 13, 'year', ['girl']],
    // People carried: "on board" and "aboard" say what a count of people counts.
    ['Of the 476 people on board, only 174 were rescued.', '476 people', 'count', 476, 'person', ['board']],
    ['Up to 250 passengers were on board.', '250 passengers', 'count', 250, 'passenger', ['board']],
    ['Out of the 476 people aboard the Sewol, 325 were students.', '476 people', 'count', 476, 'person', ['board']],
    ['The ferry left with 476 people in the morning.', '476 people', 'count', 476, 'person', []],
    // "Hurt" people are injured ones.
    ['Over 100 people were hurt and taken to the hospital.', '100', 'count', 100, 'person', ['injury']],
    ['A 7.8-magnitude quake shook the capital.', '7.8-magnitude', 'quantity', 7.8, 'magnitude', ['magnitude']],
    ['The temblor had a magnitude of 6.1 on the Richter scale.', 'magnitude of 6.1', 'quantity', 6.1, 'magnitude', ['magnitude']],
  ])('%s [%s]', (text, surface, kind, value, unit, heads) => {
    expect(describeMeasure(text, fig(text, surface, kind, value, unit)).heads).toEqual(heads);
  });

  it('a magnitude is written into the unit itself, whatever noun follows', () => {
    const t = 'A 7.8-magnitude temblor shook the capital.';
    expect(describeMeasure(t, fig(t, '7.8-magnitude', 'quantity', 7.8, 'magnitude')).compound).toBe('magnitude');
  });
});

describe('describeMeasure: the name a figure is a value of (subject)', () => {
  // [text, figure surface, kind, value, unit, subject]
  const ROWS: Array<[string, string, Figure['kind'], number, string, string | undefined]> = [
    ['Jones completed 29 of 34 passes for 364 yards in the win over Smith.', '364 yards', 'quantity', 364, 'yard', undefined], // only capitalised as a sentence's first
    ['In the win, Jones completed 29 of 34 passes for 364 yards over Smith.', '364 yards', 'quantity', 364, 'yard', 'jone'],
    ['Alice Brown had 11 points, 11 rebounds and six blocked shots.', '11 rebounds', 'count', 11, 'rebound', 'brown'],
    ['The rookie threw a 41-yard touchdown pass to Carl Green.', '41-yard', 'quantity', 41, 'yard', undefined],
    ["The Owls lost despite Green' 226 yards rushing, said Tom.", '226 yards', 'quantity', 226, 'yard', 'green'],
    ['The rocket hit the town of Gadia, 17 miles from the coast.', '17 miles', 'quantity', 17, 'mile', undefined],
    ['The quake in Vardo killed 59 people. Vardo officials said the toll would rise.', '59 people', 'count', 59, 'person', undefined],
    ['Reuters reported 40 people were killed.', '40 people', 'count', 40, 'person', undefined],
    ['At least 40 people were killed in the attack.', '40 people', 'count', 40, 'person', undefined],
    ['He has 53 catches for 605 yards this season.', '605 yards', 'quantity', 605, 'yard', UNNAMED_PERSON],
    ['In fact, Jones landed 28 of his 68 punches in the round.', '68', 'count', 68, 'punch', 'jone'],
    ['He said 40 people were killed.', '40 people', 'count', 40, 'person', undefined],
    // The object of a preposition across an article, and a common noun capitalised elsewhere, are no subjects.
    ['The toll from the quake, of magnitude 6.2 on the Richter scale, has risen to 31 people, officials said.', '31 people', 'count', 31, 'person', undefined],
    ['Earthquake toll in the province rises to 18. The China Earthquake Center said the earthquake was shallow.', '18', 'number', 18, '', undefined],
    // A date is never whose a figure is.
    ['In the region, as of 10 am Dec 19, the quake had claimed 105 lives. Dec figures came later.', '105', 'count', 105, 'life', undefined],
    // A relative clause between commas is read over: its subject is the name before it.
    ['In court, Timmons, who was arrested 12 days after the shooting, faces a maximum sentence of 15 years.', '15 years', 'duration', 15, 'year', 'timmon'],
    ['In court, Timmons said the shooting, the worst in years, left him 15 years older.', '15 years', 'duration', 15, 'year', undefined],
  ];
  it.each(ROWS)('%s [%s]', (text, surface, kind, value, unit, subject) => {
    expect(describeMeasure(text, fig(text, surface, kind, value, unit)).subject).toBe(subject);
  });
});

describe('describeMeasure: irregular forms of change verbs meet their stem', () => {
  it('"rises to 18" and "has risen to 31" share the word rise', () => {
    const a = 'The death toll rises to 18 people.';
    const b = 'The death toll has risen to 31 people.';
    const ta = describeMeasure(a, fig(a, '18 people', 'count', 18, 'person')).terms;
    const tb = describeMeasure(b, fig(b, '31 people', 'count', 31, 'person')).terms;
    expect(ta.has('rise')).toBe(true);
    expect(tb.has('rise')).toBe(true);
  });
});

describe('describeMeasure: what a figure\'s clause denies of it', () => {
  // [sentence, figure surface, kind, value, unit, negated terms]
  it.each<[string, string, Figure['kind'], number, string, string[]]>([
    ['Five deaths were not storm-related.', 'Five deaths', 'count', 5, 'death', ['storm', 'relat', 'storm-relat']],
    ['Jena said 187 were yet to be identified.', '187', 'number', 187, '', ['identifi']],
    ['Another 101 bodies are not yet identified.', '101 bodies', 'count', 101, 'body', ['identifi']],
    ['Some 88 bodies have been identified so far.', '88 bodies', 'count', 88, 'body', []],
    // "yet" alone denies nothing: "the deadliest yet recorded".
    ['It left 45 dead, the most yet recorded there.', '45', 'count', 45, 'person', []],
  ])('%s [%s]', (text, surface, kind, value, unit, negated) => {
    expect(describeMeasure(text, fig(text, surface, kind, value, unit)).negated).toEqual(negated);
  });
});

describe('describeMeasure: the dimension a length measures', () => {
  // [sentence, figure surface, other figures' surfaces (a bracketed conversion), expected dimension or undefined]
  it.each<[string, string, string[], string | undefined]>([
    ['The quake struck at 4:30 pm on Sunday with a depth of 12 km.', '12 km', [], 'depth'],
    ['The USGS said it was at a depth of only 9km.', '9km', [], 'depth'],
    ['As per USGC, the depth of the quake was 10.0 km.', '10.0 km', [], 'depth'],
    ['The quake was 10 kilometres (6 miles) deep, according to the USGS.', '10 kilometres', ['6 miles'], 'depth'],
    ['It was measured at 6.1-magnitude, 10 kilometers (6 miles) below ground.', '10 kilometers', ['6 miles', '6.1-magnitude'], 'depth'],
    ['The missile flew 2,700 km, reaching an altitude of about 550 km.', '550 km', ['2,700 km'], 'altitude'],
    ['The bridge is 300 m long.', '300 m', [], 'length'],
    // A length of no named dimension, and a dimension across a clause mark, are none.
    ['The missile flew 2,700 km over Japan.', '2,700 km', [], undefined],
    ['Of the depth, officials said nothing; the rescuers walked 12 km.', '12 km', [], undefined],
  ])('%s [%s]', (text, surface, others, dimension) => {
    const f = fig(text, surface, 'quantity', Number.parseFloat(surface.replace(/,/g, '')), /kilomet|km/.test(surface) ? 'km' : 'm');
    const spans = others.map((o) => ({ start: text.indexOf(o), end: text.indexOf(o) + o.length }));
    const d = describeMeasure(text, f, { others: spans });
    expect(d.compound).toBe(dimension);
    if (dimension) expect(d.heads).toEqual([dimension]);
  });
});

describe('describeMeasure: a length from a named place is a distance from it', () => {
  // [sentence, figure surface, other figures' surfaces, expected place term (complement) or undefined]
  it.each<[string, string, string[], string | undefined]>([
    ['Multiple quakes hit 35km northwest of Herat.', '35km', [], 'herat'],
    ['The epicenter was located 40 kilometers (25 miles) northwest of Herat, the largest city.', '40 kilometers', ['25 miles'], 'herat'],
    ['The main shock had its epicenter at 40 kilometers from the city of Herat.', '40 kilometers', [], 'herat'],
    ['The quake was about 28 kilometres (17 miles) outside Herat.', '28 kilometres', ['17 miles'], 'herat'],
    ['Guam is 3,380 kilometers (2,100 miles) from North Korea.', '3,380 kilometers', ['2,100 miles'], 'north korea'],
    // No name, no place to compare; a distance flown is no distance from a place.
    ['The epicentre was about 40 miles from the capital.', '40 miles', [], undefined],
    ['The missile covered a distance of 3,700 km before falling into the ocean.', '3,700 km', [], undefined],
    ['The town lies 40 km northwest, near Herat.', '40 km', [], undefined],
  ])('%s [%s]', (text, surface, others, place) => {
    const f = fig(text, surface, 'quantity', Number.parseFloat(surface.replace(/,/g, '')), /kilomet|km/.test(surface) ? 'km' : 'mile');
    const spans = others.map((o) => ({ start: text.indexOf(o), end: text.indexOf(o) + o.length }));
    const d = describeMeasure(text, f, { others: spans });
    expect(d.complement).toBe(place);
    expect(d.compound).toBe(place ? 'distance' : undefined);
  });
});
