import { describe, expect, it } from 'vitest';
import { editsWithin, oneLetterVariant, spellingVariant } from '../../src/core/text/spelling-variant.ts';

describe('editsWithin: edits that turn the first string into some stretch of the second', () => {
  it.each<[string, string, number]>([
    ['zelensky', 'zelenskyy', 0],
    ['zelenskyy', 'zelensky', 1],
    ['katmandu', 'kathmandu', 1],
    ['kathmandu', 'katmandu', 1],
    ['putin', 'putin', 0],
    ['putin', 'pushkin', 3],
    ['', 'abc', 0],
    ['abc', '', 3],
  ])('%s in %s: %i', (x, y, n) => expect(editsWithin(x, y)).toBe(n));
});

describe('spellingVariant: at most a fifth of the first string in edits', () => {
  it.each<[string, string, boolean]>([
    ['zelenskyy', 'zelensky', true],
    ['kathmandu', 'katmandu', true],
    ['muammar', 'moammar', true],
    // One edit in seven letters: a variant here; the matcher asks only of words with one first letter.
    ['gaddafi', 'qaddafi', true],
    ['jackson', 'johnson', false],
    ['samsung', 'samsonite', false],
    ['', '', false],
  ])('%s / %s', (x, y, same) => expect(spellingVariant(x, y)).toBe(same));
});

describe('oneLetterVariant: places spelt one letter apart (added or dropped, never changed)', () => {
  it.each<[string, string, boolean]>([
    ['katmandu', 'kathmandu', true],
    ['kathmandu', 'katmandu', true],
    ['gansu', 'gansu', true],
    ['guinea', 'guiana', false], // a letter changed: another name
    ['gansu', 'gansuu', false], // too short to tell by one letter
    ['kathmandu', 'lathmandu', false],
    ['sichuan', 'szechuan', false],
  ])('oneLetterVariant(%s, %s)', (a, b, expected) => expect(oneLetterVariant(a, b)).toBe(expected));
});
