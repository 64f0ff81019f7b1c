// Alignment rules on hand-made figures (independent of the extractor): each row is a small story told by
// an open article (reportId null) and related reports, and the groups alignment must (and must not) make.
import { describe, expect, it } from 'vitest';
import { alignFigures, MAX_MENTION_TEXT, MAX_QUOTE_TEXT, type FigureSource } from '../../src/core/figures/align-figures.ts';
import type { Figure, FigureGroup, FigureStatus } from '../../src/core/types.ts';

type Fig = [surface: string, kind: Figure['kind'], value: number, unit: string, extra?: Partial<Figure>];

/** A report: its text and the figures an extractor would find in it (located by their surface text). */
function report(reportId: string | null, text: string, figs: Fig[]): FigureSource {
  const figures: Figure[] = [];
  const used = new Map<string, number>();
  for (const [surface, kind, value, unit, extra] of figs) {
    const from = used.get(surface) ?? 0;
    const start = text.indexOf(surface, from);
    if (start < 0) throw new Error(`"${surface}" not in "${text}"`);
    used.set(surface, start + surface.length);
    figures.push({ text: surface, start, end: start + surface.length, value, unit, kind, ...extra });
  }
  return { reportId, text, figures };
}

/** A report whose figures alignment extracts itself: what is a figure at all is the extractor's decision. */
function extracted(reportId: string | null, text: string): FigureSource {
  return { reportId, text };
}

/** Compact view of a result: "status: open=$240.1bn | b=$227.8 billion". */
function view(groups: FigureGroup[]): string[] {
  return groups.map((g) => `${g.status}: ${g.mentions.map((m) => `${m.reportId ?? 'open'}=${m.text}`).join(' | ')}`);
}

interface Case {
  name: string;
  open: FigureSource;
  related: FigureSource[];
  /** Every group, in order (view format). */
  expected: string[];
}

