import { describe, expect, it } from 'vitest';
import { type BothValuesWitness, decideBothValues, REVISION_SPREAD, SHARED_SUBJECT_WEIGHT, STABLE_MAX_GAP, decideDifferingValues, decideDisagreement, decidePeopleNouns, decidePolarity, decideReportEvents, decideRevisionSpan, decideScaleGap, decideStableMeasure, decideDimensionSpread, decideSubjects, decidePlaceAmong, decidePlaces, figurePlace, measureScope, readBareCount, readLowerBound, readTallyRaise, tallyMayFall, type TallyPoint, revisionsHold } from '../../src/core/figures/decide-disagreement.ts';
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

  it('a report with a date that is no real day is undated: no update is claimed from it', () => {
    expect(decideDisagreement([['2024-02-30', '2024-03-05']])).toBe('diverging');
    expect(decideDisagreement([['2024-02-29', '2024-03-05']])).toBe('updated');
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
    ['It struck just weeks after a more powerful one killed 61 people.', '61', 'earlier'],
    ['Barely 2 weeks since the devastating magnitude 7.8 quake, a second one hit.', 'magnitude 7.8', 'earlier'],
    ['They were rebuilding after last month\'s 7.9-magnitude quake.', '7.9-magnitude', 'earlier'],
    ['Two weeks after the storm, 61 people were still missing.', '61', 'whole'],
    ['The 2008 quake left more than 87,000 people dead or missing.', '87,000', 'combined'],
    ['The quake has left 182 people injured and 20 missing.', '182', 'whole'],
    ['The 2008 quake killed nearly 70,000 people.', '70,000', 'whole'],
  ])('%s', (s, fig, expected) => expect(scope(s, fig)).toBe(expected));

  it.each<[string, string, 'later' | 'whole']>([
    ['A 6.6-magnitude aftershock hit about an hour after the initial quake.', '6.6-magnitude', 'later'],
    ['Another quake of magnitude 6.3 struck minutes later near the border.', 'magnitude 6.3', 'later'],
    ['A 7.8-magnitude earthquake struck Nepal on Saturday.', '7.8-magnitude', 'whole'],
    ['The quake, magnitude 7.8, struck before noon, and hours after it the toll passed 1,000.', 'magnitude 7.8', 'whole'],
    ['The 7.8 magnitude quake struck two weeks after a smaller tremor.', '7.8 magnitude', 'whole'],
    ['A 6.6-magnitude aftershock hit a day after the initial quake.', '6.6-magnitude', 'later'],
  ])('a quantity of a later event: %s', (s, fig, expected) => {
    const start = s.indexOf(fig);
    expect(measureScope(s, { start, end: start + fig.length, kind: 'quantity' }, [0, s.length])).toBe(expected);
  });

  it('a toll given days after the event is still the event\'s toll', () => {
    const s = 'The quake killed 45 people days after the first warnings.';
    const start = s.indexOf('45');
    expect(measureScope(s, { start, end: start + 2, kind: 'count' }, [0, s.length])).toBe('whole');
  });
});

describe('decideStableMeasure: a magnitude far apart, or reported weeks apart, is another shock', () => {
  it.each<[string, [number, number], [string | undefined, string | undefined], 'same-event' | 'other-event']>([
    ['agencies differ by tenths, same day', [6.1, 6.5], ['2014-08-03', '2014-08-03'], 'same-event'],
    ['a preliminary value corrected the next day', [6.8, 7.1], ['2017-09-19', '2017-09-20'], 'same-event'],
    ['an aftershock and the main shock', [5.3, 7.9], ['2015-04-25', '2015-04-27'], 'other-event'],
    ['two quakes a fortnight apart', [7.9, 7.3], ['2015-04-25', '2015-05-12'], 'other-event'],
    ['undated: by the gap alone', [7.8, 7.9], [undefined, undefined], 'same-event'],
    ['a gap of exactly 1 is still one event', [8.0, 7.0], ['2017-09-19', '2017-09-19'], 'same-event'],
  ])('%s', (_name, values, days, fit) => expect(decideStableMeasure(values, days, STABLE_MAX_GAP)).toBe(fit));

  it.each<[string, [number, number], [string | undefined, string | undefined], 'same-event' | 'other-event']>([
    ['a depth revised three days later', [40, 80], ['2016-11-08', '2016-11-11'], 'same-event'],
    ['two missiles\' ranges weeks apart', [2700, 3700], ['2017-08-28', '2017-09-14'], 'other-event'],
    ['no spread bound: any gap the same day', [10, 1000], ['2017-08-28', '2017-08-28'], 'same-event'],
  ])('without a spread bound, by the days alone: %s', (_name, values, days, fit) => expect(decideStableMeasure(values, days)).toBe(fit));

  it.each<[string, [number, number], [string | undefined, string | undefined], 'same-event' | 'other-event']>([
    ['a magnitude revised 7.9 -> 7.8, ten days later', [7.9, 7.8], ['2015-04-25', '2015-05-05'], 'same-event'],
    ['revised by the whole spread, weeks later', [7.8, 7.5], ['2015-04-25', '2015-05-20'], 'same-event'],
    ['a 7.3 quake 17 days after a 7.8 one', [7.8, 7.3], ['2015-04-25', '2015-05-12'], 'other-event'],
    ['beyond the bounded gap, whatever the days', [7.8, 5.3], ['2015-04-25', '2015-04-25'], 'other-event'],
  ])('whole reports, values within the revision spread stay one event: %s', (_name, values, days, fit) =>
    expect(decideStableMeasure(values, days, STABLE_MAX_GAP, REVISION_SPREAD)).toBe(fit));
});

