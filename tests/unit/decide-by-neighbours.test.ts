import { describe, expect, it } from 'vitest';
import {
  decideByNeighbours,
  MARGIN_SCORE,
  NEIGHBOUR_COHESION,
  NEIGHBOUR_SIMILARITY,
  type Neighbour,
  type NeighbourEvidence,
} from '../../src/core/matching/decide-by-neighbours.ts';

/** A neighbour of the open article's story that the candidate stands with (close and cohesive). */
const story = (over: Partial<Neighbour> = {}): Neighbour => ({ sameStory: true, similarity: 0.4, cohesion: 0.7, ...over });
/** A neighbour the open article left out of the story (another event's report), standing with the candidate. */
const other = (over: Partial<Neighbour> = {}): Neighbour => ({ sameStory: false, similarity: 0.5, cohesion: 0.8, ...over });

const onTopic = (neighbours: Neighbour[], over: Partial<NeighbourEvidence> = {}): NeighbourEvidence => ({
  decision: 'related-topic',
  score: 0.2,
  when: 'within-time',
  neighbours,
  ...over,
});
const atMargin = (neighbours: Neighbour[], over: Partial<NeighbourEvidence> = {}): NeighbourEvidence =>
  onTopic(neighbours, { decision: 'same-story', score: 0.27, ...over });

describe('decideByNeighbours: transitive evidence among the candidates', () => {
  it.each<[string, NeighbourEvidence, ReturnType<typeof decideByNeighbours>]>([
    // a candidate left on the topic
    ['two of its nearest are the story, close and cohesive', onTopic([story(), story(), other(), other()]), 'joins-its-neighbours'],
    ['its nearest are another event (the open article left them on the topic)', onTopic([other(), other(), story(), other()]), 'as-decided'],
    ['only one of its nearest is the story', onTopic([story(), other(), other(), other()]), 'as-decided'],
    ['the story only beyond its four nearest', onTopic([other(), other(), other(), other(), story(), story()]), 'as-decided'],
    ['a late report of the event (decideWhen) counts as within time', onTopic([story(), story()], { when: 'late-report-of-the-event' }), 'joins-its-neighbours'],
    ['weeks apart from the open article: never bridged', onTopic([story(), story(), story()], { when: 'apart' }), 'as-decided'],
    ['unrelated (too little in common with the open article): not reviewed', onTopic([story(), story(), story()], { decision: 'unrelated' }), 'as-decided'],
    ['the story neighbours are too far from it', onTopic([story({ similarity: NEIGHBOUR_SIMILARITY - 0.01 }), story({ similarity: 0.05 })]), 'as-decided'],
    ['at the similarity bar', onTopic([story({ similarity: NEIGHBOUR_SIMILARITY }), story()]), 'joins-its-neighbours'],
    ['it stands elsewhere than they do among the rest', onTopic([story({ cohesion: NEIGHBOUR_COHESION - 0.01 }), story({ cohesion: -0.4 })]), 'as-decided'],
    ['their cohesion unknown (too few others to tell)', onTopic([story({ cohesion: undefined }), story({ cohesion: undefined })]), 'as-decided'],
    ['a cohesion that is no number', onTopic([story({ cohesion: Number.NaN }), story()]), 'as-decided'],
    ['no neighbours at all', onTopic([]), 'as-decided'],
    // a candidate let in at the margin
    ['at the margin, standing with three left out, one story neighbour', atMargin([other(), other(), story(), other()]), 'leaves-with-its-neighbours'],
    ['at the margin, all four nearest left out', atMargin([other(), other(), other(), other()]), 'leaves-with-its-neighbours'],
    ['at the margin, two of its nearest are the story', atMargin([other(), story(), story(), other()]), 'as-decided'],
    ['at the margin, only two left out stand with it', atMargin([other(), other(), other({ cohesion: 0 }), story()]), 'as-decided'],
    ['above the margin: firmly the story whatever its neighbours', atMargin([other(), other(), other(), other()], { score: MARGIN_SCORE }), 'as-decided'],
    ['at the margin, no neighbours', atMargin([]), 'as-decided'],
  ])('%s', (_what, evidence, expected) => {
    expect(decideByNeighbours(evidence)).toBe(expected);
  });
});