const CASES: Case[] = [
  {
    name: 'same measure and time, values 5% apart: diverging',
    open: report(null, 'Bilateral trade between the two nations hit a record $240.1bn last year.', [['$240.1bn', 'money', 240.1e9, 'USD', { time: 'last year' }]]),
    related: [
      report('b', 'Putin said trade volume between the two countries reached $227.8 billion last year.', [['$227.8 billion', 'money', 227.8e9, 'USD', { time: 'last year' }]]),
    ],
    expected: ['diverging: open=$240.1bn | b=$227.8 billion'],
  },
  {
    name: 'a hedged round figure agrees with a precise one',
    open: report(null, 'Bilateral trade hit about $240bn last year.', [['about $240bn', 'money', 240e9, 'USD', { time: 'last year', hedge: 'about' }]]),
    related: [report('b', 'Last year, bilateral trade hit a record $240.1bn.', [['$240.1bn', 'money', 240.1e9, 'USD', { time: 'last year' }]])],
    expected: ['corroborated: open=about $240bn | b=$240.1bn'],
  },
  {
    name: '"nearly 8,000" agrees with 7,900',
    open: report(null, 'The offensive has displaced nearly 8,000 people in the region.', [['nearly 8,000 people', 'count', 8000, 'person', { hedge: 'nearly' }]]),
    related: [report('b', 'Officials said 7,900 people were displaced by the offensive.', [['7,900 people', 'count', 7900, 'person']])],
    expected: ['corroborated: open=nearly 8,000 people | b=7,900 people'],
  },
  {
    name: 'explicit different years never align',
    open: report(null, 'Trade between the two countries reached $111 billion in 2019.', [['$111 billion', 'money', 111e9, 'USD', { time: '2019' }]]),
    related: [report('b', 'Bilateral trade hit a record $240.1bn in 2023.', [['$240.1bn', 'money', 240.1e9, 'USD', { time: '2023' }]])],
    expected: ['omitted: b=$240.1bn', 'single: open=$111 billion'],
  },
  {
    name: 'a dated figure is never called different from an undated one',
    open: report(null, 'Bilateral trade hit $240.1bn last year.', [['$240.1bn', 'money', 240.1e9, 'USD', { time: 'last year' }]]),
    related: [report('b', 'Bilateral trade is now worth $200bn, officials said.', [['$200bn', 'money', 200e9, 'USD']])],
    expected: ['omitted: b=$200bn', 'single: open=$240.1bn'],
  },
  {
    name: 'a change starting point ("up from") is not the current value',
    open: report(null, 'Trade reached $227.8 billion last year, up from $111 billion in 2019.', [
      ['$227.8 billion', 'money', 227.8e9, 'USD', { time: 'last year' }],
      ['$111 billion', 'money', 111e9, 'USD', { time: '2019', change: { direction: 'rose', marks: 'from' } }],
    ]),
    related: [report('b', 'Trade between the two countries reached $111bn in 2019.', [['$111bn', 'money', 111e9, 'USD', { time: '2019' }]])],
    expected: ['corroborated: open=$111 billion | b=$111bn', 'single: open=$227.8 billion'],
  },
  {
    name: 'one amount in two currencies in one passage is one figure, bridging reports in either currency',
    open: report(null, 'On Tuesday, the administration announced tariffs on $18bn (£14bn) of Chinese goods.', [
      ['$18bn', 'money', 18e9, 'USD'],
      ['£14bn', 'money', 14e9, 'GBP'],
    ]),
    related: [
      report('b', 'The new tariffs on £14bn of Chinese goods angered Beijing.', [['£14bn', 'money', 14e9, 'GBP']]),
      report('c', 'He would impose tariffs on $18 billion in Chinese goods.', [['$18 billion', 'money', 18e9, 'USD']]),
    ],
    expected: ['corroborated: open=$18bn | b=£14bn | c=$18 billion'],
  },
  {
    name: 'a conversion chain (rubles, yuan, dollars) never diverges with itself',
    open: report(null, '"The current bilateral trade volume is about 20 trillion rubles, or nearly 1.6 trillion yuan," Putin noted, equating to approximately $219.6 billion.', [
      ['about 20 trillion rubles', 'money', 20e12, 'RUB', { hedge: 'about' }],
      ['nearly 1.6 trillion yuan', 'money', 1.6e12, 'CNY', { hedge: 'nearly' }],
      ['approximately $219.6 billion', 'money', 219.6e9, 'USD', { hedge: 'about' }],
    ]),
    related: [],
    expected: ['single: open=about 20 trillion rubles'],
  },
  {
    name: 'different currencies are never compared without a same-passage conversion',
    open: report(null, 'The US announced tariffs on $18bn of Chinese goods.', [['$18bn', 'money', 18e9, 'USD']]),
    related: [report('b', 'The US announced tariffs on £14bn of Chinese goods.', [['£14bn', 'money', 14e9, 'GBP']])],
    expected: ['omitted: b=£14bn', 'single: open=$18bn'],
  },
  {
    name: 'different measures sharing a unit stay apart (tariffs vs trade)',
    open: report(null, 'Bilateral trade hit a record $240.1bn last year. The US imposes new tariffs on Chinese imports, affecting $18bn in goods.', [
      ['$240.1bn', 'money', 240.1e9, 'USD', { time: 'last year' }],
      ['$18bn', 'money', 18e9, 'USD'],
    ]),
    related: [
      report('b', 'Trade volume between the two countries reached $227.8 billion last year. Biden announced new tariff rates on $18 billion worth of Chinese imports.', [
        ['$227.8 billion', 'money', 227.8e9, 'USD', { time: 'last year' }],
        ['$18 billion', 'money', 18e9, 'USD'],
      ]),
    ],
    expected: ['diverging: open=$240.1bn | b=$227.8 billion', 'corroborated: open=$18bn | b=$18 billion'],
  },
  {
    name: 'undated counts of killed and injured stay apart; "120 others" injured is the injured count',
    open: report(null, 'The earthquake killed 45 people and injured 120 others in the province.', [
      ['45 people', 'count', 45, 'person'],
      ['120 others', 'count', 120, 'other'],
    ]),
    related: [
      report('b', 'At least 45 people were killed, and rescuers said 130 people were injured in the province.', [
        ['At least 45 people', 'count', 45, 'person', { hedge: 'at least' }],
        ['130 people', 'count', 130, 'person'],
      ]),
    ],
    expected: ['diverging: open=120 others | b=130 people', 'corroborated: open=45 people | b=At least 45 people'],
  },
  {
    name: 'counts of different things (killed vs injured) never diverge',
    open: report(null, 'The strike killed 12 people, the ministry said.', [['12 people', 'count', 12, 'person']]),
    related: [report('b', 'The strike injured 40 people, the ministry said.', [['40 people', 'count', 40, 'person']])],
    expected: ['omitted: b=40 people', 'single: open=12 people'],
  },
  {
    name: 'the same toll of the same event, different numbers: diverging',
    open: report(null, 'The earthquake killed 45 people in the mountain province, officials said.', [['45 people', 'count', 45, 'person']]),
    related: [report('b', 'The earthquake in the mountain province killed 52 people.', [['52 people', 'count', 52, 'person']])],
    expected: ['diverging: open=45 people | b=52 people'],
  },
  {
    name: 'two players\' points, each named next to its figure: two subjects, not a disagreement',
    open: report(null, 'In the win over Duke, guard Rahman scored 36 points in the second half.', [['36 points', 'count', 36, 'point']]),
    related: [report('b', 'In the win over Duke, guard Thompson scored 24 points in the second half.', [['24 points', 'count', 24, 'point']])],
    expected: ['omitted: b=24 points', 'single: open=36 points'],
  },
  {
    name: 'one player\'s points, named in both: diverging',
    open: report(null, 'In the win over Duke, guard Rahman scored 36 points in the second half.', [['36 points', 'count', 36, 'point']]),
    related: [report('b', 'In the win over Duke, guard Rahman scored 24 points in the second half.', [['24 points', 'count', 24, 'point']])],
    expected: ['diverging: open=36 points | b=24 points'],
  },
  {
    name: 'a player\'s rebounds and rebounds of a player the other sentence never names: whose is unknown, not diverging',
    open: report(null, 'In the win over Duke, guard Rahman finished with 16 rebounds in the second half.', [['16 rebounds', 'count', 16, 'rebound']]),
    related: [report('b', 'In the win over Duke, the guard, whose role has grown, finished with six rebounds in the second half.', [['six rebounds', 'count', 6, 'rebound']])],
    expected: ['omitted: b=six rebounds', 'single: open=16 rebounds'],
  },
  {
    name: 'a toll whose clause opens with the place it struck, against an unnamed one: still one toll, diverging',
    open: report(null, 'A powerful earthquake jolted the mountain province of Gansu today, killing 45 people.', [['45 people', 'count', 45, 'person']]),
    related: [report('b', 'The powerful earthquake in the mountain province killed 52 people today.', [['52 people', 'count', 52, 'person']])],
    expected: ['diverging: open=45 people | b=52 people'],
  },
  {
    name: 'a country and its people are one qualifier: "US customers" and "American customers", diverging',
    open: report(null, 'The breach exposed the personal data of 143 million US customers, the credit agency said.', [['143 million', 'count', 143e6, 'customer']]),
    related: [report('b', 'The breach exposed the personal data of 145.5 million American customers, the credit agency said.', [['145.5 million', 'count', 145.5e6, 'customer']])],
    expected: ['diverging: open=143 million US customers | b=145.5 million American customers'],
  },
  {
    name: 'customers of two countries are two counts: not diverging',
    open: report(null, 'The breach exposed the personal data of 143 million US customers, the credit agency said.', [['143 million', 'count', 143e6, 'customer']]),
    related: [report('b', 'The breach exposed the personal data of 145.5 million Canadian customers, the credit agency said.', [['145.5 million', 'count', 145.5e6, 'customer']])],
    expected: ['omitted: b=145.5 million Canadian customers', 'single: open=143 million US customers'],
  },
  {
    name: 'the agencies that report a toll are its sources, not two subjects: diverging',
    open: report(null, 'The earthquake in the mountain province killed 45 people, Reuters reported.', [['45 people', 'count', 45, 'person']]),
    related: [report('b', 'The earthquake in the mountain province killed 52 people, AP reported.', [['52 people', 'count', 52, 'person']])],
    expected: ['diverging: open=45 people | b=52 people'],
  },
  {
    name: 'a source named with "according to" is not a subject either: diverging',
    open: report(null, 'According to Reuters, the earthquake in the mountain province killed 45 people.', [['45 people', 'count', 45, 'person']]),
    related: [report('b', 'According to Xinhua, the earthquake in the mountain province killed 52 people.', [['52 people', 'count', 52, 'person']])],
    expected: ['diverging: open=45 people | b=52 people'],
  },
  {
    name: 'one shared word is not enough to call two counts one measure',
    open: report(null, 'Gunmen opened fire at the museum on Wednesday, killing at least 19 people.', [['19 people', 'count', 19, 'person', { hedge: 'at least' }]]),
    related: [report('b', 'Two crashes of the jet killed 346 people.', [['346 people', 'count', 346, 'person']])],
    expected: ['omitted: b=346 people', 'single: open=at least 19 people'],
  },
  {
    name: 'the same noun completed differently is another thing: "buyout of Instagram" vs "buyout of shareholders"',
    open: report(null, 'He personally brokered the $1 billion buyout of Instagram.', [['$1 billion', 'money', 1e9, 'USD']]),
    related: [report('b', 'SoftBank agreed to fund a $3 billion buyout of existing shareholders.', [['$3 billion', 'money', 3e9, 'USD']])],
    expected: ['omitted: b=$3 billion', 'single: open=$1 billion'],
  },
  {
    name: 'a price is not every price',
    open: report(null, 'The biggest knock against the console is its $500 price.', [['$500', 'money', 500, 'USD']]),
    related: [report('b', 'The average price of a new truck sold in October was $41,640.', [['$41,640', 'money', 41640, 'USD']])],
    expected: ['omitted: b=$41,640', 'single: open=$500'],
  },
  {
    name: '"rose to 5.1% in March from 4.9%": the "from" value is the previous one even without a change tag',
    open: report(null, 'Unemployment rose to 5.1% in March from 4.9%.', [
      ['5.1%', 'percent', 5.1, '%', { change: { direction: 'rose', marks: 'to' } }],
      ['4.9%', 'percent', 4.9, '%'],
    ]),
    related: [report('b', 'The unemployment rate was 5.1% in March, the statistics office said.', [['5.1%', 'percent', 5.1, '%']])],
    expected: ['corroborated: open=5.1% | b=5.1%', 'single: open=4.9%'],
  },
  {
    name: 'a precise value stated in several reports needs little context to align',
    open: report(null, 'The campaign cost the state roughly $449,000, according to the paper.', [['$449,000', 'money', 449000, 'USD', { hedge: 'about' }]]),
    related: [
      report('b', 'The state spends $449K on new anti-meth ad campaign.', [['$449K', 'money', 449000, 'USD']]),
      report('c', 'The state has paid the agency nearly $449,000 so far this year.', [['$449,000', 'money', 449000, 'USD', { hedge: 'nearly', time: 'this year' }]]),
    ],
    expected: ['corroborated: open=roughly $449,000 | b=$449K | c=nearly $449,000'],
  },
  {
    name: '"for the first time" is no figure',
    open: extracted(null, 'The band will tour together for the first time in decades.'),
    related: [extracted('b', 'It is the first time the four will tour together.')],
    expected: [],
  },
  {
    name: 'a qualifier narrows the measure: "43rd meeting" vs "fourth in-person meeting"',
    open: report(null, 'The visit to Beijing includes his 43rd meeting with Xi.', [['43rd meeting', 'ordinal', 43, 'meeting']]),
    related: [
      report('b', 'This visit marks the fourth in-person meeting between Xi and Putin since the onset of the conflict.', [['fourth in-person meeting', 'ordinal', 4, 'meeting']]),
    ],
    expected: ['omitted: b=fourth in-person meeting', 'single: open=43rd meeting'],
  },
  {
    name: 'different ordinals of one series are related figures, never a disagreement (two places in it)',
    open: report(null, 'The visit includes his 43rd meeting with Xi.', [['43rd meeting', 'ordinal', 43, 'meeting']]),
    related: [report('b', 'Analysts noted it was his 42nd meeting with Xi.', [['42nd meeting', 'ordinal', 42, 'meeting']])],
    expected: ['omitted: b=42nd meeting', 'single: open=43rd meeting'],
  },
  {
    name: 'durations: the noun after the figure is what is measured',
    open: report(null, 'Ahead of the two-day visit, Putin sought to portray Russia and China as united.', [['two-day', 'duration', 2, 'day']]),
    related: [
      report('b', "Putin's two-day state visit to China, invited by Xi, is his first foreign trip.", [['two-day', 'duration', 2, 'day']]),
      report('c', 'The three-day visit is packed with symbolic gestures.', [['three-day', 'duration', 3, 'day']]),
    ],
    expected: ['diverging: open=two-day | b=two-day | c=three-day'],
  },
  {
    name: '"75 years" and "75th anniversary" of relations agree',
    open: report(null, 'The leaders will commemorate 75 years of diplomatic relations between their countries.', [['75 years', 'duration', 75, 'year']]),
    related: [report('b', 'They sat down for a concert to mark the 75th anniversary of formal China-Russia relations.', [['75th anniversary', 'duration', 75, 'year']])],
    expected: ['corroborated: open=75 years | b=75th anniversary'],
  },
  {
    name: "'2023' and an unresolved 'last year' may be one time: they align only when the values agree",
    open: report(null, 'Bilateral trade hit $240.1bn last year.', [['$240.1bn', 'money', 240.1e9, 'USD', { time: 'last year' }]]),
    related: [
      report('b', 'Bilateral trade reached $240.1 billion in 2023.', [['$240.1 billion', 'money', 240.1e9, 'USD', { time: '2023' }]]),
      report('c', 'Bilateral trade reached $227.8 billion in 2023.', [['$227.8 billion', 'money', 227.8e9, 'USD', { time: '2023' }]]),
    ],
    // b and c (both 2023) certainly disagree; the open figure's "last year" may or may not be 2023, and it
    // disagrees with c: it is kept apart rather than risk a wrong flag.
    expected: ['diverging: b=$240.1 billion | c=$227.8 billion', 'single: open=$240.1bn'],
  },
  {
    name: 'a figure repeated in one report (standfirst and body) is one mention',
    open: report(null, 'Putin visits China, commemorating 75 years of diplomatic relations.\n\nThe leaders will commemorate 75 years of diplomatic relations with a gala.', [
      ['75 years', 'duration', 75, 'year'],
      ['75 years', 'duration', 75, 'year'],
    ]),
    related: [],
    expected: ['single: open=75 years'],
  },
  {
    name: '"the two countries" is a reference, not a figure',
    open: extracted(null, 'Trade between the two countries grew.'),
    related: [extracted('b', 'Relations between the two countries are warm.')],
    expected: [],
  },
  {
    name: '"third countries" is no position in a series',
    open: extracted(null, 'Goods reach Russia via third countries.'),
    related: [extracted('b', 'Goods are reaching Russia from China via third countries.')],
    expected: [],
  },
  {
    // Tolls are first given as floors: the next day's higher count, under another noun, raises the floor.
    name: 'a death floor raised the next day under another noun ("fatalities"): updated',
    open: { ...extracted(null, 'At least 15 people were killed when the express train derailed near the station, and 40 others were injured.'), published: '2023-08-06' },
    related: [{ ...extracted('b', 'The express train derailment near the station resulted in over 30 fatalities and left 130 people injured.'), published: '2023-08-07' }],
    // The injured count is each report's only one, raised the next day: one more update (readTallyRaise).
    expected: ['updated: open=At least 15 people | b=over 30 fatalities', 'updated: open=40 | b=130 people'],
  },
  {
    // "over 30 fatalities" stands in the sentence of 130 injured and agrees with 40 by its open end: a death
    // count is no witness that 40 and 130 injured are two measures.
    name: 'an injured count revised the next day ("40 others" -> 130 people), beside a death floor',
    open: { ...extracted(null, 'At least 15 people were killed and 40 others were injured when the express train derailed near the station.'), published: '2023-08-06' },
    related: [{ ...extracted('b', 'The express train derailment near the station resulted in over 30 fatalities and left 130 people injured.'), published: '2023-08-07' }],
    expected: ['updated: open=40 | b=130 people', 'omitted: b=over 30 fatalities', 'single: open=At least 15 people'],
  },
  {
    // Reports of an evolving story share little but the casualty word: each report's main tally, raised days later,
    // needs one piece of evidence (readTallyRaise); the same counts the same day stay a disagreement to prove.
    name: 'a death toll raised four days later, sharing only its casualty word: updated',
    open: { ...extracted(null, 'At least 381 people dead and 1,801 injured as the strong quake rocked the province.'), published: '2014-08-04' },
    related: [{ ...extracted('b', 'As of 7 Aug, 615 people had been killed by the quake, 3,143 had been injured and 114 were still missing.'), published: '2014-08-08' }],
    expected: ['updated: open=At least 381 people | b=615 people', 'updated: open=1,801 | b=3,143', 'omitted: b=114'],
  },
  {
    name: 'the same counts in reports of one day: not linked on the casualty word alone',
    open: { ...extracted(null, 'At least 381 people dead and 1,801 injured as the strong quake rocked the province.'), published: '2014-08-04' },
    related: [{ ...extracted('b', 'As of 7 Aug, 615 people had been killed by the quake, 3,143 had been injured and 114 were still missing.'), published: '2014-08-04' }],
    expected: ['diverging: open=1,801 | b=3,143', 'omitted: b=615 people', 'omitted: b=114', 'single: open=At least 381 people'],
  },
  {
    // A count below its report's larger count of the same casualty is a part (one town's), not the running tally.
    name: 'a part of a report\'s toll is not raised into a later total',
    open: { ...extracted(null, 'At least 381 people dead and 1,801 injured as the strong quake rocked the province. In one town, 40 people dead were counted by rescuers.'), published: '2014-08-04' },
    related: [{ ...extracted('b', 'As of 7 Aug, 615 people had been killed by the quake, 3,143 had been injured and 114 were still missing.'), published: '2014-08-08' }],
    expected: ['updated: open=At least 381 people | b=615 people', 'updated: open=1,801 | b=3,143', 'omitted: b=114', 'single: open=40 people'],
  },
  {
    // An undated report giving the latest value repeats no replaced value: the update holds (revisionsHold).
    name: 'a floor raised the next day, and an undated report of the new count: updated, the undated one last',
    open: { ...extracted(null, 'A gunman killed more than 50 people at the concert, police said.'), published: '2017-10-02' },
    related: [
      { ...extracted('b', 'The gunman killed 59 people at the concert, police said.'), published: '2017-10-03' },
      extracted('c', 'The gunman killed 59 people at the concert, police said on Tuesday.'),
    ],
    expected: ['updated: open=more than 50 people | b=59 people | c=59 people'],
  },
  {
    // An undated report of the old floor may have been written after the new count: no guess, a disagreement shown as such.
    name: 'a floor raised the next day, and an undated report of the old floor: diverging',
    open: { ...extracted(null, 'A gunman killed more than 50 people at the concert, police said.'), published: '2017-10-02' },
    related: [
      { ...extracted('b', 'The gunman killed 59 people at the concert, police said.'), published: '2017-10-03' },
      extracted('c', 'The gunman killed more than 50 people at the concert, police said on Tuesday.'),
    ],
    expected: ['diverging: open=more than 50 people | b=59 people | c=more than 50 people'],
  },
  {
    // "claimed 105 lives" counts deaths; a total that includes another province's dead is a floor the next day's
    // count for one province falls below: another scope, never its revision.
    name: 'lives claimed then a higher toll of the same province the next day: updated; a floor of the whole is not revised below',
    open: { ...extracted(null, 'As of 10 am, the earthquake had claimed 105 lives in the province of Gansu, officials said. The quake has killed at least 118 people, including 13 in the neighbouring province.'), published: '2023-12-19' },
    related: [{ ...extracted('b', 'By Tuesday afternoon, a total of 113 people were confirmed dead in Gansu after the earthquake.'), published: '2023-12-20' }],
    expected: ['updated: open=105 | b=113 people', 'single: open=at least 118 people', 'single: open=13'],
  },

];

