import { describe, expect, it } from 'vitest';
import {
  decideByNeighbours,
  decideStanding,
  JOIN_STANDING,
  MARGIN_SCORE,
  MIN_TOPIC_GROUP,
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
    ['unrelated (little in common with the open article): three of four vouching are not enough', onTopic([story(), story(), story(), other()], { decision: 'unrelated' }), 'as-decided'],
    ['unrelated: all four nearest are the story and vouch for it', onTopic([story(), story(), story(), story()], { decision: 'unrelated' }), 'joins-its-neighbours'],
    ['unrelated: all four vouch, but weeks apart', onTopic([story(), story(), story(), story()], { decision: 'unrelated', when: 'apart' }), 'as-decided'],
    // where it stands among all the candidates (the story's group against the topic's)
    ['vouched for, and as near the story group as the topic group', onTopic([story(), story()], { standing: { story: 0.2, topic: 0.2, topicCount: 5 } }), 'joins-its-neighbours'],
    ['vouched for, at the join bar', onTopic([story(), story()], { standing: { story: JOIN_STANDING * 0.25, topic: 0.25, topicCount: 5 } }), 'joins-its-neighbours'],
    ['vouched for, but nearer the topic group', onTopic([story(), story()], { standing: { story: 0.15, topic: 0.25, topicCount: 5 } }), 'as-decided'],
    ['unrelated, all four vouch, but nearer the topic group', onTopic([story(), story(), story(), story()], { decision: 'unrelated', standing: { story: 0.1, topic: 0.3, topicCount: 5 } }), 'as-decided'],
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
    ['at the margin, the topic group twice as near', atMargin([story(), story()], { standing: { story: 0.1, topic: 0.21, topicCount: MIN_TOPIC_GROUP } }), 'leaves-with-its-neighbours'],
    ['at the margin, twice as near, but a topic "group" of one', atMargin([story(), story()], { standing: { story: 0.1, topic: 0.21, topicCount: 1 } }), 'as-decided'],
    ['at the margin, the topic group nearer but not twice', atMargin([story(), story()], { standing: { story: 0.1, topic: 0.19, topicCount: 5 } }), 'as-decided'],
    ['above the margin, the topic group twice as near: firmly the story', atMargin([], { score: MARGIN_SCORE, standing: { story: 0.1, topic: 0.3, topicCount: 5 } }), 'as-decided'],
  ])('%s', (_what, evidence, expected) => {
    expect(decideByNeighbours(evidence)).toBe(expected);
  });
});

describe('decideStanding: where a candidate stands among all the candidates', () => {
  it.each<[string, NeighbourEvidence['standing'], ReturnType<typeof decideStanding>]>([
    ['no groups to compare', undefined, 'unknown'],
    ['a mean that is no number', { story: Number.NaN, topic: 0.2, topicCount: 3 }, 'unknown'],
    ['nearer the story', { story: 0.3, topic: 0.1, topicCount: 3 }, 'with-the-story'],
    ['a little nearer the topic, within the join bar', { story: 0.17, topic: 0.2, topicCount: 3 }, 'with-the-story'],
    ['nearer the topic', { story: 0.15, topic: 0.2, topicCount: 3 }, 'nearer-the-topic'],
    ['more than twice as near the topic', { story: 0.1, topic: 0.21, topicCount: 2 }, 'far-nearer-the-topic'],
    ['more than twice as near one topic report', { story: 0.1, topic: 0.21, topicCount: 1 }, 'nearer-the-topic'],
  ])('%s', (_what, standing, expected) => {
    expect(decideStanding(standing)).toBe(expected);
  });
});
