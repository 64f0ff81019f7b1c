import { copyArticleMeta } from './corpus/copy-article-meta.ts';
import { alignFigures, type FigureSource } from './figures/align-figures.ts';
import { matchRelated, type Candidate } from './matching/match-related.ts';
import { decideFigurePartner, nearestTopicCohesion } from './matching/decide-figure-partner.ts';
import { prepareArticle, preparedOf, type PreparedArticle } from './matching/prepare-article.ts';
import type { AnalysisResult, ArticleInput, Corpus, FigureGroup, RelatedReport } from './types.ts';

export const MAX_RELATED = 12;

export interface AnalyzeOptions {
  /** Reports listed at most (default MAX_RELATED, what the popup has room for; evaluations list all). */
  maxRelated?: number;
}

/** The whole analysis of one article against the corpora: related reports and aligned figures. */
export function analyze(article: ArticleInput, corpora: Corpus[], options: AnalyzeOptions = {}): AnalysisResult {
  const maxRelated = options.maxRelated ?? MAX_RELATED;
  const open = prepareArticle(article);
  const candidates = matchRelated(open, corpora);
  const self = bestSelf(candidates, open);
  const sameStory = candidates.filter((c) => c.decision === 'same-story'); // the article itself ('self') is never listed
  const listed = sameStory.slice(0, maxRelated);
  const related = listed.map(relatedReport);
  // Another event of the same topic: listed apart, and its figures are never aligned with this story's.
  const alsoOnTopic = candidates.filter((c) => c.decision === 'related-topic').slice(0, maxRelated).map(relatedReport);
  const reference = open.published ?? firstDate(listed);
  // Figures only with the listed reports that stand with this one on its topic (decide-figure-partner.ts).
  // Over every same-story report, not only those shown: the popup's figures then agree with the evaluations'.
  const nearestListed = nearestTopicCohesion(sameStory.map((c) => c.features));
  const partners = listed.filter(
    (c) => decideFigurePartner({ ...c.features, nearestListed, bothDated: Boolean(open.published && c.article.published) }) === 'aligned',
  );
  const figures = inReportTexts(
    alignFigures(
      figureSource(null, open, reference),
      partners.map((c) => figureSource(c.article.id, preparedOf(c.article), reference)),
    ),
    new Map(partners.map((c) => [c.article.id, preparedOf(c.article)])),
  );
  const out: AnalysisResult = { article: { title: article.title, inCorpus: self ? self.article.id : null }, related, alsoOnTopic, figures };
  if (article.url) out.article.url = article.url;
  return out;
}

function relatedReport(c: Candidate): RelatedReport {
  return copyArticleMeta<RelatedReport>({ id: c.article.id, title: c.article.title, score: round(c.score), sharedTerms: c.sharedTerms }, c.article);
}

/** The entry that is the open article: by address, then the very same text, the same title, the most text in common. */
function bestSelf(candidates: Candidate[], open: PreparedArticle): Candidate | undefined {
  let best: Candidate | undefined;
  const strength = (c: Candidate): number =>
    (c.self!.url === 'same' ? 8 : 0) + (c.article.text === open.text ? 4 : 0) + (c.self!.sameTitle ? 2 : 0) + c.self!.containment + c.self!.bodySimilarity;
  for (const c of candidates) if (c.decision === 'self' && (!best || strength(c) > strength(best))) best = c;
  return best;
}

function firstDate(listed: Candidate[]): string | undefined {
  return listed.find((c) => c.article.published)?.article.published;
}

/**
 * A report as alignment reads it: a related report with its headline above its text. Its prepared figures are passed when they were read against the date
 * alignment would use: its own date, or none at all. A report without a date is otherwise read against the
 * reference date of the set (the open article's, else the first report's), so alignment extracts it again.
 */
function figureSource(reportId: string | null, p: PreparedArticle, reference: string | undefined): FigureSource {
  // A related report is read with its headline (headedText); the open article as the page shows its text,
  // where its figures are highlighted.
  const headed = reportId !== null;
  const src: FigureSource = { reportId, text: headed ? p.headedText : p.text, sentences: headed ? p.headedSentences : p.sentences };
  if (p.published) src.published = p.published;
  if (p.published || !reference) src.figures = headed ? p.headedFigures : p.figures;
  return src;
}

/**
 * Offsets of related reports' mentions back into their texts (they were read as headedText: the title, a blank
 * line, the text), so that the reader opens a report at the right sentence; a mention in the title keeps its
 * offsets in the title and says so (inTitle).
 */
function inReportTexts(groups: FigureGroup[], reports: ReadonlyMap<string, PreparedArticle>): FigureGroup[] {
  for (const g of groups) {
    for (const m of g.mentions) {
      const head = m.reportId === null ? 0 : reports.get(m.reportId)?.headLength ?? 0;
      if (!head) continue;
      if (m.start < head) {
        m.inTitle = true;
        continue;
      }
      m.start -= head;
      m.end -= head;
      if (m.sentence) m.sentence = [Math.max(0, m.sentence[0] - head), m.sentence[1] - head];
    }
  }
  return groups;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
