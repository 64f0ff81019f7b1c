import { describe, expect, it } from 'vitest';
import { isTitleCase } from '../../src/core/text/title-case.ts';

describe('isTitleCase: one headline test for every stage', () => {
  // [text, minWords, title case]
  it.each<[string, number, boolean]>([
    ['At Least 119 Dead in Magnitude 7.1 Mexico Quake', 1, true],
    ['Another Quake Hits Western Afghanistan', 1, true],
    ['A second earthquake hit western Afghanistan on Wednesday', 1, false],
    // Names in a plain sentence are no headline.
    ['Officials in Oaxaca and Chiapas said 45 people died', 1, false],
    // Short words do not count either way: "in", "of", "the" stay lower-case in headlines.
    ['Storm Kills 12 in the West', 1, true],
    // Too few long words to tell, when the caller asks for some.
    ['Storm Kills', 3, false],
    ['Storm Kills Twelve People', 3, true],
    ['', 1, false],
  ])('%s (min %i) -> %s', (text, minWords, expected) => expect(isTitleCase(text, minWords)).toBe(expected));
});
