import { describe, expect, test } from 'vitest';
import { splitSentences } from '../../src/core/text/split-sentences.ts';

const sentencesOf = (text: string) => splitSentences(text).map(([s, e]) => text.slice(s, e));

describe('splitSentences', () => {
  test.each([
    ['Trade hit $240.1bn. Exports fell.', ['Trade hit $240.1bn.', 'Exports fell.']],
    ['The U.S. President Joe Biden spoke. He left.', ['The U.S. President Joe Biden spoke.', 'He left.']],
    ['China’s close ties are an issue for the U.S., with Washington urging restraint. Next.', ['China’s close ties are an issue for the U.S., with Washington urging restraint.', 'Next.']],
    ['Mr. Putin arrived. Dr. Li met him.', ['Mr. Putin arrived.', 'Dr. Li met him.']],
    ['He said “everlasting.” Then he left.', ['He said “everlasting.”', 'Then he left.']],
    ['First paragraph without stop\n\nSecond one.', ['First paragraph without stop', 'Second one.']],
    ['Was it 2.5 percent? Yes! It was.', ['Was it 2.5 percent?', 'Yes!', 'It was.']],
    ['Sanctions came from the U.S. The talks went on.', ['Sanctions came from the U.S.', 'The talks went on.']],
  ])('%s', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  test('offsets point into the text and never overlap', () => {
    const text = 'One. Two three. Four?\n\nFive.';
    const spans = splitSentences(text);
    for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBeGreaterThanOrEqual(spans[i - 1]![1]);
    expect(spans.at(-1)![1]).toBe(text.length);
  });
});
