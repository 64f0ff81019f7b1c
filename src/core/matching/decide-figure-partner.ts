// Whether a report listed as the same story is one whose figures are lined up with the open article's.
//
// A listing costs little when wrong (the reader sees one report too many); a figure flag does not: "diverging"
// or "updated" across two events of one topic (two bombings in one city a month apart, two strike days) is
// a false claim about the story. So figures ask one more thing of a listed report: that among the open
// article's topic it stands with the open article (topicCohesion at least FIGURE_TOPIC_COHESION), not with
// the reports of another event. Unknown topicCohesion (too few reports on the topic to tell) asks nothing.
//
// Chosen on the development parts (npm run eval:figures "read dev", npm run eval:matching "across!"), by a
// grid over the topic's cosine (0.15, 0.2, 0.25) and this bar (-0.1 to 0.2): from 0 up, stories dev loses
// every cross-story flag (5 -> 0 as read; 18 -> 3 over all 168 reports) and finds 2 more updates; higher
// bars only take more of ecbplus-dev's within-event flags away (224 -> 179 at 0, 168 at 0.2).
import type { StoryFeatures } from './decide-same-story.ts';

export const FIGURE_TOPIC_COHESION = 0;

export type FigurePartner = 'aligned' | 'listed-only';

export function decideFigurePartner(f: Pick<StoryFeatures, 'topicCohesion'>): FigurePartner {
  const c = f.topicCohesion;
  return c !== undefined && Number.isFinite(c) && c < FIGURE_TOPIC_COHESION ? 'listed-only' : 'aligned';
}
