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
//
// When the open article or the report is undated, the time rules that keep two developments apart have
// nothing to read, and a report of another development can stand with the open one above the bar (one
// Ankara bombing's undated report: its own story's reports at 0.53-0.60, the next month's at 0.02-0.21).
// Then the report must also stand about as near as the listed report that stands nearest: within
// FIGURE_COHESION_GAP of it. Chosen on the same parts by a grid of 0.05-0.5 (undated pairs only; on dated
// pairs any gap up to 0.5 lost five of one quake's updates): 0.2 takes "read dev" cross-story flags 6 -> 1
// and "across!" 17 -> 6 (ecbplus-dev 2 -> 0) and finds one more disagreement; it also takes ecbplus-dev's
// within-event flags 178 -> 75, most of them other players' points, other fighters' punches, other spans
// of days, along with some real ones (a death toll from a few of the reports).
import type { StoryFeatures } from './decide-same-story.ts';

export const FIGURE_TOPIC_COHESION = 0;
export const FIGURE_COHESION_GAP = 0.2;

export type FigurePartner = 'aligned' | 'listed-only';

export interface FigurePartnerEvidence extends Pick<StoryFeatures, 'topicCohesion'> {
  /** The highest topicCohesion among the listed reports (this one's included), when any is known. */
  nearestListed?: number;
  /** Both the open article and this report carry a date. */
  bothDated: boolean;
}

export function decideFigurePartner(f: FigurePartnerEvidence): FigurePartner {
  const c = f.topicCohesion;
  if (c === undefined || !Number.isFinite(c)) return 'aligned';
  if (c < FIGURE_TOPIC_COHESION) return 'listed-only';
  const best = f.nearestListed;
  if (!f.bothDated && best !== undefined && Number.isFinite(best) && best - c > FIGURE_COHESION_GAP) return 'listed-only';
  return 'aligned';
}

/** The highest known topicCohesion of a list, for decideFigurePartner's nearestListed. */
export function nearestTopicCohesion(features: ReadonlyArray<Pick<StoryFeatures, 'topicCohesion'>>): number | undefined {
  let best: number | undefined;
  for (const { topicCohesion: c } of features) if (c !== undefined && Number.isFinite(c) && (best === undefined || c > best)) best = c;
  return best;
}
