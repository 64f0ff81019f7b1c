import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractFigures, MAX_NUMERAL_DIGITS, type RejectReason } from '../../src/core/figures/extract/extract-figures.ts';
import { tokenizeFigureText } from '../../src/core/figures/extract/tokenize-figure-text.ts';
import type { Figure } from '../../src/core/types.ts';

/** Tables write a change as its words ("rose to", "from"): the FigureChange read back as words. */
type Expected = Pick<Figure, 'text' | 'value' | 'unit' | 'kind'> & Partial<Pick<Figure, 'hedge' | 'time' | 'max'>> & { change?: string };
const changeWords = (c: Figure['change']): string | undefined => (c ? [c.direction, c.marks].filter(Boolean).join(' ') : undefined);

/** Every field that matters, with absent optional fields as undefined so toEqual also checks them. */
const project = (f: Figure): Expected => ({
  text: f.text, value: f.value, unit: f.unit, kind: f.kind, hedge: f.hedge, time: f.time, change: changeWords(f.change), max: f.max,
});
const figures = (text: string, published?: string) => extractFigures(text, published ? { published } : {}).map(project);
const fig = (text: string, value: number, unit: string, kind: Figure['kind'], extra: Partial<Expected> = {}): Expected => ({
  text, value, unit, kind, hedge: undefined, time: undefined, change: undefined, max: undefined, ...extra,
});

const PUBLISHED = '2024-05-16';

describe('extractFigures: the seed reports', () => {
  test.each<[string, string, Expected[]]>([
    ['000', 'Bilateral trade between the two nations hit a record $240.1bn last year, with signs of more goods.', [
      fig('$240.1bn', 240.1e9, 'USD', 'money', { time: '2023' }),
    ]],
    ['000', 'Russia’s offensive in Ukraine’s Kharkiv region, which has displaced nearly 8,000 people.', [
      fig('8,000', 8000, 'person', 'count', { hedge: 'nearly' }),
    ]],
    ['000', 'This visit comes as the US imposes new tariffs on Chinese imports, affecting $18bn in goods, including a 100% tariff on Chinese-made electric vehicles.', [
      fig('$18bn', 18e9, 'USD', 'money'),
      fig('100%', 100, '%', 'percent'),
    ]],
    ['001', 'Analysts expect Putin to discuss how to circumvent these sanctions during his visit to Beijing, which includes his 43rd meeting with Xi.', [
      fig('43rd', 43, 'meeting', 'ordinal'),
    ]],
    ['001', 'Ahead of the two-day visit, Putin sought to portray Russia and China as united.', [
      fig('two-day', 2, 'day', 'duration'),
    ]],
    ['001', 'Biden’s announcement Tuesday that he would impose tariffs on $18 billion in Chinese goods was his most significant trade action.', [
      fig('$18 billion', 18e9, 'USD', 'money'),
    ]],
    ['002', 'Russian President Putin visits China to deepen ties, discussing trade, security, and commemorating 75 years of diplomatic relations.', [
      fig('75 years', 75, 'year', 'duration'),
    ]],
    ['002', "Russian President Vladimir Putin's arrival in China for a two-day state visit signals a deepening of relations.", [
      fig('two-day', 2, 'day', 'duration'),
    ]],
    ['002', 'This visit marks the fourth in-person meeting between Xi and Putin since the onset of the Russia-Ukraine conflict.', [
      fig('fourth', 4, 'meeting', 'ordinal'),
    ]],
    ['002', "This visit holds symbolic significance as it marks Putin's first overseas trip since beginning his new term.", [
      fig('first', 1, 'trip', 'ordinal'),
    ]],
    ['003', 'On Tuesday, the Biden administration announced tariffs on $18bn (£14bn) of Chinese goods, angering Beijing.', [
      fig('$18bn', 18e9, 'USD', 'money'),
      fig('£14bn', 14e9, 'GBP', 'money'),
    ]],
    ['003', 'The two leaders sat down for a celebratory concert to mark the 75th anniversary of formal China-Russia relations.', [
      fig('75th', 75, 'year', 'duration'),
    ]],
    ['003', 'Vladimir Putin met Xi Jinping in Beijing on his first foreign trip since being inaugurated for a new term.', [
      fig('first', 1, 'trip', 'ordinal'),
    ]],
    ['003', 'Last year, bilateral trade hit a record $240.1bn, and there are signs that even more goods are reaching Russia.', [
      fig('$240.1bn', 240.1e9, 'USD', 'money', { time: '2023' }),
    ]],
    ['003', 'Western observers say China’s support for Russia has been a lifeline since February 2022.', []],
    ['004', 'Putin’s two-day state visit to China, invited by Xi, is his first foreign trip since beginning his fifth term in office last week.', [
      fig('two-day', 2, 'day', 'duration'),
      fig('first', 1, 'trip', 'ordinal'),
      fig('fifth', 5, 'term', 'ordinal'),
    ]],
    ['004', 'Putin highlighted that trade volume between the two countries reached $227.8 billion last year, up from $111 billion in 2019.', [
      fig('$227.8 billion', 227.8e9, 'USD', 'money', { time: '2023' }),
      fig('$111 billion', 111e9, 'USD', 'money', { change: 'rose from', time: '2019' }),
    ]],
    ['004', '“The current bilateral trade volume is about 20 trillion rubles, or nearly 1.6 trillion yuan,” Putin noted, equating to approximately $219.6 billion.', [
      fig('20 trillion rubles', 20e12, 'RUB', 'money', { hedge: 'about' }),
      fig('1.6 trillion yuan', 1.6e12, 'CNY', 'money', { hedge: 'nearly' }),
      fig('$219.6 billion', 219.6e9, 'USD', 'money', { hedge: 'about' }),
    ]],
    ['004', 'U.S. President Joe Biden recently announced new tariff rates on $18 billion worth of Chinese imports.', [
      fig('$18 billion', 18e9, 'USD', 'money'),
    ]],
  ])('seed %s: %s', (_seed, text, expected) => {
    expect(figures(text, PUBLISHED)).toEqual(expected);
  });

  test('the money figures of seed 004, read from the file', () => {
    const text = readFileSync(resolve(import.meta.dirname, '../../seeds/004_f783c34e8abe1316.txt'), 'utf8');
    const money = extractFigures(text, { published: PUBLISHED }).filter((f) => f.kind === 'money');
    expect(money.map((f) => [f.text, f.value, f.unit, f.time ?? null])).toEqual([
      ['$227.8 billion', 227.8e9, 'USD', '2023'],
      ['$111 billion', 111e9, 'USD', '2019'],
      ['20 trillion rubles', 20e12, 'RUB', null],
      ['1.6 trillion yuan', 1.6e12, 'CNY', null],
      ['$219.6 billion', 219.6e9, 'USD', null],
      ['$18 billion', 18e9, 'USD', null],
    ]);
  });
});

