// A stopped worker starts again for most popups (Chrome stops it after 30 s idle), and its first
// analysis runs the core's code for the first time: regular expressions compiled, functions not yet
// optimised. In Node on the seeds the first analysis took about 90 ms, one after a small unrelated
// analysis about 45 ms. So while the tab's page is still being read, the worker reads two short
// made-up reports once. The samples are invented, name no real story, and their results are dropped.
import { alignFigures } from '../core/figures/align-figures.ts';
import { analyze } from '../core/analyze.ts';
import type { Corpus } from '../core/types.ts';
import { measurePhase } from './time-phase.ts';

const SAMPLE_A = [
  'The regional council voted 31 to 12 on Tuesday to spend $4.5 million on new bus lanes, officials said.',
  'About 1,200 residents signed a petition, up 15% from last year, and the mayor said work would start in March and take two years.',
].join('\n\n');
const SAMPLE_B = [
  'Councillors approved a $4.2 million plan for bus lanes by 31 votes to 12, a spokesman told reporters on Wednesday.',
  'More than 1,000 people had signed a petition. Work is expected to last two years and cost 20% more than first planned.',
].join('\n\n');

let warmed = false;

/** Once per worker: one analysis of a sample against the first corpus, and one alignment of two samples. */
export function warmCore(against: Corpus[]): void {
  if (warmed) return;
  warmed = true;
  const start = performance.now();
  try {
    analyze({ title: 'Council approves bus lanes', text: SAMPLE_A, paragraphs: SAMPLE_A.split('\n\n') }, against.slice(0, 1));
    alignFigures({ reportId: null, text: SAMPLE_A, published: '2026-03-03' }, [{ reportId: 'sample', text: SAMPLE_B, published: '2026-03-04' }]);
  } catch {
    // Only a head start: the real analysis reports its own failures.
  }
  measurePhase('warm', start);
}