describe('decideDimensionSpread: one event\'s depths differ by kilometres, not by multiples', () => {
  it.each<[string, [number, number], 'same-event' | 'other-event']>([
    ['two agencies\' depths, 10 km and 12 km', [10_000, 12_000], 'same-event'],
    ['8 km and 10 km', [8_000, 10_000], 'same-event'],
    ['exactly twice: still one event', [10_000, 20_000], 'same-event'],
    ['this launch\'s 550 km altitude and an earlier one\'s 2,300 miles', [550_000, 3_701_491], 'other-event'],
    ['10 km and 22 miles: two quakes', [10_000, 35_406], 'other-event'],
  ])('%s', (_name, values, fit) => expect(decideDimensionSpread(values)).toBe(fit));

  const src = (reportId: string | null, text: string, published?: string) => ({ reportId, text, ...(published ? { published } : {}) });
  const flaggedDepths = (x: string, y: string) => alignFigures(src(null, x, '2023-10-11'), [src('b', y, '2023-10-11')])
    .filter((g) => g.status === 'diverging' && g.mentions.length === 2 && g.mentions.every((m) => m.unit !== 'magnitude')).map((g) => g.mentions.map((m) => m.text));
  it.each<[string, string, string, string[][]]>([
    ['two depths of one quake diverge, however the reports word them', 'As per the USGS, the depth of the quake was 10.0 km.',
      'The USGS said the magnitude of the quake was 6.3 and that it was at a depth of only 9km.', [['10.0 km', '9km']]],
    ['a depth below ground and a depth of', 'The quake was measured at 6.1-magnitude, 10 kilometers (6 miles) below ground.',
      'The quake struck at 4:30 pm on Sunday with a depth of 12 km.', [['10 kilometers', '12 km']]],
    ['altitudes many times apart are of two launches', 'The missile flew 2,700 km, reaching an altitude of about 550 km.',
      'On July 28 it reached an altitude of 2,300 miles.', []],
    ['two distances from one place diverge', 'The trains collided near Tempe, about 235 miles north of Athens.',
      'Tempe is a small town in a valley with a railway tunnel about 300 kilometers north of Athens.', [['about 235 miles', 'about 300 kilometers']]],
    ['distances from two places are two measures', 'The quake hit 40 kilometers northwest of Herat, the USGS said.',
      'The quake hit 35 kilometers northwest of Kabul, the USGS said.', []],
    ['depths of shocks their sentences name by magnitudes apart are of two shocks', 'The latest earthquake with a magnitude of 5.9 occurred at a depth of 7.7 km.',
      'The USGS reported the magnitude of the earthquake to be 6.3 on the Richter scale and that it was at a depth of only 9km.', []],
  ])('alignFigures: %s', (_name, x, y, expected) => expect(flaggedDepths(x, y)).toEqual(expected));
});

describe('decidePolarity: a count its clause sets apart by a denial is compared only with counts denying the same', () => {
  it.each<[string, string[], string[], 'same-polarity' | 'opposite']>([
    ['neither denies anything', [], [], 'same-polarity'],
    ['"not storm-related" against a plain toll', ['storm', 'relat', 'storm-relat'], [], 'opposite'],
    ['both deny the same', ['fatal'], ['fatal'], 'same-polarity'],
    ['each denies another thing', ['fatal'], ['confirm'], 'opposite'],
  ])('%s', (_name, a, b, polarity) => {
    expect(decidePolarity({ negated: a }, { negated: b })).toBe(polarity);
    expect(decidePolarity({ negated: b }, { negated: a })).toBe(polarity);
  });

  it('alignFigures: deaths "not storm-related" are not one measure with storm-related deaths or the toll', () => {
    const groups = alignFigures(
      { reportId: null, text: 'The sheriff confirmed that five deaths in the county were not storm-related.', published: '2022-09-30' },
      [
        { reportId: 'a', text: 'Four other people died in storm-related incidents in the county, officials said.', published: '2022-09-30' },
        { reportId: 'b', text: 'The sheriff said 54 deaths in the county were confirmed.', published: '2022-10-03' },
      ],
    );
    const flagged = groups.filter((g) => g.status === 'diverging' || g.status === 'updated');
    expect(flagged.filter((g) => g.mentions.some((m) => m.reportId === null))).toEqual([]);
  });
});

describe('decideRevisionSpan: differing counts reported months apart are of different times', () => {
  it.each<[string, [string | undefined, string | undefined], 'one-period' | 'other-period']>([
    ['a breach count revised 25 days later', ['2017-09-07', '2017-10-02'], 'one-period'],
    ['a toll revised the next day', ['2016-11-09', '2016-11-10'], 'one-period'],
    ['two crashes five months apart', ['2023-03-01', '2023-08-06'], 'other-period'],
    ['a look back seven years later', ['2015-05-12', '2022-05-11'], 'other-period'],
    ['just over a month', ['2023-01-01', '2023-02-02'], 'other-period'],
    ['exactly the span', ['2023-01-01', '2023-02-01'], 'one-period'],
    ['one report undated', ['2023-03-01', undefined], 'one-period'],
    ['date-times: their days count', ['2023-03-01T23:00Z', '2023-04-01T01:00Z'], 'one-period'],
  ])('%s', (_name, days, span) => expect(decideRevisionSpan(days)).toBe(span));
});

describe('revisionsHold: an update replaces the old value; a value that comes back is a disagreement', () => {
  it.each<[string, Array<[string | undefined, number]>, boolean]>([
    ['7.9 then 7.8, 7.8', [['2015-04-25', 0], ['2015-04-26', 1], ['2015-04-27', 1]], true],
    ['8.1, then 8.2 and 8.1 again later', [['2017-09-08', 0], ['2017-09-10', 1], ['2017-09-11', 0]], false],
    ['the old value repeated on the day of the new one', [['2017-09-08', 0], ['2017-09-10', 1], ['2017-09-10', 0]], false],
    ['two reports of the old value before the new one', [['2016-07-14', 0], ['2016-07-14', 0], ['2016-07-15', 1]], true],
    ['an undated point with a value no dated report gives', [['2016-07-14', 0], [undefined, 1]], false],
    ['an undated point repeating the latest value holds', [['2017-10-02', 0], ['2017-10-03', 1], [undefined, 1]], true],
    ['an undated point repeating the replaced value', [['2017-10-02', 0], ['2017-10-03', 1], [undefined, 0]], false],
    ['only undated points', [[undefined, 0], [undefined, 1]], false],
    ['two values on the latest day', [['2017-10-02', 0], ['2017-10-03', 1], ['2017-10-03', 2]], false],
  ])('%s', (_name, points, holds) => expect(revisionsHold(points)).toBe(holds));
});