describe('extractFigures: kinds, units and values', () => {
  test.each<[string, Expected[]]>([
    // A function word in capitals before a lower-case noun is an acronym: "US customers", not the pronoun "us".
    ['It affected 143 million US customers.', [fig('143 million', 143e6, 'customer', 'count')]],
    ['told 50 of us about it', [fig('50', 50, '', 'number')]],
    // Money
    ['It costs USD 200.', [fig('USD 200', 200, 'USD', 'money')]],
    ['He has €10M saved.', [fig('€10M', 10e6, 'EUR', 'money')]],
    ['part of $ 1 billion in costs', [fig('$ 1 billion', 1e9, 'USD', 'money')]],
    ['a fine of 5 million dollars', [fig('5 million dollars', 5e6, 'USD', 'money')]],
    ['a budget of Rs 500 crore', [fig('Rs 500 crore', 5e9, 'INR', 'money')]],
    ['shares fell 34 cents', [fig('34 cents', 0.34, 'USD', 'money', { change: 'fell by' })]],
    ['a loan of 125 million Australian dollars', [fig('125 million Australian dollars', 125e6, 'AUD', 'money')]],
    ['a deal worth HK$10.05 billion', [fig('HK$10.05 billion', 10.05e9, 'HKD', 'money')]],
    ['five million yen', [fig('five million yen', 5e6, 'JPY', 'money')]],
    ['I spent 20 million pounds on this', [fig('20 million pounds', 20e6, 'GBP', 'money')]],
    ['a $10-12 billion deal', [fig('$10-12 billion', 10e9, 'USD', 'money', { max: 12e9 })]],
    ['buying ATI for US $5.4-billion yesterday', [fig('$5.4-billion', 5.4e9, 'USD', 'money')]],
    ['a $2-million fine', [fig('$2-million', 2e6, 'USD', 'money')]],
    ['a $5-bn deal', [fig('$5-bn', 5e9, 'USD', 'money')]],
    ['a $5-mn fine', [fig('$5-mn', 5e6, 'USD', 'money')]],
    ['a 5-m wall: a single letter is a unit, not a scale', [fig('5-m', 5, 'm', 'quantity')]],
    // Percent
    ['a rate of 5.1 percent', [fig('5.1 percent', 5.1, '%', 'percent')]],
    ['growth of 5.1 percent', [fig('5.1 percent', 5.1, '%', 'percent', { change: 'rose by' })]],
    ['five per cent of voters', [fig('five per cent', 5, '%', 'percent')]],
    ['a rise of 0.25 percentage points', [fig('0.25 percentage points', 0.25, 'pp', 'percent', { change: 'rose by' })]],
    ['between 50 and 80%', [fig('50 and 80%', 50, '%', 'percent', { max: 80 })]],
    // Counts
    ['Russia has 128 seats.', [fig('128', 128, 'seat', 'count')]],
    ['Emirates ordered 30 Boeing 787 jets.', [fig('30', 30, 'jet', 'count')]],
    ['a 450-seat parliament', [fig('450', 450, 'seat', 'count')]],
    ['The outbreak has resulted in 10 human cases and 46 animal cases.', [fig('10', 10, 'case', 'count'), fig('46', 46, 'case', 'count')]],
    ['a million or more Uighurs', [fig('a million', 1e6, 'uighur', 'count', { hedge: 'at least' })]],
    ['I bought a dozen eggs', [fig('a dozen', 12, 'egg', 'count')]],
    // Spelled-out numbers
    ['two hundred and six', [fig('two hundred and six', 206, '', 'number')]],
    ['half a million', [fig('half a million', 500000, '', 'number')]],
    ['two and a half million people', [fig('two and a half million', 2.5e6, 'person', 'count')]],
    ['twenty-one trillion', [fig('twenty-one trillion', 21e12, '', 'number')]],
    // Ordinals
    ['her twenty-first birthday party', [fig('twenty-first', 21, 'year', 'age')]],
    ['the third-largest private-sector employer', [fig('third', 3, 'employer', 'ordinal')]],
    ['the second visit Putin has made', [fig('second', 2, 'visit', 'ordinal')]],
    // Durations and ages
    ['a 45-year-old man', [fig('45-year-old', 45, 'year', 'age')]],
    ['When she was five years old', [fig('five years old', 5, 'year', 'age')]],
    ['Parata, 75, has overseen more', [fig('75', 75, 'year', 'age')]],
    ['the 180-day cruise', [fig('180-day', 180, 'day', 'duration')]],
    ['after three months of tests', [fig('three months', 3, 'month', 'duration')]],
    // Quantities
    ['a magnitude 8.9 earthquake', [fig('magnitude 8.9', 8.9, 'magnitude', 'quantity')]],
    ['a magnitude-7.8 quake', [fig('magnitude-7.8', 7.8, 'magnitude', 'quantity')]],
    ['It lies 10 km away', [fig('10 km', 10, 'km', 'quantity')]],
    ['It weighs 5 kg', [fig('5 kg', 5, 'kg', 'quantity')]],
    ['It was 30 degrees', [fig('30 degrees', 30, '°', 'quantity')]],
    ['highs of 45 degrees Celsius', [fig('45 degrees Celsius', 45, '°C', 'quantity')]],
    ['a 2.5-mile stretch', [fig('2.5-mile', 2.5, 'mile', 'quantity')]],
    ['500,000 barrels a day', [fig('500,000 barrels a day', 500000, 'barrel/day', 'quantity')]],
    ['winds of 55 mph (88.5 kph)', [fig('55 mph', 55, 'mph', 'quantity'), fig('88.5 kph', 88.5, 'km/h', 'quantity')]],
    ['The baby weighs two pounds', [fig('two pounds', 2, 'lb', 'quantity')]],
    ['The catch is capped at 29.4 million pounds', [fig('29.4 million pounds', 29.4e6, 'lb', 'quantity')]],
    ['Operating profit improved to 361 million pounds', [fig('361 million pounds', 361e6, 'GBP', 'money', { change: 'rose to' })]],
    ['Two gunmen died', [fig('Two', 2, 'gunman', 'count')]],
    // Ranges
    ['10 to 12 people', [fig('10 to 12', 10, 'person', 'count', { max: 12 })]],
    ['10-12 people', [fig('10-12', 10, 'person', 'count', { max: 12 })]],
    ['between 5 and 7 million people', [fig('5 and 7 million', 5e6, 'person', 'count', { max: 7e6 })]],
    ['walls eight to 10 feet tall', [fig('eight to 10 feet', 8, 'ft', 'quantity', { max: 10 })]],
    ['two or three days', [fig('two or three days', 2, 'day', 'duration', { max: 3 })]],
  ])('%s', (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
});

describe('extractFigures: hedges, change words and time', () => {
  test.each<[string, Expected[]]>([
    ['about 300 people', [fig('300', 300, 'person', 'count', { hedge: 'about' })]],
    ['around 300 people', [fig('300', 300, 'person', 'count', { hedge: 'about' })]],
    ['roughly $449,000', [fig('$449,000', 449000, 'USD', 'money', { hedge: 'about' })]],
    ['approximately 3 km', [fig('3 km', 3, 'km', 'quantity', { hedge: 'about' })]],
    ['almost $6 million', [fig('$6 million', 6e6, 'USD', 'money', { hedge: 'nearly' })]],
    ['at least 20 apples', [fig('20', 20, 'apple', 'count', { hedge: 'at least' })]],
    ['more than 200 people', [fig('200', 200, 'person', 'count', { hedge: 'more than' })]],
    ['over 130 titles', [fig('130', 130, 'title', 'count', { hedge: 'more than' })]],
    ['up to 700 contract workers', [fig('700', 700, 'worker', 'count', { hedge: 'up to' })]],
    ['less than 5%', [fig('5%', 5, '%', 'percent', { hedge: 'less than' })]],
    ['fewer than 10 cases', [fig('10', 10, 'case', 'count', { hedge: 'less than' })]],
    ['no more than 50 seats', [fig('50', 50, 'seat', 'count', { hedge: 'at most' })]],
    ['over three years', [fig('three years', 3, 'year', 'duration')]],
    ['Exports rose 9 per cent to $165 million.', [
      fig('9 per cent', 9, '%', 'percent', { change: 'rose by' }),
      fig('$165 million', 165e6, 'USD', 'money', { change: 'rose to' }),
    ]],
    ['Sales fell to 5%, down from 6.2 percent a year earlier.', [
      fig('5%', 5, '%', 'percent', { change: 'fell to' }),
      fig('6.2 percent', 6.2, '%', 'percent', { change: 'fell from' }),
    ]],
    ['Output increased by 4 percent.', [fig('4 percent', 4, '%', 'percent', { change: 'rose by' })]],
    ['Its valuation was slashed from $47 billion to $8 billion.', [
      fig('$47 billion', 47e9, 'USD', 'money', { change: 'fell from' }),
      fig('$8 billion', 8e9, 'USD', 'money', { change: 'fell to' }),
    ]],
    ['The company raised $5 billion.', [fig('$5 billion', 5e9, 'USD', 'money')]],
    ['It racked up more than $6 million in sales.', [fig('$6 million', 6e6, 'USD', 'money', { hedge: 'more than' })]],
    ['Shares were up $2 and the index was down 3%.', [
      fig('$2', 2, 'USD', 'money', { change: 'rose by' }),
      fig('3%', 3, '%', 'percent', { change: 'fell by' }),
    ]],
    ['Its order was cut down by 30 to 126 jets.', [
      fig('30', 30, '', 'number', { change: 'fell by' }),
      fig('126', 126, 'jet', 'count', { change: 'fell to' }),
    ]],
    ['Exports reached $111 billion in 2019.', [fig('$111 billion', 111e9, 'USD', 'money', { time: '2019' })]],
    ['In 2016, the rate was 3.8 percent.', [fig('3.8 percent', 3.8, '%', 'percent', { time: '2016' })]],
    ['It will cost $390 billion next year.', [fig('$390 billion', 390e9, 'USD', 'money', { time: '2025' })]],
    ['This year it was 12 percent.', [fig('12 percent', 12, '%', 'percent', { time: '2024' })]],
    ['It was the first time since 2012.', []],
    // Hedges just below or above the number.
    ['just short of $449,000', [fig('$449,000', 449000, 'USD', 'money', { hedge: 'nearly' })]],
    ['close to 300 people', [fig('300', 300, 'person', 'count', { hedge: 'nearly' })]],
    ['just under $5 million', [fig('$5 million', 5e6, 'USD', 'money', { hedge: 'nearly' })]],
    ['shy of 20%', [fig('20%', 20, '%', 'percent', { hedge: 'nearly' })]],
    ['almost 400 homes', [fig('400', 400, 'home', 'count', { hedge: 'nearly' })]],
    ['just over 200 people', [fig('200', 200, 'person', 'count', { hedge: 'more than' })]],
    ['upwards of $3bn', [fig('$3bn', 3e9, 'USD', 'money', { hedge: 'more than' })]],
    ['north of 40%', [fig('40%', 40, '%', 'percent', { hedge: 'more than' })]],
    ['north of 60 degrees', [fig('60 degrees', 60, '°', 'quantity')]],
    ['some 325 km', [fig('325 km', 325, 'km', 'quantity', { hedge: 'about' })]],
    ['an estimated 1,000 people', [fig('1,000', 1000, 'person', 'count', { hedge: 'about' })]],
    ['under 5%', [fig('5%', 5, '%', 'percent', { hedge: 'less than' })]],
    // Where a change started: "from" after a change, "from X to Y", "compared with".
    ['The rate rose to 5.1% in March from 4.9%.', [
      fig('5.1%', 5.1, '%', 'percent', { change: 'rose to', time: '2024-03' }),
      fig('4.9%', 4.9, '%', 'percent', { change: 'rose from' }),
    ]],
    ['The rate rose to 5.1% in 2023 from 4.9%.', [
      fig('5.1%', 5.1, '%', 'percent', { change: 'rose to', time: '2023' }),
      fig('4.9%', 4.9, '%', 'percent', { change: 'rose from' }),
    ]],
    ['Sales were up 5% from $4bn.', [
      fig('5%', 5, '%', 'percent', { change: 'rose by' }),
      fig('$4bn', 4e9, 'USD', 'money', { change: 'rose from' }),
    ]],
    ['Exports rose 9 per cent to $165 million from $150 million.', [
      fig('9 per cent', 9, '%', 'percent', { change: 'rose by' }),
      fig('$165 million', 165e6, 'USD', 'money', { change: 'rose to' }),
      fig('$150 million', 150e6, 'USD', 'money', { change: 'rose from' }),
    ]],
    ['Prices went from $3 to $4.', [fig('$3', 3, 'USD', 'money', { change: 'from' }), fig('$4', 4, 'USD', 'money', { change: 'to' })]],
    ['Inflation fell from 9.1% in June to 3% in December.', [
      fig('9.1%', 9.1, '%', 'percent', { change: 'fell from', time: '2023-06' }),
      fig('3%', 3, '%', 'percent', { change: 'fell to', time: '2023-12' }),
    ]],
    ['Revenue was $5bn, compared with $4bn a year earlier.', [
      fig('$5bn', 5e9, 'USD', 'money'),
      fig('$4bn', 4e9, 'USD', 'money', { change: 'from' }),
    ]],
    ['Revenue rose to $5bn compared with $4bn in 2022.', [
      fig('$5bn', 5e9, 'USD', 'money', { change: 'rose to' }),
      fig('$4bn', 4e9, 'USD', 'money', { change: 'rose from', time: '2022' }),
    ]],
    // Not a starting point: another measure, a source, a range.
    ['Revenue was $5bn, compared with $4bn in France.', [fig('$5bn', 5e9, 'USD', 'money'), fig('$4bn', 4e9, 'USD', 'money')]],
    ['It raised $5m from 30 investors.', [fig('$5m', 5e6, 'USD', 'money'), fig('30', 30, 'investor', 'count')]],
    ['Sales rose 10% to $5bn, from 300 stores.', [
      fig('10%', 10, '%', 'percent', { change: 'rose by' }),
      fig('$5bn', 5e9, 'USD', 'money', { change: 'rose to' }),
      fig('300', 300, 'store', 'count'),
    ]],
    ['temperatures ranging from 20 to 25 degrees', [fig('20 to 25 degrees', 20, '°', 'quantity', { max: 25 })]],
    ['from 10 to 12 people', [fig('10 to 12', 10, 'person', 'count', { max: 12 })]],
    // A month named right after the figure is its time: the publication's year, or the year before for a
    // later month unless the sentence looks ahead.
    ['Sales were $5bn in March 2023.', [fig('$5bn', 5e9, 'USD', 'money', { time: '2023-03' })]],
    ['Exports reached $4bn in December.', [fig('$4bn', 4e9, 'USD', 'money', { time: '2023-12' })]],
    ['Exports will reach $4bn in December.', [fig('$4bn', 4e9, 'USD', 'money', { time: '2024-12' })]],
    ['It cost $5 in may.', [fig('$5', 5, 'USD', 'money')]],
    ['He paid $300 on March 5.', [fig('$300', 300, 'USD', 'money')]],
  ])('%s', (text, expected) => {
    expect(figures(text, PUBLISHED)).toEqual(expected);
  });

  test('a month without a publication date stays a name', () => {
    expect(figures('Unemployment rose to 5.1% in March.')).toEqual([fig('5.1%', 5.1, '%', 'percent', { change: 'rose to', time: 'March' })]);
  });

  test('without a publication date "last year" stays a phrase', () => {
    expect(figures('Trade hit a record $240.1bn last year.')).toEqual([fig('$240.1bn', 240.1e9, 'USD', 'money', { time: 'last year' })]);
  });
});

describe('extractFigures: what is not a figure', () => {
  test.each<[string, RejectReason | null]>([
    ['on 16 May 2024', 'date'],
    ['on May 16, Putin arrived', 'date'],
    ['since February 2022', 'date'],
    ['on Sept. 30', 'date'],
    ['meet on 5/17/2018', 'date'],
    ['at 10:30 on Thursday', 'time'],
    ['at 3 p.m. local time', 'time'],
    ['at 11pm', 'time'],
    ['in 2024', 'year'],
    ['the 2024 election', 'year'],
    ['in the 1990s', 'decade'],
    ['the U.S. and China', null],
    ['a Boeing 787 landed', 'model'],
    ['the COVID-19 pandemic', 'model'],
    ['the G7 summit', 'code'],
    ['an Airbus A350-900', 'code'],
    ['Call 555-123-4567 now', 'phone'],
    ['Call +1 202 555 0143 now', 'phone'],
    ['1. Buy milk', 'list'],
    ['version 2 of the app', 'code'],
    ['release 2.0.1 is out', 'version'],
    ['see https://example.com/2024/05/16/story-123', 'url'],
    ['He lives at 10 Downing Street', 'street'],
    ['the 21st century', 'date'],
    ['they won 3-1 at home', 'code'],
    ['the 4:1 win', 'code'],
    ['Lesson #1 about Uber', 'code'],
    ['the new iPhone 15', 'model'],
    ['when he ran in ’91', 'year'],
    ['the 4K display', 'code'],
    ['as follows: 1. Finland 2. Norway 3. Australia', 'list'],
    ['He racked up wins', null],
    ['Let\'s try one last time', null],
    ['The one you mentioned is invalid', null],
    ['The constructor called toString and hasOwnProperty on __proto__ values', null],
    // Idioms: an occasion, a career, an argument, not a measure.
    ['for the first time in decades', 'idiom'],
    ['It was the third time this year', 'idiom'],
    ['the first-time buyers', 'idiom'],
    ['The first time buyers', 'idiom'],
    ['the four-time Grammy winner', 'idiom'],
    ['a 2-time champion', 'idiom'],
    ['Why go there in the first place?', 'idiom'],
    ['At one time it was open', null],
    ['Goods reach Russia via third countries', null],
    ['first responders arrived', null],
    ['a class of 10th graders', 'idiom'],
    // References to things already named: "the two countries".
    ['the two countries signed', 'reference'],
    ['both leaders met, and the three nations agreed', 'reference'],
    ['The two sides met', 'reference'],
    ['the two men and the five companies', 'reference'],
    ['all three suspects', 'reference'],
    ['those two players', 'reference'],
    ['these four states', 'reference'],
    ['the other two', 'reference'],
    ['the twelve jurors', 'reference'],
    ['The combination of the two has been steady', 'reference'],
    // Tour-date lists whose lines the page ran together: the month is glued to the state.
    ['West Palm Beach, FLJune 10 -- Tampa, FLJune 14 -- Irving, TXOct. 10 --', 'date'],
    // A year before a noun is a year, not a count, unless hedged or written with a thousands separator.
    ['The band announced 2020 dates for the tour', 'year'],
    ['2020 people came', 'year'],
    // A decimal split by a space in tokenised text: not a "1-magnitude" quake.
    ['an 8. 6-magnitude quake struck', 'split'],
  ])('%s', (text, reason) => {
    const reasons: RejectReason[] = [];
    expect(extractFigures(text, { onReject: (r) => reasons.push(r.reason) })).toEqual([]);
    if (reason) expect(reasons).toContain(reason);
  });
});

describe('extractFigures: what still is a figure', () => {
  test.each<[string, Expected[]]>([
    ['the 300 workers laid off', [fig('300', 300, 'worker', 'count')]],
    ['his two sons', [fig('two', 2, 'son', 'count')]],
    // Partitives: the counted noun comes after "of".
    ["The opposition holds 192 of the legislature's 300 seats", [fig('192', 192, 'seat', 'count'), fig('300', 300, 'seat', 'count')]],
    ["Emirates bought 30 of Boeing's 787-9 Dreamliner jets", [fig('30', 30, 'jet', 'count')]],
    ["He missed 10 of the Saints' 16 games", [fig('10', 10, 'game', 'count'), fig('16', 16, 'game', 'count')]],
    ['He saw 5 of them', [fig('5', 5, '', 'number')]],
    ['the two-day visit', [fig('two-day', 2, 'day', 'duration')]],
    ['the two million people', [fig('two million', 2e6, 'person', 'count')]],
    ['He was arrested three times', [fig('three', 3, 'time', 'count')]],
    ['About 2000 people attended', [fig('2000', 2000, 'person', 'count', { hedge: 'about' })]],
    ['2,020 people came', [fig('2,020', 2020, 'person', 'count')]],
    ['a lower-case month is a month only after a preposition: troops march 20 km', [fig('20 km', 20, 'km', 'quantity')]],
  ])('%s', (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
});

describe('extractFigures: spans', () => {
  const article = readFileSync(resolve(import.meta.dirname, '../../seeds/003_75a7583855ad6978.txt'), 'utf8');

  test('every span is exact and figures come sorted by start', () => {
    for (const text of [article, 'Prices rose 5% to $3.50, up from $ 2.75 (about £2) in 2019 — a 27% rise.']) {
      const found = extractFigures(text);
      expect(found.length).toBeGreaterThan(0);
      for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.text);
      for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
    }
  });
});

describe('extractFigures: numbers no figure can be', () => {
  test('Indian grouping is one numeral up to a lakh crore (four two-digit groups)', () => {
    expect(tokenizeFigureText('1,23,45,67,890 rupees').map((t) => t.text)).toEqual(['1,23,45,67,890', 'rupees']);
    expect(extractFigures('Rs 1,23,45,678')).toMatchObject([{ text: 'Rs 1,23,45,678', value: 12345678, unit: 'INR', kind: 'money' }]);
    // Five groups are no Indian numeral: the scanner reads the digits apart, at once.
    expect(tokenizeFigureText('1,23,45,67,89,01,234').map((t) => t.text)[0]).toBe('1');
    const t0 = performance.now();
    tokenizeFigureText(`1${',23'.repeat(100000)}`);
    tokenizeFigureText('12,34,'.repeat(50000));
    expect(performance.now() - t0).toBeLessThan(2000); // quadratic backtracking took 12 s
  });

  test(`a numeral of more than ${MAX_NUMERAL_DIGITS} digits, or of no finite value, is no figure`, () => {
    expect(extractFigures(`They counted ${'9'.repeat(400)} people.`)).toEqual([]);
    expect(extractFigures(`ID ${'1'.repeat(MAX_NUMERAL_DIGITS + 1)} was used`)).toEqual([]);
    expect(extractFigures(`${'1'.repeat(MAX_NUMERAL_DIGITS)} people`)).toMatchObject([{ value: Number('1'.repeat(MAX_NUMERAL_DIGITS)), unit: 'person' }]);
    expect(extractFigures('It was 1e400 dollars, or 10^999.')).toEqual([]);
    const rejected: RejectReason[] = [];
    extractFigures(`counted ${'9'.repeat(40)} people`, { onReject: (r) => rejected.push(r.reason) });
    expect(rejected).toContain('code');
  });
});

describe('extractFigures: magnitudes and casualty counts keep their unit', () => {
  test.each<[string, Expected[]]>([
    ['The quake had a magnitude of 6.1, officials said.', [fig('magnitude of 6.1', 6.1, 'magnitude', 'quantity')]],
    ['The agency put its preliminary magnitude at 6.8.', [fig('magnitude at 6.8', 6.8, 'magnitude', 'quantity')]],
    ['The earthquake registered 7.4 on the Richter scale.', [fig('7.4 on the Richter scale', 7.4, 'magnitude', 'quantity')]],
    ['Officials confirmed 45 dead in the south.', [fig('45', 45, 'person', 'count')]],
    ['At least 30 had died in the capital.', [fig('30', 30, 'person', 'count', { hedge: 'at least' })]],
    ['More than 2,000 have been injured.', [fig('2,000', 2000, 'person', 'count', { hedge: 'more than' })]],
    ['The death toll from the flood had risen to 58.', [fig('58', 58, 'person', 'count', { change: 'rose to' })]],
    ['Toll at 1,394 after the storm', [fig('1,394', 1394, 'person', 'count')]],
    // In quotation marks, and the missing "unaccounted for".
    ['The ministry said 164 had been rescued, leaving 291 \u201cunaccounted for.\u201d', [fig('164', 164, '', 'number'), fig('291', 291, 'person', 'count')]],
    ['About 30 remain unaccounted for.', [fig('30', 30, 'person', 'count', { hedge: 'about' })]],
    // A bare number a casualty verb takes: "injured 78", "wounded more than 9,000".
    ['The quake killed 14 people and injured 78.', [fig('14', 14, 'person', 'count'), fig('78', 78, 'person', 'count')]],
    ['The blast wounded more than 9,000.', [fig('9,000', 9000, 'person', 'count', { hedge: 'more than' })]],
    ['Officials said 291 were "unaccounted for."', [fig('291', 291, 'person', 'count')]],
    ['Officials said 291 were \u00abmissing\u00bb.', [fig('291', 291, 'person', 'count')]],
    ['Officials listed 12 \u2018missing\u2019 overnight.', [fig('12', 12, 'person', 'count')]],
    // An inch mark is no opening quotation mark.
    ['The board was 30" hurt by the frost.', [fig('30', 30, '', 'number')]],
    // Not a count of victims: a toll road, a magnitude of something else, a number with no casualty word.
    ['The toll road is long and costs at 5 a trip.', [fig('5', 5, '', 'number')]],
    ['The magnitude of 10,000 losses surprised them.', [fig('10,000', 10000, 'loss', 'count')]],
    ['He scored 58 in the final.', [fig('58', 58, '', 'number')]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));

  test.each<[string, string, string]>([
    ['Of the 278 bodies, 177 have been identified.', '177', 'body'],
    ['Of those deaths, 17 occurred on the island.', '17', 'death'],
    ['Of all the players, 12 agreed.', '12', 'player'],
    // No noun to count: a pronoun, a singular, or no "of" before the group.
    ['Of them, 793 were discharged.', '793', ''],
    ['Of the team, 12 agreed.', '12', ''],
    ['After the deaths, 17 were reported.', '17', ''],
  ])('a share of a group named just before it: %s', (text, raw, unit) => {
    expect(figures(text).find((f) => f.text === raw)?.unit).toBe(unit);
  });
});
