import { describe, expect, test } from 'vitest';
import { atNumberBoundary, collapseSpace, locateFigure, matchFigure, matchQuote, occurrences, sameFigureText } from '../../src/core/anchoring/match-quote.ts';

const SEED_SENTENCE = 'In an interview with state-media Xinhua ahead of the visit, Putin highlighted that trade volume between the two countries reached $227.8 billion last year, up from $111 billion in 2019.';
const PAGE = `Home World Business Xi Greets Putin in China By Test Reporter Chinese leader Xi Jinping welcomed Russian President Vladimir Putin to Beijing on Thursday. ${SEED_SENTENCE} Both sides aim to deepen cooperation. © World News Test Desk.`;

describe('collapseSpace and sameFigureText', () => {
  test('collapse every whitespace run, including no-break spaces, and trim', () => {
    expect(collapseSpace('  $227.8\u00a0billion \n\t last ')).toBe('$227.8 billion last');
  });
  test('figures compare equal modulo whitespace only', () => {
    expect(sameFigureText('$227.8 billion', '$227.8\nbillion')).toBe(true);
    expect(sameFigureText('$240.1bn', '$240.1 bn')).toBe(true);
    expect(sameFigureText('$240.1bn', '$227.8bn')).toBe(false);
  });
});

describe('matchQuote', () => {
  test('finds an exact quote', () => {
    const m = matchQuote(PAGE, { exact: SEED_SENTENCE });
    expect(m).toEqual({ start: PAGE.indexOf(SEED_SENTENCE), end: PAGE.indexOf(SEED_SENTENCE) + SEED_SENTENCE.length, errors: 0 });
  });

  test('chooses between repeated quotes by prefix and suffix', () => {
    const text = 'Teaser: Trade hit a record. Body text. Officials said Trade hit a record. Then more.';
    const m = matchQuote(text, { exact: 'Trade hit a record.', prefix: 'Officials said ', suffix: ' Then' });
    expect(m?.start).toBe(text.lastIndexOf('Trade hit a record.'));
  });

  test('chooses between repeated quotes by the position hint', () => {
    const text = 'Trade hit a record. xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx Trade hit a record.';
    expect(matchQuote(text, { exact: 'Trade hit a record.' }, { hint: 50 })?.start).toBe(text.lastIndexOf('Trade'));
    expect(matchQuote(text, { exact: 'Trade hit a record.' }, { hint: 0 })?.start).toBe(0);
  });

  test('finds an approximate quote when the page differs a little (a footnote mark, a changed quote mark)', () => {
    const page = PAGE.replace('reached $227.8 billion', 'reached[1] $227.8 billion').replace('Putin highlighted', "Putin’s aide highlighted");
    const m = matchQuote(page, { exact: SEED_SENTENCE });
    expect(m).not.toBeNull();
    expect(m!.errors).toBeGreaterThan(0);
    expect(m!.errors).toBeLessThanOrEqual(12);
    expect(page.slice(m!.start, m!.end)).toContain('$227.8 billion last year');
  });

  test('gives up when the quote is too different', () => {
    expect(matchQuote(PAGE, { exact: 'A completely different sentence about football scores and the weather in Madrid.' })).toBeNull();
  });

  test('an empty quote matches nothing', () => {
    expect(matchQuote(PAGE, { exact: '' })).toBeNull();
  });
});

describe('number boundaries', () => {
  test('a figure is not a piece of a longer number', () => {
    expect(atNumberBoundary('it was 1,240.1 in', 9, 14)).toBe(false); // "240.1" in "1,240.1"
    expect(atNumberBoundary('it was 240.15 in', 7, 12)).toBe(false); // "240.1" in "240.15"
    expect(atNumberBoundary('it was 240.1. Then', 7, 12)).toBe(true);
    expect(atNumberBoundary('it was $240.1bn', 7, 15)).toBe(true);
  });
  test('occurrences lists only whole figures', () => {
    expect(occurrences('2019 and 20190 and 2019.', '2019')).toEqual([
      [0, 4],
      [19, 23],
    ]);
  });
});