describe('alignFigures: table', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(view(alignFigures(c.open, c.related))).toEqual(c.expected);
  });
});

describe('alignFigures: times of undated reports', () => {
  it("reads an undated related report's 'last year' from the open article's date", () => {
    const open: FigureSource = { reportId: null, text: 'Bilateral trade between the two nations hit a record $240.1bn last year.', published: '2024-05-16' };
    const related: FigureSource[] = [{ reportId: 'b', text: 'Putin said trade volume between the two countries reached $227.8 billion last year.' }];
    const groups = alignFigures(open, related);
    expect(view(groups)).toEqual(['diverging: open=$240.1bn | b=$227.8 billion']);
    expect(groups[0]!.measure).toBe('bilateral trade, 2023');
  });

  it('never aligns explicit different years, dated or not', () => {
    const open: FigureSource = { reportId: null, text: 'Bilateral trade hit a record $240.1bn last year.', published: '2024-05-16' };
    const related: FigureSource[] = [{ reportId: 'b', text: 'Bilateral trade reached $227.8 billion in 2022.' }];
    expect(alignFigures(open, related).map((g) => g.status)).toEqual(['omitted', 'single']);
  });
});

describe('alignFigures: a further happening of its kind days on is another event', () => {
  const open: FigureSource = { reportId: null, text: 'A powerful earthquake struck western Afghanistan on Saturday. The earthquake killed at least 14 people in Herat province, officials said.', published: '2023-10-07' };
  it('"another earthquake" on Wednesday: its toll is not an update of Saturday\'s, nor are their floors one', () => {
    const later: FigureSource = { reportId: 'b', text: 'Another powerful earthquake struck western Afghanistan on Wednesday. The earthquake killed at least 20 people in Herat province, officials said.', published: '2023-10-11' };
    expect(view(alignFigures(open, [later]))).toEqual(['omitted: b=at least 20 people', 'single: open=at least 14 people']);
  });
  it('the same earthquake reported days on: an update', () => {
    const later: FigureSource = { reportId: 'b', text: 'A powerful earthquake struck western Afghanistan on Saturday. The earthquake killed 2,000 people in Herat province, officials said.', published: '2023-10-11' };
    expect(view(alignFigures(open, [later]))).toEqual(['updated: open=at least 14 people | b=2,000 people']);
  });
});

