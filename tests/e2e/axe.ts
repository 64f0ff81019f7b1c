// Runs axe-core in a page and returns its violations, each as one readable line. The extension's
// pages forbid inline scripts (CSP), so axe goes in through the driver's evaluate, not a <script>.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; summary: string }>;
}

/** A page of either driver: playwright's and puppeteer's both evaluate a string or a function. */
interface Evaluates {
  evaluate(fn: string): Promise<unknown>;
}

/** The script run in the page: WCAG 2.x A and AA plus best practices. */
const RUN = `(async () => {
  const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }, resultTypes: ['violations'] });
  return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target.map(String), summary: n.failureSummary || '' })) }));
})()`;

export async function axeViolations(page: Evaluates): Promise<AxeViolation[]> {
  if (!(await page.evaluate('typeof axe !== "undefined"'))) await page.evaluate(AXE_SOURCE);
  return (await page.evaluate(RUN)) as AxeViolation[];
}

export function describeViolations(vs: AxeViolation[]): string {
  return vs.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.summary.replace(/\s+/g, ' ')}`).join('\n')}`).join('\n');
}