describe('figurePlace: the place a count is counted in', () => {
  const place = (s: string, fig: string) => {
    const start = s.indexOf(fig);
    return figurePlace(s, { end: start + fig.length }, [0, s.length]);
  };
  it.each<[string, string, string | undefined]>([
    ['Officials confirmed 45 dead in the southern state of Oaxaca, the hardest hit.', '45', 'oaxaca'],
    // A place put first scopes its sentence; an opening phrase that is no place (a year, a month, a common noun) does not.
    ['In Qinghai, the quake has left 182 people injured and 20 missing.', '182', 'qinghai'],
    ['In 2019, the quake left 182 people injured.', '182', undefined],
    ['In March, the quake left 182 people injured.', '182', undefined],
    ['In a statement, officials said 182 people were injured.', '182', undefined],
    ['In total, 182 people were injured.', '182', undefined],
    // Only the clause right after the opening phrase is scoped by it.
    ['In Katmandu, people are back in the open, just as after last month\'s quake that killed about 8,000 people.', '8,000', undefined],
    ['In Qinghai, the quake that struck on Monday has left 182 people injured.', '182', undefined],
    ['Nineteen other people died in the states of Chiapas and Tabasco.', 'Nineteen', 'chiapas tabasco'],
    ['At least 30 had died in Mexico City, and more elsewhere.', '30', 'mexico city'],
    ['It killed 111 people in Gansu and neighboring Qinghai Province, officials said.', '111', 'gansu qinghai'],
    ['Fifteen people are confirmed dead after a quake shook the south.', 'Fifteen', undefined],
    ['The quake killed at least 45 people in the province.', '45', undefined],
    // A level word completing a country's name is the name's: "United States", not "united".
    ['A breach may have affected 143 million consumers in the United States as well.', '143 million', 'united states'],
    ['45 dead, officials in Oaxaca said.', '45', undefined],
    ['At least 65 climbers were feared missing as the death toll in Varenia rose.', '65', undefined],
    ['At least 65 climbers were feared missing in Varenia as the death toll rose.', '65', 'varenia'],
    ['At Least 119 Dead in Magnitude 7.1 Mexico Quake', '119', undefined],
    ['The floods killed 45 people in March, officials said.', '45', undefined],
    ['The storm killed 12 people in Oaxaca on Sunday and 3 in Chiapas.', '12', 'oaxaca'],
  ])('%s', (s, fig, expected) => expect(place(s, fig)).toBe(expected));
});

describe('decideDifferingValues: ordinals are places in a series', () => {
  it.each<[Parameters<typeof decideDifferingValues>[0], 'may-diverge' | 'related-only']>([
    ['ordinal', 'related-only'],
    ['count', 'may-diverge'],
    ['quantity', 'may-diverge'],
    ['money', 'may-diverge'],
    ['percent', 'may-diverge'],
  ])('%s', (kind, expected) => expect(decideDifferingValues(kind)).toBe(expected));
});

describe('decideReportEvents: two reports tell of one event unless every stable measure says otherwise', () => {
  it.each<[string, Array<'agree' | 'same-event' | 'other-event'>, 'same-event' | 'other-event' | 'unknown']>([
    ['no stable measure on one side', [], 'unknown'],
    ['one magnitude agrees, another is of an aftershock', ['other-event', 'agree'], 'same-event'],
    ['agencies differ by tenths', ['same-event'], 'same-event'],
    ['a 7.3 quake a fortnight after a 7.8 one', ['other-event'], 'other-event'],
    ['main shocks and aftershocks all of other events', ['other-event', 'other-event'], 'other-event'],
  ])('%s', (_name, pairs, expected) => expect(decideReportEvents(pairs)).toBe(expected));

  const src = (reportId: string | null, text: string, published: string) => ({ reportId, text, published });
  const first = 'A 7.8-magnitude earthquake struck Nepal, killing at least 18 people in the capital, officials said.';
  it('tolls of reports whose magnitudes make them two events are not an update', () => {
    const second = 'A fresh 7.3-magnitude earthquake struck Nepal, killing at least 42 people in the capital, officials said.';
    const groups = alignFigures(src(null, second, '2015-05-12'), [src('a', first, '2015-04-25')]);
    expect(groups.filter((g) => g.status === 'updated' || g.status === 'diverging')).toEqual([]);
  });
  it('the same magnitude days apart: the toll is updated', () => {
    const later = 'A 7.8-magnitude earthquake struck Nepal, killing at least 42 people in the capital, officials said.';
    const groups = alignFigures(src(null, later, '2015-04-27'), [src('a', first, '2015-04-25')]);
    expect(groups.some((g) => g.status === 'updated' && g.mentions.length === 2 && g.mentions[0]!.value === 18)).toBe(true);
  });
});