describe('alignFigures: another storm\'s figures, given for context, are no revision', () => {
  const open: FigureSource = { reportId: null, text: 'Hurricane Iota made landfall in Nicaragua on Monday. Iota killed at least 16 people. Hurricane Eta killed more than 130 people in the region two weeks ago.', published: '2020-11-17' };
  it('"more than 130" then "Eta killed 150 ... before Iota made landfall": not an update of the story\'s toll', () => {
    const later: FigureSource = { reportId: 'b', text: 'Iota killed at least 19 people. Officials said Eta killed 150 people in the region before Iota made landfall.', published: '2020-11-19' };
    const groups = view(alignFigures(open, [later]));
    expect(groups).toContain('single: open=more than 130 people');
    expect(groups).toContain('omitted: b=150 people');
  });
  it('the same figure of the other storm still agrees', () => {
    const later: FigureSource = { reportId: 'b', text: 'Iota killed at least 19 people. More than 130 people were killed by Eta.', published: '2020-11-19' };
    expect(view(alignFigures(open, [later]))).toContain('corroborated: open=more than 130 people | b=More than 130 people');
  });
});

describe('alignFigures: status from the open article\'s point of view', () => {
  // Rule table: who has the measure -> status.
  const trade = (id: string | null, value: string, v: number) =>
    report(id, `Bilateral trade hit a record ${value} last year.`, [[value, 'money', v, 'USD', { time: 'last year' }]]);
  const none = (id: string) => report(id, 'Nothing measurable here.', []);
  const ROWS: Array<[string, FigureSource, FigureSource[], FigureStatus]> = [
    ['open and a related report agree -> corroborated', trade(null, '$240.1bn', 240.1e9), [trade('b', '$240.1bn', 240.1e9)], 'corroborated'],
    ['open and a related report disagree -> diverging', trade(null, '$240.1bn', 240.1e9), [trade('b', '$227.8bn', 227.8e9)], 'diverging'],
    ['only the open article -> single', trade(null, '$240.1bn', 240.1e9), [none('b')], 'single'],
    ['one related report, not the open article -> omitted', report(null, 'Nothing measurable here.', []), [trade('b', '$240.1bn', 240.1e9)], 'omitted'],
    ['two related reports agree, not the open article -> omitted', report(null, 'Nothing.', []), [trade('b', '$240.1bn', 240.1e9), trade('c', '$240.1bn', 240.1e9)], 'omitted'],
    ['two related reports disagree, not the open article -> diverging', report(null, 'Nothing.', []), [trade('b', '$240.1bn', 240.1e9), trade('c', '$227.8bn', 227.8e9)], 'diverging'],
  ];
  it.each(ROWS)('%s', (_name, open, related, status) => {
    const groups = alignFigures(open, related);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.status).toBe(status);
  });
});