describe('locateFigure', () => {
  test('takes the expected offset when the figure is there', () => {
    const i = PAGE.indexOf('$227.8 billion');
    expect(locateFigure(PAGE, [0, PAGE.length], '$227.8 billion', i)).toEqual([i, i + 14]);
  });
  test('never lands on a different number', () => {
    const text = 'Trade hit $227.8bn last year.';
    expect(locateFigure(text, [0, text.length], '$240.1bn', 10)).toBeNull();
  });
});

describe('matchFigure', () => {
  test('anchors a figure through its sentence, exactly', () => {
    const off = SEED_SENTENCE.indexOf('$227.8 billion');
    const m = matchFigure(PAGE, { figure: '$227.8 billion', quote: SEED_SENTENCE, offsetInQuote: off });
    const i = PAGE.indexOf('$227.8 billion');
    expect(m?.figure).toEqual([i, i + '$227.8 billion'.length]);
    expect(m?.sentence).toEqual([PAGE.indexOf(SEED_SENTENCE), PAGE.indexOf(SEED_SENTENCE) + SEED_SENTENCE.length]);
    expect(m?.errors).toBe(0);
  });

  test('picks the right one of two equal figures in a sentence by offset', () => {
    const s = 'Exports rose 5% and imports rose 5% as well.';
    const m = matchFigure(`Intro. ${s}`, { figure: '5%', quote: s, offsetInQuote: s.lastIndexOf('5%') });
    expect(m?.figure[0]).toBe(7 + s.lastIndexOf('5%'));
  });

  test('anchors through an approximate sentence and still lands on the figure itself', () => {
    const page = PAGE.replace('trade volume between', 'the trade volume between');
    const off = SEED_SENTENCE.indexOf('$111 billion');
    const m = matchFigure(page, { figure: '$111 billion', quote: SEED_SENTENCE, offsetInQuote: off });
    expect(m).not.toBeNull();
    expect(page.slice(m!.figure[0], m!.figure[1])).toBe('$111 billion');
    expect(m!.errors).toBeGreaterThan(0);
  });

  test('$240.1bn is never anchored on $227.8bn, even where the sentence is otherwise the same', () => {
    const quote = 'Last year, bilateral trade hit a record $240.1bn, and there are signs of more.';
    const page = `Intro. ${quote.replace('$240.1bn', '$227.8bn')} Outro.`;
    expect(matchFigure(page, { figure: '$240.1bn', quote, offsetInQuote: quote.indexOf('$240.1bn') })).toBeNull();
  });

  test('a long sentence is matched approximately by a window around the figure', () => {
    const filler = Array.from({ length: 40 }, (_, i) => `clause number ${i} goes on`).join(', ');
    const quote = `${filler}, and trade reached $227.8 billion, ${filler}.`;
    const page = `Start. ${quote.replace('clause number 3 goes', 'clause number three goes')} End.`;
    const m = matchFigure(page, { figure: '$227.8 billion', quote, offsetInQuote: quote.indexOf('$227.8') });
    expect(m).not.toBeNull();
    expect(page.slice(m!.figure[0], m!.figure[1])).toBe('$227.8 billion');
  });

  test('without its sentence a figure is anchored only when it is unique on the page', () => {
    expect(matchFigure('a $5bn b', { figure: '$5bn', quote: 'Not on this page at all, nothing like it.' })?.figure).toEqual([2, 6]);
    expect(matchFigure('a $5bn b $5bn', { figure: '$5bn' })).toBeNull();
  });

  test('whitespace inside the figure is collapsed like the page text', () => {
    const m = matchFigure(PAGE, { figure: '$227.8\u00a0 billion', quote: SEED_SENTENCE });
    expect(PAGE.slice(m!.figure[0], m!.figure[1])).toBe('$227.8 billion');
  });
});

describe('candidates', () => {
  test('a short quote inside a longer number is passed over for the place that holds the figure', () => {
    const text = 'Founded in 2016. Steps: 5. Do this. 6. Do that.';
    const m = matchFigure(text, { figure: '6', quote: '6.', offsetInQuote: 0 });
    expect(m?.figure).toEqual([text.indexOf('6. Do'), text.indexOf('6. Do') + 1]);
  });
  test('matches that cut a word are ranked after whole-word ones', () => {
    const text = 'in 2016. then 6. end';
    expect(matchQuote(text, { exact: '6.' })?.start).toBe(text.indexOf(' 6.') + 1);
  });
});
