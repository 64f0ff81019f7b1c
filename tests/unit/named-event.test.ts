import { describe, expect, it } from 'vitest';
import { decideEventNames, figureEvent, namedEvent, type EventNames, type FigureEvent } from '../../src/core/text/named-event.ts';

describe('namedEvent: the name a report gives its own storm', () => {
  it.each<[string, string, string, string | undefined, boolean]>([
    ['named in the title', 'At least 25 deaths linked to Hurricane Fiona', 'Fiona hit Puerto Rico. Fiona left the island without power.', 'fiona', true],
    ['the most written name wins over one mentioned in passing', 'Storm toll rises', 'Hurricane Fiona hit. Fiona flooded towns. Fiona cut power. Meanwhile Hurricane Ian reached Florida.', 'fiona', true],
    ['a tropical storm and a typhoon are heads too', 'Typhoon Haiyan kills thousands', 'Tropical Storm Haiyan strengthened.', 'haiyan', true],
    ['an office or a season is no name', 'Forecast', 'The National Hurricane Center said the Hurricane Season starts in June.', undefined, true],
    ['no name across a full stop', 'Toll rises', 'The deadliest hurricane. Lee County officials said 21 died.', undefined, true],
    ['a month or weekday after the head is no name', 'Storm Monday', 'The storm Monday brought rain.', undefined, true],
    ['no storm at all', 'Quake kills 9', 'A 6.1 earthquake struck Aceh on Tuesday.', undefined, false],
  ])('%s', (_what, title, text, own, kind) => {
    const e = namedEvent(title, text);
    expect(e.own).toBe(own);
    expect(e.kind).toBe(kind);
  });

  it('keeps capitalised words without their possessive ending', () => {
    expect(namedEvent('Ian’s death toll rises', 'The hurricane killed 21, Lee County officials said.').capitalised.has('ian')).toBe(true);
    // A report of no storm at all is not read closer: nothing would ask for its words.
    expect(namedEvent('Ian’s death toll rises', 'Lee County officials said 21 died.').capitalised.size).toBe(0);
  });
});

describe('decideEventNames', () => {
  const fiona = namedEvent('At least 25 deaths linked to Hurricane Fiona', 'Fiona hit Puerto Rico as Hurricane Ian reached Florida.');
  const ian = namedEvent('Hurricane Ian death toll nears 100', 'Hurricane Ian made landfall in Florida.');
  const ianUnnamed = namedEvent('Ian’s death toll rises', 'The deadliest hurricane in Florida history killed 21.');
  const ian2 = namedEvent('Ian toll grows', 'The death toll from Hurricane Ian has grown to 54.');
  const both = namedEvent('Two storms in two weeks', 'Hurricane Fiona hit Puerto Rico, then Hurricane Ian hit Florida. Ian was stronger.');
  const bothFiona = namedEvent('Two storms in two weeks', 'Hurricane Fiona hit Puerto Rico, then Hurricane Ian hit Florida. Fiona was deadlier.');
  const quake = namedEvent('Quake kills 9', 'A 6.1 earthquake struck Aceh.');
  it.each<[string, ReturnType<typeof namedEvent>, ReturnType<typeof namedEvent>, EventNames]>([
    ['two storms, each report naming its own', fiona, ian, 'other-event'],
    ['a report of a storm that never names the other\'s storm', fiona, ianUnnamed, 'other-event'],
    ['one storm named by both', ian, ian2, 'one-event'],
    ['a report of both storms, Ian most, and one of Ian', both, ian, 'one-event'],
    ['two reports of both storms, each naming the other\'s', both, bothFiona, 'unknown'],
    ['a report of Fiona that mentions Ian in passing, and one of Ian alone', bothFiona, ian, 'other-event'],
    ['the other report is of no storm at all', fiona, quake, 'unknown'],
    ['neither names a storm', quake, quake, 'unknown'],
  ])('%s', (_what, a, b, expected) => {
    expect(decideEventNames(a, b)).toBe(expected);
    expect(decideEventNames(b, a)).toBe(expected);
  });
});

describe('figureEvent: which storm a figure is of, by the name nearest it', () => {
  const iota = { ...namedEvent('Hurricane Iota kills 16', 'Hurricane Iota hit Nicaragua. Iota flooded towns. Hurricane Eta had hit two weeks before.') };
  const at = (sentence: string, figure: string): [number, number] => [sentence.indexOf(figure), sentence.indexOf(figure) + figure.length];
  it.each<[string, string, string, FigureEvent]>([
    ['another storm named before it', 'Eta killed more than 130 people in the region.', 'more than 130 people', 'another-event'],
    ['another storm named nearer than the own one', 'Officials said 150 people had died from Eta before Iota made landfall.', '150 people', 'another-event'],
    ['the own storm nearest', 'Iota came ashore just 15 miles south of where Hurricane Eta made landfall.', '15 miles', 'own-event'],
    ['no storm named in the sentence', 'At least 16 people died, officials said.', '16 people', 'unknown'],
    ['a capitalised word that is no storm', 'The Red Cross said 16 people died.', '16 people', 'unknown'],
  ])('%s', (_what, sentence, figure, expected) => {
    expect(figureEvent(iota, sentence, at(sentence, figure))).toBe(expected);
  });
  it('says nothing when the report names one storm only', () => {
    const one = namedEvent('Hurricane Iota kills 16', 'Hurricane Iota hit Nicaragua.');
    const s = 'Eta killed more than 130 people.';
    expect(figureEvent(one, s, at(s, '130'))).toBe('unknown');
  });
});