describe('alignFigures: groups', () => {
  const open = report(null, 'Bilateral trade hit a record $240.1bn last year. The strike killed 12 people.', [
    ['$240.1bn', 'money', 240.1e9, 'USD', { time: 'last year' }],
    ['12 people', 'count', 12, 'person'],
  ]);
  const b = report('b', 'Tariffs were imposed on $18bn of goods. Trade volume between the two countries reached $227.8 billion last year.', [
    ['$18bn', 'money', 18e9, 'USD'],
    ['$227.8 billion', 'money', 227.8e9, 'USD', { time: 'last year' }],
  ]);
  const c = report('c', 'He imposed tariffs on $18 billion of Chinese goods. The strike killed 12 people.', [
    ['$18 billion', 'money', 18e9, 'USD'],
    ['12 people', 'count', 12, 'person'],
  ]);
  const groups = alignFigures(open, [b, c]);

  it('orders diverging, corroborated, omitted, single', () => {
    expect(groups.map((g) => g.status)).toEqual(['diverging', 'corroborated', 'omitted']);
  });

  it('gives the largest gap of a diverging group, in percent of the larger value', () => {
    expect(groups[0]!.gapPercent).toBe(5.1);
    expect(groups[1]!.gapPercent).toBeUndefined();
  });

  it('labels the measure with its time', () => {
    expect(groups[0]!.measure).toBe('bilateral trade, last year');
    expect(groups[2]!.measure).toMatch(/goods/);
  });

  it('gives each mention its offsets, sentence and quote in its own report', () => {
    const m = groups[0]!.mentions[1]!;
    expect(m).toMatchObject({ reportId: 'b', text: '$227.8 billion', value: 227.8e9, unit: 'USD' });
    expect(b.text.slice(m.start, m.end)).toBe('$227.8 billion');
    expect(m.quote).toBe('Trade volume between the two countries reached $227.8 billion last year.');
    expect(b.text.slice(m.sentence![0], m.sentence![1])).toBe(m.quote);
    const o = groups[0]!.mentions[0]!;
    expect(o.reportId).toBeNull();
    expect(o.quote).toBe('Bilateral trade hit a record $240.1bn last year.');
  });

  it('puts the open article first in a group', () => {
    expect(groups[1]!.mentions.map((m) => m.reportId)).toEqual([null, 'c']);
  });

  it('is pure: the same input gives the same output', () => {
    expect(alignFigures(open, [b, c])).toEqual(groups);
  });
});