describe('decideScaleGap: values orders of magnitude apart are other measures, tallies aside', () => {
  it.each<[string, Parameters<typeof decideScaleGap>[0], [number, number], 'comparable' | 'other-measure', boolean?]>([
    ['a unit price and a total', 'money', [9, 281e6], 'other-measure'],
    ['a change in cents and a total in billions', 'money', [0.32, 12e9], 'other-measure'],
    ['two deal values', 'money', [16e9, 19e9], 'comparable'],
    ['exactly a hundredfold', 'money', [1, 100], 'comparable'],
    ['a toll that grew from a first count', 'count', [10, 8000], 'comparable'],
    ['two percentages', 'percent', [0.5, 90], 'other-measure'],
    ['a zero and a small rate', 'percent', [0, 0.5], 'comparable'],
    ['a zero and a large amount', 'money', [0, 5e9], 'comparable'],
    // A tally grows over days; of one day (or undated) two counts 1,000 times apart are two events' tolls.
    ['a toll of one day and another event\'s', 'count', [170, 220000], 'other-measure', false],
    ['a bare number of one day, a hundredfold', 'number', [10, 1000], 'comparable', false],
    ['a bare number of one day, beyond a hundredfold', 'number', [10, 1001], 'other-measure', false],
    ['a toll counted over days', 'count', [170, 220000], 'comparable', true],
  ])('%s', (_n, kind, values, expected, overDays) => expect(decideScaleGap(kind, values, overDays)).toBe(expected));
});

describe('decideSubjects: the name each figure is a value of', () => {
  const words = (...w: Array<[string, number]>) => new Map(w);
  it.each<[string, string | undefined, Map<string, number>, string | undefined, Map<string, number>, 'one-subject' | 'two-subjects']>([
    ['two boxers, each named only by its own record', 'rahman', words(['rahman', 0.9], ['kos', 1]), 'thompson', words(['thompson', 0.9], ['ibf', 0.5]), 'two-subjects'],
    ['one name, read close to the other figure', 'rahman', words(['rahman', 0.9]), 'klitschko', words(['klitschko', 0.9], ['rahman', 0.9]), 'one-subject'],
    ['two players, the other named further off in a list', 'charles', words(['charles', 0.9], ['hillis', 0.3]), 'hillis', words(['hillis', 0.9]), 'two-subjects'],
    ['the other name just under the weight', 'lopez', words(['lopez', 0.5], ['carrasquillo', SHARED_SUBJECT_WEIGHT - 0.01]), 'carrasquillo', words(['carrasquillo', 0.5]), 'two-subjects'],
    ['the other name at the weight', 'lopez', words(['lopez', 0.5], ['carrasquillo', SHARED_SUBJECT_WEIGHT]), 'carrasquillo', words(['carrasquillo', 0.5]), 'one-subject'],
    ['a person named by a pronoun only and a named one', '(pronoun)', words(['catch', 1]), 'wayne', words(['wayne', 0.9]), 'two-subjects'],
    ['the same name nearest both', 'nepal', words(['nepal', 1]), 'nepal', words(), 'one-subject'],
    ['no name on one side, that name among its words', undefined, words(['death', 1], ['nepal', 0.3]), 'nepal', words(['nepal', 1], ['death', 1]), 'one-subject'],
  ])('%s', (_n, na, wa, nb, wb, expected) => {
    expect(decideSubjects({ name: na, words: wa }, { name: nb, words: wb })).toBe(expected);
    expect(decideSubjects({ name: nb, words: wb }, { name: na, words: wa })).toBe(expected);
  });

  // A name on one side only, the other figure's words never holding it.
  it.each<[string, string, Map<string, number>, 'event' | 'other', 'one-subject' | 'two-subjects']>([
    ["a player's rebounds and rebounds of someone not named", 'clark', words(['rebound', 1], ['career', 0.4]), 'other', 'two-subjects'],
    ["a defendant's sentence and a sentence of someone not named", 'timmons', words(['prison', 0.7], ['life', 0.9]), 'other', 'two-subjects'],
    ['the name further off in the other figure', 'clark', words(['rebound', 1], ['clark', 0.05]), 'other', 'one-subject'],
    ['a toll, its clause opening with the place ("jolted Nepal, killing 42")', 'nepal', words(['death', 1]), 'event', 'one-subject'],
    ['a distance, the clause naming who fired', 'hamas', words(['mile', 1], ['tel', 0.5]), 'event', 'one-subject'],
    ['a pronoun on one side: someone, maybe the same', '(pronoun)', words(['rebound', 1]), 'other', 'one-subject'],
  ])('%s', (_n, name, otherWords, measure, expected) => {
    const named = { name, words: words([name, 1]) };
    const other = { name: undefined, words: otherWords };
    expect(decideSubjects(named, other, measure)).toBe(expected);
    expect(decideSubjects(other, named, measure)).toBe(expected);
  });
});

describe('decidePeopleNouns: counts of people under different nouns', () => {
  it.each<[string, string, string, 'one-count' | 'other-people' | 'not-people']>([
    ['the same noun', 'civilian', 'civilian', 'one-count'],
    ['a noun that says which people and one that does not', 'climber', 'person', 'one-count'],
    ['lives and people', 'life', 'person', 'one-count'],
    ['two nouns that each say which people', 'passenger', 'civilian', 'other-people'],
    ['soldiers and civilians', 'soldier', 'civilian', 'other-people'],
    ['a noun that says only the country and one that says which people', 'national', 'climber', 'one-count'],
    ['citizens and people', 'citizen', 'person', 'one-count'],
    ['"others" is a remainder, not any people', 'other', 'person', 'not-people'],
    ['injuries and people', 'injury', 'person', 'one-count'],
    ['injuries and deaths', 'injury', 'death', 'other-people'],
    ['not people at all', 'point', 'person', 'not-people'],
  ])('%s', (_n, a, b, expected) => {
    expect(decidePeopleNouns(a, b)).toBe(expected);
    expect(decidePeopleNouns(b, a)).toBe(expected);
  });
});

describe('decideBothValues: one report gives both values', () => {
  it.each<[string, 'stable' | 'people-nouns' | 'other', BothValuesWitness, 'two-measures' | 'may-disagree']>([
    ['no report gives both', 'other', 'none', 'may-disagree'],
    ['a total and its part, each read as the measure', 'other', 'value-and-words', 'two-measures'],
    ['the values alone, words of something else', 'other', 'value', 'may-disagree'],
    ['a value and its parts in one sentence', 'other', 'one-sentence', 'two-measures'],
    ['counts under different nouns of people, values alone', 'people-nouns', 'value', 'two-measures'],
    ['two agencies\' magnitudes quoted in one report', 'stable', 'value-and-words', 'may-disagree'],
  ])('%s', (_n, measure, witness, expected) => expect(decideBothValues(measure, witness)).toBe(expected));
});

