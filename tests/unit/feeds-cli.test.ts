// `npm run corpus -- feeds`, run as a user runs it, against a local server: an RSS and an Atom feed
// (URLs), one saved as a file, an OPML file, a malformed feed and a missing one. The compiled
// corpus then answers `npm run analyze` on a third outlet's page of the same story.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startFeedServer, STORY, type FeedServer } from '../e2e/sources.feed-server.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const run = async (script: string, args: string[]) => {
  try {
    const { stdout, stderr } = await promisify(execFile)(TSX, [join(ROOT, 'src/cli', script), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 90_000 });
    return { status: 0, stdout, stderr };
  } catch (e) {
    const x = e as { code?: number; stdout?: string; stderr?: string };
    return { status: x.code ?? 1, stdout: x.stdout ?? '', stderr: x.stderr ?? '' };
  }
};
const tmp = mkdtempSync(join(tmpdir(), 'parallax-feeds-cli-'));
let server: FeedServer;

beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(async () => {
  await server?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('npm run corpus -- feeds', () => {
  test('compiles the feeds that work, names the ones that do not, and the corpus matches the story', { timeout: 120_000 }, async () => {
    const opml = join(tmp, 'subs.opml');
    writeFileSync(opml, `<?xml version="1.0"?><opml version="2.0"><body><outline text="B" xmlUrl="${server.origin}/business/atom.xml"/></body></opml>`);
    const out = join(tmp, 'feeds.json');
    const r = await run('corpus.ts', ['feeds', `${server.origin}/gadget/rss.xml`, opml, `${server.origin}/broken/feed.xml`, join(tmp, 'missing.xml'), '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`skipped ${server.origin}/broken/feed.xml: .*(malformed|not an RSS)`));
    expect(r.stderr).toMatch(/skipped .*missing\.xml: no such file/);
    expect(r.stdout).toMatch(/corpus: 3 articles from 2 feeds/);
    const corpus = JSON.parse(readFileSync(out, 'utf8'));
    expect(corpus.articles.map((a: { url: string }) => a.url).sort()).toEqual([
      `${server.origin}/business/bedding-feather-duvet-lung`,
      `${server.origin}/gadget/doobie-brothers`,
      `${server.origin}/gadget/feather-duvet-lung`,
    ]);
    const page = join(ROOT, 'tests/fixtures/pages/zyte-dev', STORY.reader, 'source.html');
    const a = await run('analyze.ts', [page, '--corpus', out]);
    expect(a.status, a.stderr).toBe(0);
    const result = JSON.parse(a.stdout);
    const urls = result.related.map((x: { url: string }) => x.url).sort();
    expect(urls).toEqual([`${server.origin}/business/bedding-feather-duvet-lung`, `${server.origin}/gadget/feather-duvet-lung`]);
    const ids = new Set(result.related.map((x: { id: string }) => x.id));
    expect(result.figures.some((g: { mentions: Array<{ reportId: string | null }> }) => g.mentions.some((m) => ids.has(m.reportId)))).toBe(true);
  });

  test('exits non-zero when no feed works', { timeout: 60_000 }, async () => {
    const r = await run('corpus.ts', ['feeds', `${server.origin}/broken/feed.xml`, '--out', join(tmp, 'none.json')]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/no feed could be read/);
  });
});