describe('alignFigures: a group is named by what it measures', () => {
  // Sentences as two reports wrote them (s77, s78 of tests/fixtures/stories): their own words label the counts
  // only "people" ("people confirmed"), while every count in the group is one of deaths, or of the missing.
  const label = (a: string, b: string): string | undefined =>
    alignFigures({ reportId: null, text: a, published: '2020-11-19' }, [{ reportId: 'b', text: b, published: '2020-11-20' }]).find((g) => g.mentions.length === 2)?.measure;

  it('deaths, where the words say only "people confirmed"', () => {
    expect(label('The vice president said 16 were dead, up from six on Tuesday.', 'A total of 18 people have been confirmed dead in the country.')).toBe('deaths');
  });

  it('the missing, where the words say only "people"', () => {
    expect(label('Divers searched the ship for 215 people who remain missing.', 'The death toll increased to 159, with 143 still missing, officials said.')).toBe('people missing');
  });

  it('a magnitude is called so, not by the event its words name', () => {
    expect(label('A 7.9-magnitude earthquake shook Nepal\'s capital on Saturday.', 'A 7.8-magnitude earthquake shook Nepal\'s capital on Saturday.')).toBe('magnitude');
  });

  it('but an aftershock\'s magnitude keeps its name', () => {
    const groups = alignFigures({ reportId: null, text: 'A 7.8-magnitude earthquake struck on Monday, followed by a 6.4-magnitude aftershock.', published: '2020-11-19' }, [
      { reportId: 'b', text: 'The 7.9-magnitude quake was followed hours later by a 6.3-magnitude aftershock.', published: '2020-11-20' },
    ]);
    expect(groups.filter((g) => g.mentions.length === 2).map((g) => g.measure).sort()).toEqual(['aftershock', 'magnitude']);
  });

  it('a toll of the dead or missing is not called deaths', () => {
    expect(label('Some 40 people are dead or missing after the landslide.', 'At least 45 people are dead or missing after the landslide.')).toBe('people dead or missing');
  });

  it('keeps a label that says more than "people"', () => {
    expect(label('At least 45 people were killed in the attack.', 'The attack killed 52 people, officials said.')).toMatch(/killed/);
  });
});

