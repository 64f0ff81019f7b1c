// Precision guard on real pages: reports of DIFFERENT stories share units and generic words ("people",
// "price", "killed", "buyout") but never a measure, so aligning them must flag no divergence. Uses the
// fixture pages under tests/fixtures/pages (skipped when they are absent), each opened against four pages
// of other stories, through the real extractor.
import { describe, expect, it } from 'vitest';
import { htmlToArticle } from '../../src/cli/read-article-files.ts';
import { alignFigures } from '../../src/core/figures/align-figures.ts';
import { fixtureHtml, fixturePages } from '../fixtures/fixture-pages.ts';

interface Page {
  id: string;
  story: string;
  text: string;
}

function loadPages(): Page[] {
  const out: Page[] = [];
  for (const page of fixturePages(['readability-news', 'zyte-dev'])) {
    try {
      const a = htmlToArticle(fixtureHtml(page));
      out.push({ id: page.id, story: page.story, text: a.paragraphs.join('\n\n') });
    } catch {
      // not an article page
    }
  }
  return out;
}

const pages = loadPages();

describe('alignFigures across unrelated stories', () => {
  it('has the fixture pages to check (a missing fixture or extraction regression must not pass quietly)', () => {
    expect(pages.length).toBeGreaterThanOrEqual(50);
  });

  it('flags no divergence', () => {
    const flagged: string[] = [];
    pages.forEach((page, i) => {
      const others: Page[] = [];
      for (let k = 1; others.length < 4 && k < pages.length; k++) {
        const p = pages[(i + k) % pages.length]!;
        if (p.story !== page.story) others.push(p);
      }
      const groups = alignFigures({ reportId: null, text: page.text }, others.map((p) => ({ reportId: p.id, text: p.text })));
      for (const g of groups.filter((x) => x.status === 'diverging')) {
        flagged.push(`${page.id}: "${g.measure}" ${g.mentions.map((m) => `${m.reportId ?? 'open'}=${m.text}`).join(' | ')}`);
      }
    });
    expect(flagged).toEqual([]);
  });
});
