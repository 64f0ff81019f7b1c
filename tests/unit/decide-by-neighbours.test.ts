import { describe, expect, it } from 'vitest';
import {
  decideByNeighbours,
  NEIGHBOUR_COHESION,
  NEIGHBOUR_SIMILARITY,
  NEIGHBOURS,
  type Neighbour,
  type NeighbourEvidence,
} from '../../src/core/matching/decide-by-neighbours.ts';

/** A neighbour of the open article's story, close and cohesive with the candidate. */
const story = (over: Partial<Neighbour> = {}): Neighbour => ({ sameStory: true, similarity: 0.4, cohesion: 0.7, ...over });
/** A neighbour the open article left on the topic (another event's report). */
const other = (over: Partial<Neighbour> = {}): Neighbour => ({ sameStory: false, similarity: 0.5, cohesion: 0.8, ...over });

const onTopic = (neighbours: Neighbour[], over: Partial<NeighbourEvidence> = {}): NeighbourEvidence => ({
  decision: 'related-topic',
  when: 'within-time',
  neighbours,
  ...over,
});

describe('decideByNeighbours: transitive evidence among the candidates', () => {
  it.each<[string, NeighbourEvidence, ReturnType<typeof decideByNeighbours>]>([
    ['two of its nearest are the story, close and cohesive', onTopic([story(), story(), other(), other()]), 'joins-its-neighbours'],
    ['its nearest are another event (the open article left them on the topic)', onTopic([other(), other(), story(), other()]), 'as-decided'],
    ['only one of its nearest is the story', onTopic([story(), other(), other(), other()]), 'as-decided'],
    ['the story only beyond its NEIGHBOURS nearest', onTopic([other(), other(), other(), other(), story(), story()]), 'as-decided'],
    ['a late report of the event (decideWhen) is within time', onTopic([story(), story()], { when: 'late-report-of-the-event' }), 'joins-its-neighbours'],
    ['weeks apart from the open article: never bridged', onTopic([story(), story(), story()], { when: 'apart' }), 'as-decided'],
    ['unrelated (too little in common with the open article): not reviewed', onTopic([story(), story(), story()], { decision: 'unrelated' }), 'as-decided'],
    ['already the same story', onTopic([other(), other()], { decision: 'same-story' }), 'as-decided'],
    ['the story neighbours are too far from it', onTopic([story({ similarity: NEIGHBOUR_SIMILARITY - 0.01 }), story({ similarity: 0.05 })]), 'as-decided'],
    ['at the similarity bar', onTopic([story({ similarity: NEIGHBOUR_SIMILARITY }), story()]), 'joins-its-neighbours'],
    ['it stands elsewhere than they do among the rest', onTopic([story({ cohesion: NEIGHBOUR_COHESION - 0.01 }), story({ cohesion: -0.4 })]), 'as-decided'],
    ['their cohesion unknown (too few others to tell)', onTopic([story({ cohesion: undefined }), story({ cohesion: undefined })]), 'as-decided'],
    ['a cohesion that is no number', onTopic([story({ cohesion: Number.NaN }), story()]), 'as-decided'],
    ['no neighbours at all', onTopic([]), 'as-decided'],
  ])('%s', (_what, evidence, expected) => {
    expect(decideByNeighbours(evidence)).toBe(expected);
  });

  it('reads a few nearest neighbours', () => {
    expect(NEIGHBOURS).toBeGreaterThanOrEqual(2);
    expect(NEIGHBOURS).toBeLessThanOrEqual(8);
  });
});