describe('alignFigures: bounded mentions', () => {
  it(`quotes a sentence longer than ${MAX_QUOTE_TEXT} characters by a window holding the figure`, () => {
    const before = 'Officials from both governments, speaking on condition of anonymity because they were not authorised to discuss the talks, ';
    const after = ', a figure that several analysts in Moscow, Beijing and elsewhere described as remarkable given the sanctions imposed since the invasion of Ukraine began more than two years ago';
    const text = `${before.repeat(3)}said bilateral trade hit a record $240.1bn last year${after.repeat(2)}.`;
    const open = report(null, text, [['$240.1bn', 'money', 240.1e9, 'USD', { time: 'last year' }]]);
    const [g] = alignFigures(open, []);
    const m = g!.mentions[0]!;
    expect(m.sentence).toEqual([0, text.length]);
    expect(m.quote!.length).toBeLessThanOrEqual(MAX_QUOTE_TEXT);
    expect(m.quote).toContain('bilateral trade hit a record $240.1bn last year');
    expect(text.includes(m.quote!)).toBe(true);
    expect(m.quote).toMatch(/^\S.*\S$/);
    // Whole words at both ends.
    const at = text.indexOf(m.quote!);
    expect(/\s/.test(text[at - 1]!)).toBe(true);
    expect(/[\s.]/.test(text[at + m.quote!.length]!)).toBe(true);
  });

  it('quotes from the sentence start when the figure is near it', () => {
    const text = `Trade hit $240.1bn last year, ${'said officials who asked not to be named '.repeat(12)}.`;
    const [g] = alignFigures(report(null, text, [['$240.1bn', 'money', 240.1e9, 'USD']]), []);
    const m = g!.mentions[0]!;
    expect(m.quote!.startsWith('Trade hit $240.1bn')).toBe(true);
    expect(m.quote!.indexOf(m.text)).toBe(m.start - m.sentence![0]);
  });

  it(`leaves out figures longer than ${MAX_MENTION_TEXT} characters`, () => {
    const long = '9'.repeat(150);
    const text = `Trade hit ${long} dollars and $5bn.`;
    const groups = alignFigures(report(null, text, [[long, 'money', 1e20, 'USD'], ['$5bn', 'money', 5e9, 'USD']]), []);
    expect(groups.map((g) => g.mentions[0]!.text)).toEqual(['$5bn']);
  });

  it('prepares a corpus report again when its text changed under the same id', () => {
    const open = { reportId: null, text: 'Bilateral trade hit a record $240.1bn last year.' };
    const v1 = { reportId: 'x', text: 'Bilateral trade reached $227.8bn last year.' };
    const v2 = { reportId: 'x', text: 'Bilateral trade reached $240.1bn last year.' };
    expect(v1.text.length).toBe(v2.text.length);
    expect(alignFigures(open, [v1])[0]!.status).toBe('diverging');
    expect(alignFigures(open, [v2])[0]!.status).toBe('corroborated');
    expect(alignFigures(open, [v1])[0]!.status).toBe('diverging');
  });
});

describe('the country a report is about is no narrowing of its counts', () => {
  const union: FigureSource = { reportId: null, text: 'Strikes grip France. More than 2 million people demonstrated in France against the pension reform on Thursday, the CGT union said.', published: '2023-01-19' };
  const ministry: FigureSource = { reportId: 'b', text: 'France braces for more strikes. About 1.12 million people demonstrated against the pension reform on Thursday, the Interior Ministry said.', published: '2023-01-19' };
  const paris: FigureSource = { reportId: null, text: 'Strikes grip France. About 400,000 people demonstrated in Paris against the pension reform on Thursday, the CGT union said.', published: '2023-01-19' };
  it('"2 million demonstrated in France" and "1.12 million demonstrated" in a report about France are rival counts of one crowd', () => {
    const g = alignFigures(union, [ministry]).find((x) => x.mentions.length === 2);
    expect(g?.status).toBe('diverging');
  });
  it('a city of that country still narrows: 400,000 in Paris is not the 1.12 million nationwide', () => {
    expect(alignFigures(paris, [ministry]).filter((x) => x.mentions.length === 2)).toEqual([]);
  });
});
