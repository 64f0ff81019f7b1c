import { describe, expect, it } from 'vitest';
import { recalledMonths, type RecalledMonth } from '../../src/core/matching/recalled-months.ts';

describe('recalledMonths: months a report recalls as past for a disaster of their own, from sentences that open with them', () => {
  it.each<[string, string, { year: number; month: number } | undefined, RecalledMonth[]]>([
    ['an undated report: the month alone', 'Ferry accidents are common. In May, about 50 people died in the same district in a ferry accident.', undefined, [{ month: 5 }]],
    ['"Last October" in a report of February is last year\'s', 'Police said. Last October several explosions at a peace rally killed more than 100.', { year: 2016, month: 2 }, [{ month: 10, year: 2015 }]],
    ['"In May" in a report of August is this year\'s', 'Officials said.\nIn May, about 50 people died in a ferry accident.', { year: 2014, month: 8 }, [{ month: 5, year: 2014 }]],
    ['a stated year is kept', 'It rose. In December 2014, a jet crashed into the sea, killing all 162 on board.', { year: 2018, month: 10 }, [{ month: 12, year: 2014 }]],
    ['a year between commas is a year', 'It rose. In May, 2014, a ferry sank, killing 50.', undefined, [{ month: 5, year: 2014 }]],
    ['a count after the comma is no year', 'It rose. In May, 2000 people died in a flood.', undefined, [{ month: 5 }]],
    ['"In early December," is December', 'It rose. In early December, a blast killed 12.', { year: 2018, month: 1 }, [{ month: 12, year: 2017 }]],
    ['the report\'s own month is left out: it may be its own happening\'s', 'It rose. In March, 20 people were injured in a crash.', { year: 2019, month: 3 }, []],
    ['"Last January" in January is a year ago', 'It rose. Last January, 5 people died in a fire.', { year: 2015, month: 1 }, [{ month: 1, year: 2014 }]],
    ['a recalled step of the story without victims is no other disaster', 'It rose. In March, President Barack Obama issued an executive order.', undefined, []],
    ['nor one whose victims are in the next sentence', 'It rose. In October 2011, Lopez was arrested. Two people were injured in a fight.', undefined, []],
    ['a follow-up recalling its own story\'s start, definitely, is no other disaster', 'Police charged the owner. In May, the ferry capsized off Bhola, killing 50 people.', undefined, []],
    ['"missed" is no victim', 'It rose. In March, the company missed its forecast in a slump.', undefined, []],
    ['an abbreviation\'s full stop does not end the sentence', 'It rose. In May, a U.S. drone strike killed 12 people.', undefined, [{ month: 5 }]],
    ['nor a decimal point', 'It rose. In May, a 6.5-magnitude quake killed 50 people.', undefined, [{ month: 5 }]],
    ['a month in mid-sentence is no recall (often a plan)', 'A final report on a crash that killed 9 will be released in November.', undefined, []],
    ['a month with a day is a date, not a recall', 'It rose. In May 12 attacks, 40 died in a blast.', undefined, []],
    ['nor with an ordinal day', 'It rose. In May 12th, 40 people died in a blast.', undefined, []],
    ['"In Mayfield" is no month', 'It rose. In Mayfield, 3 residents died in a fire.', undefined, []],
    ['"In Mar-a-Lago" is no month', 'It rose. In Mar-a-Lago, 3 guests were injured in a fall.', undefined, []],
    ['a sentence after a closing quotation mark', '"It is over." In June, a fire killed nine.', undefined, [{ month: 6 }]],
  ])('%s', (_what, text, own, expected) => {
    expect(recalledMonths(text, own)).toEqual(expected);
  });
});
