// Each UI page loads only its own code: the popup's static import graph (type-only imports aside)
// reaches only small leaf core modules it calls, so its build chunk cannot pull in the corpus format,
// the search index or the term table. Read from the sources, so it needs no build.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const IMPORT = /^\s*(import|export)\s+(?!type\b)(?:[^'";]*?\bfrom\s*)?['"]([^'"]+)['"]/gm;

/** Source files (repo-relative) reached from `entry` through value imports. */
function importGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    const rel = relative(ROOT, file);
    if (seen.has(rel)) return;
    seen.add(rel);
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const spec = m[2]!;
      if (!spec.startsWith('.')) continue; // packages (webextension-polyfill)
      const target = resolve(dirname(file), spec);
      if (existsSync(target)) visit(target);
    }
  };
  visit(resolve(ROOT, entry));
  return seen;
}

describe('entry import graphs', () => {
  it('follows value imports and skips type-only ones', () => {
    const graph = importGraph('src/shared/message-validators.ts');
    expect(graph).toContain('src/core/limits.ts');
    expect(graph).not.toContain('src/core/types.ts');
  });

  it('the popup reaches only the small core modules it calls, none of corpus, matching, figures or text', () => {
    const core = [...importGraph('src/popup/popup.ts')].filter((f) => f.startsWith('src/core/')).sort();
    // limits: constants; same-article-url: which cached result is this page's (the popup calls it).
    expect(core).toEqual(['src/core/limits.ts', 'src/core/page/same-article-url.ts']);
    for (const f of core) expect([...importGraph(f)]).toEqual([f]); // each imports nothing further
  });

  it('the shared protocol (loaded by every page) reaches no core module but the limits', () => {
    const core = [...importGraph('src/shared/protocol.ts')].filter((f) => f.startsWith('src/core/'));
    expect(core).toEqual(['src/core/limits.ts']);
  });

  it('the limits module imports nothing', () => {
    expect([...importGraph('src/core/limits.ts')]).toEqual(['src/core/limits.ts']);
  });
});