describe('alignFigures: updates, scope and why', () => {
  const src = (reportId: string | null, text: string, published?: string) => ({ reportId, text, ...(published ? { published } : {}) });
  const toll1 = 'The earthquake killed at least 45 people in the province, officials said on Monday.';
  const toll2 = 'The earthquake killed at least 120 people in the province, officials said on Wednesday.';

  it('values of two named players are related figures, not a disagreement; one player\'s two values are', () => {
    const a = 'The Owls won on Sunday. In the second half, Tom Jones rushed for 226 yards while Mike Brown added 101.';
    const b = 'The Owls won on Sunday. In the second half, RB Mike Brown rushed for 101 yards.';
    const c = 'The Owls won on Sunday. In the second half, RB Tom Jones rushed for 210 yards.';
    const flagged = (x: string, y: string) => alignFigures(src(null, x), [src('r', y)]).filter((g) => g.status === 'diverging').length;
    expect(flagged(a, b)).toBe(0);
    expect(flagged(a, c)).toBe(1);
  });

  it('a total and its part given by one report are two measures, not a disagreement', () => {
    const a = 'Acme will buy Widgetco for $12 billion in cash and stock, plus $2 billion in restricted stock units, or $14 billion in all.';
    const b = 'Acme agreed to buy Widgetco for $14 billion in cash and stock, the companies said.';
    const flagged = alignFigures(src(null, b), [src('r', a)]).filter((g) => g.status === 'diverging');
    expect(flagged).toEqual([]);
  });

  it('a later report with another death toll is an update, earliest first, with why', () => {
    const groups = alignFigures(src(null, toll2, '2024-05-18'), [src('a', toll1, '2024-05-16')]);
    const g = groups.find((x) => x.mentions.length === 2)!;
    expect(g.status).toBe('updated');
    expect(g.mentions.map((m) => m.published)).toEqual(['2024-05-16', '2024-05-18']);
    expect(g.why).toMatch(/a later report revised it/);
  });

  it('the same day, the two tolls diverge, and why says what matched', () => {
    // Counts, not floors: a floor well below a count of its day is that day's earlier count (readLowerBound's 'below').
    const exact = (t: string) => t.replace('at least ', '');
    const groups = alignFigures(src(null, exact(toll2), '2024-05-16'), [src('a', exact(toll1), '2024-05-16')]);
    const g = groups.find((x) => x.mentions.length === 2)!;
    expect(g.status).toBe('diverging');
    expect(g.why).toMatch(/unit: person/);
    expect(g.why).toMatch(/same day/);
  });

  it('a magnitude revised by a tenth ten days later leaves the reports one event: the toll is updated', () => {
    const first = 'The 7.9-magnitude earthquake in the mountain province killed at least 1,394 people, officials said.';
    const later = 'The 7.8-magnitude earthquake in the mountain province has killed at least 7,500 people, officials said.';
    const groups = alignFigures(src(null, later, '2015-05-05'), [src('a', first, '2015-04-25')]);
    expect(groups.find((x) => x.mentions.some((m) => m.value === 7500))?.status).toBe('updated');
  });

  it('a count of climbers and a count of people of the same toll diverge, and why names both nouns', () => {
    const groups = alignFigures(
      src(null, 'Seventeen climbers were killed on the mountain by the avalanche, officials said on Saturday.', '2015-04-26'),
      [src('a', 'The avalanche killed 30 people on the mountain, officials said on Saturday.', '2015-04-26')],
    );
    const g = groups.find((x) => x.mentions.length === 2)!;
    expect(g.status).toBe('diverging');
    expect(g.why).toMatch(/counts of people written as (climber, person|person, climber)/);
  });

  it('two nouns that each say which people are two counts; a report giving both values keeps "passengers" and "people" apart', () => {
    const crash = (n: string) => `The airliner crashed after take-off, killing all ${n} on board, the airline said on Monday.`;
    const two = alignFigures(src(null, crash('149 passengers'), '2019-03-11'), [src('a', crash('160 soldiers'), '2019-03-11')]);
    expect(two.filter((g) => g.status === 'diverging' || g.status === 'updated')).toEqual([]);
    const one = alignFigures(src(null, crash('149 passengers'), '2019-03-11'), [src('a', crash('157 people'), '2019-03-11')]);
    expect(one.find((g) => g.mentions.length === 2)?.status).toBe('diverging');
    const both = `${crash('157 people')} The plane carried 149 passengers and eight crew.`;
    const apart = alignFigures(src(null, crash('149 passengers'), '2019-03-11'), [src('a', crash('157 people'), '2019-03-11'), src('b', both, '2019-03-11')]);
    expect(apart.filter((g) => g.status === 'diverging' || g.status === 'updated')).toEqual([]);
    // A hedged value ("more than 140") is no witness: it agrees with too many counts.
    const hedged = `${crash('157 people')} More than 140 passengers had checked in online.`;
    const kept = alignFigures(src(null, crash('149 passengers'), '2019-03-11'), [src('a', crash('157 people'), '2019-03-11'), src('b', hedged, '2019-03-11')]);
    expect(kept.some((g) => g.status === 'diverging')).toBe(true);
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

  it('magnitudes written into different nouns are one measure; agencies disagreeing the same day diverge', () => {
    const groups = alignFigures(
      src(null, 'A 6.5-magnitude earthquake rattled the province on Sunday, state media said.', '2014-08-04'),
      [src('a', 'The quake, which struck the province on Sunday, had a magnitude of 6.1 on the Richter scale, the survey said.', '2014-08-04')],
    );
    const g = groups.find((x) => x.mentions.length === 2)!;
    expect(g.status).toBe('diverging');
    expect(g.why).toMatch(/measure: magnitude/);
  });

  it('a magnitude far from another is another shock, not a disagreement', () => {
    const groups = alignFigures(
      src(null, 'A 7.9-magnitude earthquake shook the capital on Saturday.', '2015-04-25'),
      [src('a', 'A magnitude 5.3 quake shook an area east of the capital on Saturday.', '2015-04-25')],
    );
    expect(groups.filter((g) => g.status === 'diverging' || g.status === 'updated')).toEqual([]);
  });

  it('a toll in one place is not the whole toll', () => {
    const groups = alignFigures(
      src(null, 'Fifteen people are confirmed dead after the earthquake shook the south on Thursday.', '2017-09-08'),
      [src('a', 'Officials said the earthquake on Thursday left 45 dead in the southern state of Oaxaca.', '2017-09-08')],
    );
    expect(groups.filter((g) => g.status === 'diverging' || g.status === 'updated')).toEqual([]);
  });

  it('an earlier event quoted for context does not diverge from this one', () => {
    const groups = alignFigures(
      src(null, 'The earthquake killed 90 people in the south, officials said on Tuesday.', '2017-09-19'),
      [src('a', 'The earthquake struck just weeks after a more powerful one killed 61 people in the south.', '2017-09-19')],
    );
    expect(groups.filter((g) => g.status === 'diverging' || g.status === 'updated')).toEqual([]);
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

describe('alignFigures: reports of one day whose words order two counts', () => {
  const src = (reportId: string | null, text: string, published?: string) => ({ reportId, text, ...(published ? { published } : {}) });
  const rose = 'The death toll from the consulate bombing rose to 6 on Friday, officials said.';
  const earlier = 'The consulate bombing on Friday killed 4 people, officials said.';
  const roseHedged = 'The death toll from the consulate bombing rose to at least six on Friday, officials said.';
  const earlierHedged = 'The consulate bombing on Friday killed at least four people, officials said.';
  const flagged = (a: string, b: string, day?: string) =>
    alignFigures(src(null, a, day), [src('a', b, day)]).filter((g) => g.status !== 'single' && g.status !== 'omitted').map((g) => [g.status, g.mentions.map((m) => m.text)]);

  it.each<[string, string, string, string | undefined, unknown[]]>([
    ['same day, "rose to" the larger value: an update, earlier value first', rose, earlier, '2016-11-11', [['updated', ['4 people', '6']]]],
    ['undated: a disagreement, not a guessed order', rose, earlier, undefined, [['diverging', ['6', '4 people']]]],
    ['same day, overlapping "at least" counts that the words say rose: an update', roseHedged, earlierHedged, '2016-11-11', [['updated', ['at least four people', 'at least six']]]],
    ['undated overlapping "at least" counts still agree', roseHedged, earlierHedged, undefined, [['corroborated', ['at least six', 'at least four people']]]],
  ])('%s', (_name, a, b, day, expected) => expect(flagged(a, b, day)).toEqual(expected));
});

describe('readLowerBound: a floor raised by a later report is an update', () => {
  it.each<[string, [string | undefined, number], [string | undefined, number], Parameters<typeof readLowerBound>[2], 'raised' | 'below' | 'stale' | 'undercut' | 'consistent']>([
    ['"at least 118" then 113 the next day: a count of another scope', ['2023-12-19', 118], ['2023-12-20', 113], 'at least', 'undercut'],
    ['a lower count the same day: consistent (a disagreement, if any)', ['2023-12-19', 118], ['2023-12-19', 113], 'at least', 'consistent'],
    ['a lower count given a day before the floor: consistent', ['2023-12-20', 118], ['2023-12-19', 113], 'at least', 'consistent'],
    ['a lower count two months after the floor: consistent', ['2023-10-01', 118], ['2023-12-19', 113], 'at least', 'consistent'],
    ['"at least 50" then 59 the next day', ['2017-10-02', 50], ['2017-10-03', 59], 'at least', 'raised'],
    ['"more than 400" then 527 the next day', ['2017-10-02', 400], ['2017-10-03', 527], 'more than', 'raised'],
    ['the floor given a day after a higher count: stale, no contradiction', ['2017-10-03', 50], ['2017-10-02', 59], 'at least', 'stale'],
    ['an older floor quoted years after a higher count: stale', ['2023-12-19', 118], ['2014-08-04', 381], 'at least', 'stale'],
    ['a higher count the same day, beyond the slack: the floor is the earlier count', ['2017-10-02', 50], ['2017-10-02', 59], 'at least', 'below'],
    ['two floors of one day, "at least 40" and "more than 50"', ['2016-11-09', 40], ['2016-11-09', 50], 'at least', 'below'],
    ['"more than 80" and 120 the same day', ['2016-11-11', 80], ['2016-11-11', 120], 'more than', 'below'],
    ['a count within the slack of a same-day floor: consistent', ['2017-09-07', 200_000], ['2017-09-07', 209_000], 'more than', 'consistent'],
    ['a higher count five months later: another event\'s, consistent', ['2023-03-01', 85], ['2023-08-07', 130], 'at least', 'consistent'],
    ['undated: consistent', [undefined, 50], ['2017-10-03', 59], 'at least', 'consistent'],
    ['later count not above the floor: consistent', ['2017-10-02', 50], ['2017-10-03', 50], 'at least', 'consistent'],
    ['"about 50" is no floor', ['2017-10-02', 50], ['2017-10-03', 59], 'about', 'consistent'],
    ['"up to 50" is a ceiling', ['2017-10-02', 50], ['2017-10-03', 59], 'up to', 'consistent'],
  ])('%s', (_name, bound, other, hedge, expected) => expect(readLowerBound(bound, other, hedge)).toBe(expected));

  const src = (reportId: string | null, text: string, published?: string) => ({ reportId, text, ...(published ? { published } : {}) });
  it('alignFigures: a toll first given as a floor and higher the next day reads as updated', () => {
    const a = src(null, 'The gunman killed at least 50 people at the concert, police said on Monday.', '2017-10-02');
    const b = src('b', 'The gunman killed 59 people at the concert, police said on Tuesday.', '2017-10-03');
    const g = alignFigures(a, [b]).find((x) => x.mentions.length === 2);
    expect(g?.status).toBe('updated');
  });
  it.each<[string, string, string, string | undefined]>([
    ['two floors of one day: the lower is the earlier count', 'At least 40 people were injured after the tram overturned, the fire brigade said.',
      'More than 50 people were injured after the tram overturned, the fire brigade said.', 'updated'],
    ['a floor below another floor of its day, "injured" and "hurt": the lower is the earlier count',
      'Ambulances have so far transported more than 50 injured people to hospital.', 'Over 100 people were hurt and taken to the hospital.', 'updated'],
    ['a floor within the slack of a count of its day agrees', 'More than 200 people were injured after the tram overturned, the fire brigade said.',
      'Some 209 people were injured after the tram overturned, the fire brigade said.', 'corroborated'],
    ['an earlier event\'s floor is no floor of this one', 'The quake struck days after the last one claimed over 2,400 lives in the province.',
      'The quake struck as a quake on Saturday claimed more than 2,000 lives in the province.', 'corroborated'],
  ])('alignFigures, same day: %s', (_name, x, y, expected) => {
    const g = alignFigures(src(null, x, '2016-11-09'), [src('b', y, '2016-11-09')]).find((grp) => grp.mentions.length === 2);
    expect(g?.status).toBe(expected);
  });
  it('alignFigures: floors of one day read as an update, the lower floor first, and why says so', () => {
    const a = src(null, 'The earthquake killed at least 120 people in the province, officials said on Wednesday.', '2024-05-16');
    const b = src('b', 'The earthquake killed at least 45 people in the province, officials said on Wednesday.', '2024-05-16');
    const g = alignFigures(a, [b]).find((x) => x.mentions.length === 2);
    expect(g?.status).toBe('updated');
    expect(g?.mentions.map((m) => m.value)).toEqual([45, 120]);
    expect(g?.why).toMatch(/a floor well below a count of that day is the earlier count/);
  });
  it('alignFigures: a floor quoted after a higher count is no disagreement', () => {
    const a = src(null, 'The gunman killed 59 people at the concert, police said on Monday.', '2017-10-02');
    const b = src('b', 'The gunman killed at least 30 people at the concert, police said on Tuesday.', '2017-10-03');
    const g = alignFigures(a, [b]).find((x) => x.mentions.length === 2);
    expect(g?.status).toBe('corroborated');
  });
});

describe('readBareCount: a bare number of a death or injury toll counts people', () => {
  it.each<[string, { kind: 'number' | 'count'; unit: string; value: number }, string[], string, 'people' | 'as-written']>([
    ['"the toll rose to at least six"', { kind: 'number', unit: '', value: 6 }, ['death'], ' Friday', 'people'],
    ['"wounding 120"', { kind: 'number', unit: '', value: 120 }, ['injury'], ', officials', 'people'],
    ['"five of the dead": a part', { kind: 'number', unit: '', value: 5 }, ['death'], ' of the dead were', 'as-written'],
    ['"more than a third": a fraction', { kind: 'number', unit: '', value: 1 / 3 }, ['death'], ' of the', 'as-written'],
    ['a bare number of something else', { kind: 'number', unit: '', value: 6 }, ['vote'], '', 'as-written'],
    ['"sank with 459 on board": those carried are people', { kind: 'number', unit: '', value: 459 }, ['board'], ' on board', 'people'],
    ['already a count with its noun', { kind: 'count', unit: 'civilian', value: 6 }, ['death'], '', 'as-written'],
    ['"40 others were injured": the injured count', { kind: 'count', unit: 'other', value: 40 }, ['injury'], ' were injured', 'people'],
    ['"and five others" with no casualty: a remainder', { kind: 'count', unit: 'other', value: 5 }, [], '', 'as-written'],
  ])('%s', (_name, figure, heads, after, expected) => expect(readBareCount(figure, heads, after)).toBe(expected));
});

describe('alignFigures: whose a value is never takes a source, a place or an agency for a subject', () => {
  // Guards the one-subject and both-values rules against eagerness: each pair is one measure of one event
  // reported differently on one day, so it must stay a disagreement.
  it.each<[string, string, string]>([
    ['a place as owner, officials of another place', "Nepal's earthquake killed 40 people on Saturday, officials said.", 'Kathmandu officials said the earthquake killed 52 people on Saturday.'],
    ['two news agencies as sources', 'Xinhua said the earthquake killed 118 people on Monday.', 'State broadcaster CCTV said the earthquake killed 131 people on Monday.'],
    ['one company, two prices', 'Facebook will pay $16 billion for WhatsApp, the company said on Wednesday.', 'Facebook agreed on Wednesday to buy WhatsApp for $19 billion.'],
    ['police and hospital officials', 'Police said the blast killed 30 people on Friday.', 'Hospital officials said the blast killed 35 people on Friday.'],
  ])('%s', (_n, a, b) => {
    const groups = alignFigures({ reportId: null, text: a, published: '2026-03-02' }, [{ reportId: 'b', text: b, published: '2026-03-02' }]);
    expect(groups.filter((g) => g.status === 'diverging')).toHaveLength(1);
  });

  it('a report giving the parts and the total does not disagree with another giving the total', () => {
    const c = 'The earthquake killed 52 people in the province, officials said on Monday.';
    const d = 'The earthquake killed 40 people, officials said, and 12 more died in hospital, taking the toll to 52.';
    const groups = alignFigures({ reportId: null, text: c, published: '2026-03-02' }, [{ reportId: 'd', text: d, published: '2026-03-02' }]);
    expect(groups.filter((g) => g.status === 'diverging')).toEqual([]);
  });
});

describe('places in other forms: spellings, and a country written as its name, short form or people', () => {

  it.each<[string, string, 'same-place' | 'other-place']>([
    ['united states', 'america', 'same-place'],
    ['katmandu', 'kathmandu', 'same-place'],
    ['india', 'nepal', 'other-place'],
    ['gansu qinghai', 'gansu', 'other-place'],
    ['north korea', 'south korea', 'other-place'],
  ])('decidePlaces(%s, %s)', (a, b, expected) => {
    expect(decidePlaces(a, b)).toBe(expected);
    expect(decidePlaces(b, a)).toBe(expected);
  });

  const words = (...w: string[]) => new Map(w.map((t) => [t, 0.5]));
  it.each<[string, Map<string, number>, 'same-place' | 'other-place']>([
    ['us', words('american', 'breach'), 'same-place'], // "US customers" and "2.5 million Americans"
    ['united states', words('american'), 'same-place'],
    ['american', words('us', 'customer'), 'same-place'],
    ['kathmandu', words('katmandu', 'capital'), 'same-place'],
    ['nepal', words('death', 'earthquake'), 'other-place'],
    ['us', words('canadian', 'breach'), 'other-place'],
    ['oaxaca', words('oaxaca', 'death'), 'same-place'],
  ])('decidePlaceAmong(%s)', (place, w, expected) => expect(decidePlaceAmong(place, w)).toBe(expected));
});

describe('readTallyRaise: a main tally raised by a later report needs less evidence', () => {
  const p = (day: string | undefined, value: number, main = true, hedge?: TallyPoint['hedge']): TallyPoint => ({ day, value, main, hedge });
  it.each<[string, TallyPoint, TallyPoint, boolean, 'raised-tally' | 'needs-evidence']>([
    ['381 then 615 four days later', p('2014-08-04', 381), p('2014-08-08', 615), true, 'raised-tally'],
    ['either order', p('2014-08-08', 615), p('2014-08-04', 381), true, 'raised-tally'],
    ['a floor raised the next day', p('2014-08-04', 381, true, 'at least'), p('2014-08-05', 400), true, 'raised-tally'],
    ['the later count lower', p('2014-08-04', 615), p('2014-08-08', 381), true, 'needs-evidence'],
    ['equal counts', p('2014-08-04', 381), p('2014-08-08', 381), true, 'needs-evidence'],
    ['the same day', p('2014-08-04', 381), p('2014-08-04', 615), true, 'needs-evidence'],
    ['two times of the same day', p('2014-08-04T08:00:00Z', 381), p('2014-08-04T18:00:00Z', 615), true, 'needs-evidence'],
    ['times of two days', p('2014-08-04T08:00:00Z', 381), p('2014-08-08T18:00:00Z', 615), true, 'raised-tally'],
    ['an undated report', p(undefined, 381), p('2014-08-08', 615), true, 'needs-evidence'],
    ['months apart', p('2014-03-04', 381), p('2014-08-08', 615), true, 'needs-evidence'],
    ['not its report\'s main tally (a part)', p('2014-08-04', 40, false), p('2014-08-08', 615), true, 'needs-evidence'],
    ['two heads ("killed" vs "injured")', p('2014-08-04', 381), p('2014-08-08', 615), false, 'needs-evidence'],
    ['"up to 18" is a ceiling, not a tally', p('2015-04-25', 18, true, 'up to'), p('2015-04-26', 2500), true, 'needs-evidence'],
  ])('%s', (_name, a, b, oneHead, expected) => expect(readTallyRaise(a, b, oneHead)).toBe(expected));

  it.each<[string, TallyPoint, TallyPoint, 'raised-tally' | 'needs-evidence']>([
    ['the missing fall as they are found: 291, then 143 a week later', p('2014-04-16', 291), p('2014-04-23', 143), 'raised-tally'],
    ['...or rise', p('2014-04-16', 143), p('2014-04-23', 291), 'raised-tally'],
    ['still not the same day', p('2014-04-16', 291), p('2014-04-16', 143), 'needs-evidence'],
  ])('a tally that may fall (mayFall): %s', (_name, a, b, expected) => expect(readTallyRaise(a, b, true, true)).toBe(expected));

  it.each<[string, string[], boolean]>([
    ['"missing" may fall', ['miss'], true],
    ['a death toll only grows', ['death'], false],
    ['no heads', [], false],
  ])('tallyMayFall: %s', (_name, heads, expected) => expect(tallyMayFall(heads)).toBe(expected));

  const src = (reportId: string | null, text: string, published?: string) => ({ reportId, text, ...(published ? { published } : {}) });
  it('alignFigures: the missing counted lower a week later read as an update', () => {
    const a = src(null, 'The coast guard said 291 people were missing after the ferry sank.', '2014-04-16');
    const b = src('b', 'Officials said 143 people remain missing.', '2014-04-23');
    expect(alignFigures(a, [b]).find((g) => g.mentions.length === 2)?.status).toBe('updated');
    // Below an earlier floor too: "at least 120 missing", then 61 as the missing are found.
    const e = src(null, 'Officials said at least 120 people were still missing after the ferry sank.', '2014-08-05');
    const f = src('f', 'Officials said 61 people are now missing.', '2014-08-11');
    expect(alignFigures(e, [f]).find((g) => g.mentions.length === 2)?.status).toBe('updated');
    // A death toll does not fall so: the same words about the dead still need two pieces of evidence.
    const c = src(null, 'The coast guard said 291 people were killed after the ferry sank.', '2014-04-16');
    const d = src('d', 'Officials said 143 people were killed.', '2014-04-23');
    expect(alignFigures(c, [d]).find((g) => g.mentions.length === 2)).toBeUndefined();
  });
});
