import { describe, expect, it } from 'vitest';
import { compareFigureValues, gapPercent, literalStep, roundingStep, type ComparableValue } from '../../src/core/figures/compare-figure-values.ts';

const f = (text: string, value: number, extra: Partial<ComparableValue> = {}): ComparableValue => ({ text, value, ...extra });

describe('literalStep: the last significant digit of a written number', () => {
  it.each([
    ['240.1', 0.1],
    ['227.8', 0.1],
    ['1.25', 0.01],
    ['18', 1],
    ['240', 10],
    ['100', 10],
    ['10', 1],
    ['8,000', 100],
    ['1,500', 100],
    ['20,000', 1000],
    ['7,900', 100],
    ['7', 1],
    ['0', 1],
  ])('%s -> %d', (literal, step) => {
    expect(literalStep(literal)).toBeCloseTo(step, 10);
  });
});

describe('roundingStep: in the figure\'s own scale', () => {
  it.each([
    [f('$240.1bn', 240.1e9), 1e8],
    [f('$227.8 billion', 227.8e9), 1e8],
    [f('$18bn', 18e9), 1e9],
    [f('1.6 trillion yuan', 1.6e12), 1e11],
    [f('two-day', 2), 1],
    [f('fourth', 4), 1],
    [f('eight thousand', 8000), 100],
    [f('5.1%', 5.1), 0.1],
  ])('%o -> %d', (fig, step) => {
    expect(roundingStep(fig)).toBeCloseTo(step, 0);
  });
});

// [a, b, expected, why]
const TABLE: Array<[ComparableValue, ComparableValue, 'same' | 'different', string]> = [
  [f('$240bn', 240e9), f('$240.1bn', 240.1e9), 'same', 'rounded to the less precise one'],
  [f('$240.1bn', 240.1e9), f('$240.1bn', 240.1e9), 'same', 'identical'],
  [f('$240.1bn', 240.1e9), f('$227.8 billion', 227.8e9), 'different', '5.1% apart at 0.1bn precision'],
  [f('about 240bn', 240e9, { hedge: 'about' }), f('$240.1bn', 240.1e9), 'same', 'hedged'],
  [f('about $230bn', 230e9, { hedge: 'about' }), f('$240.1bn', 240.1e9), 'same', '"about" allows 10% on a two-digit number'],
  [f('nearly 8,000', 8000, { hedge: 'nearly' }), f('7,900', 7900), 'same', '"nearly" is a little below'],
  [f('nearly 8,000', 8000, { hedge: 'nearly' }), f('8,400', 8400), 'different', '"nearly" never means above'],
  [f('8,000', 8000), f('7,960', 7960), 'same', '8,000 may be 7,960 rounded'],
  [f('8,000', 8000), f('7,600', 7600), 'different', 'two significant digits are kept'],
  [f('$18bn', 18e9), f('$18 billion', 18e9), 'same', 'same value, other wording'],
  [f('$18bn', 18e9), f('$18.4bn', 18.4e9), 'same', '18.4 rounds to 18'],
  [f('$18bn', 18e9), f('$18.6bn', 18.6e9), 'different', '18.6 rounds to 19'],
  [f('approximately $219.6 billion', 219.6e9, { hedge: 'about' }), f('$240.1bn', 240.1e9), 'different', 'a hedge on a precise number widens it by ten steps at most'],
  [f('approximately $219.6 billion', 219.6e9, { hedge: 'about' }), f('$221bn', 221e9), 'same', '...which still covers a nearby rounded value'],
  [f('more than 8,000', 8000, { hedge: 'more than' }), f('10,000', 10000), 'same', 'consistent with "more than"'],
  [f('more than 8,000', 8000, { hedge: 'more than' }), f('7,000', 7000), 'different', 'contradicts "more than"'],
  [f('at least 40', 40, { hedge: 'at least' }), f('at least 45', 45, { hedge: 'at least' }), 'same', 'two lower bounds never contradict nearby'],
  [f('up to 500', 500, { hedge: 'up to' }), f('300', 300), 'same', 'below an upper bound'],
  [f('up to 500', 500, { hedge: 'up to' }), f('600', 600), 'different', 'above an upper bound'],
  [f('10 to 12', 10, { max: 12 }), f('11', 11), 'same', 'inside a range'],
  [f('10 to 12', 10, { max: 12 }), f('14', 14), 'different', 'outside a range'],
  [f('two-day', 2), f('three-day', 3), 'different', 'small exact numbers'],
  [f('two-day', 2), f('two-day', 2), 'same', 'small exact numbers'],
  [f('43rd', 43), f('fourth', 4), 'different', 'ordinals'],
  [f('5.1%', 5.1), f('5%', 5), 'same', '5% may be 5.1% rounded'],
  [f('5.1%', 5.1), f('5.4%', 5.4), 'different', 'percent at 0.1 precision'],
  [f('100%', 100), f('50%', 50), 'different', 'a round 100 is not +-50'],
  [f('7-magnitude', 7, { unit: 'magnitude' }), f('magnitude 6.9', 6.9, { unit: 'magnitude' }), 'different', 'a magnitude is given to a tenth: 7 is 7.0'],
  [f('7-magnitude', 7, { unit: 'magnitude' }), f('magnitude 7.0', 7, { unit: 'magnitude' }), 'same', '7 and 7.0 are one magnitude'],
  [f('7', 7), f('6.9', 6.9), 'same', 'a plain 7 may be 6.9 rounded'],
];

describe('compareFigureValues', () => {
  it.each(TABLE)('%o vs %o -> %s (%s)', (a, b, expected) => {
    expect(compareFigureValues(a, b)).toBe(expected);
    expect(compareFigureValues(b, a)).toBe(expected);
  });
});

describe('gapPercent', () => {
  it('is the largest gap relative to the larger value', () => {
    expect(gapPercent([240.1e9, 240.1e9, 227.8e9])).toBe(5.1);
    expect(gapPercent([100, 50])).toBe(50);
    expect(gapPercent([7])).toBe(0);
  });
});

describe('literalStep on long literals', () => {
  it('counts trailing zeros in linear time, with the same steps', () => {
    expect(literalStep('8,000')).toBe(100);
    expect(literalStep('240')).toBe(10);
    expect(literalStep('20,000')).toBe(1000);
    expect(literalStep('1000')).toBe(100);
    const t0 = performance.now();
    expect(literalStep(`1${'0'.repeat(100000)}1`)).toBe(1);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
