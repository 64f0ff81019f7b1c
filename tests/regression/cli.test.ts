// The command line, run as a user runs it: JSON on stdout, errors on stderr with a non-zero exit.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const seed = (prefix: string) => join(ROOT, 'seeds', readdirSync(join(ROOT, 'seeds')).find((f) => f.startsWith(prefix))!);
const run = (script: string, args: string[]) => spawnSync(TSX, [join(ROOT, 'src/cli', script), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
const tmp = mkdtempSync(join(tmpdir(), 'parallax-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('npm run analyze', () => {
  test('prints the AnalysisResult contract for a seed against the bundled seeds', () => {
    const r = run('analyze.ts', [seed('004'), '--url', 'https://example.org/story']);
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.article).toMatchObject({ title: expect.any(String), url: 'https://example.org/story', inCorpus: '004_f783c34e8abe1316' });
    expect(out.related.map((x: { id: string }) => x.id.slice(0, 3)).sort()).toEqual(['000', '001', '002', '003']);
    for (const x of out.related) expect(x).toMatchObject({ id: expect.any(String), title: expect.any(String), score: expect.any(Number) });
    const diverging = out.figures.filter((g: { status: string }) => g.status === 'diverging');
    expect(diverging).toHaveLength(1);
    expect(diverging[0].mentions.map((m: { reportId: string | null; text: string }) => `${m.reportId?.slice(0, 3) ?? 'open'}:${m.text}`).sort()).toEqual([
      '000:$240.1bn',
      '003:$240.1bn',
      'open:$227.8 billion',
    ]);
    for (const m of diverging[0].mentions) expect(Object.keys(m)).toEqual(expect.arrayContaining(['reportId', 'text', 'value', 'unit', 'start', 'end']));
  });

  test('analyses an HTML page, against a corpus compiled by npm run corpus', () => {
    const out = join(tmp, 'seeds.json');
    const build = run('corpus.ts', ['build', join(ROOT, 'seeds'), '--out', out]);
    expect(build.status, build.stderr).toBe(0);
    const page = join(ROOT, 'tests/fixtures/pages/readability-news/bbc-1/source.html');
    const r = run('analyze.ts', [page, '--corpus', out]);
    expect(r.status, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.article.title).toMatch(/Obama/);
    expect(result.related).toEqual([]);
    expect(result.article.inCorpus).toBeNull();
  });

  test.each([
    [['/no/such/file.txt'], /no such file|ENOENT/i],
    [[], /usage/],
  ])('fails clearly for %j', (args, message) => {
    const r = run('analyze.ts', args);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  test('--jsonl analyses many files against one corpus: one result per line, in order, a bad file said so on its line', () => {
    const page = join(ROOT, 'tests/fixtures/pages/readability-news/bbc-1/source.html');
    const r = run('analyze.ts', ['--jsonl', seed('000'), '/no/such/file.txt', page, seed('003')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/\/no\/such\/file\.txt/);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual([seed('000'), '/no/such/file.txt', page, seed('003')]);
    expect(lines[0].article.inCorpus).toBe('000_71f41e3bd6710852');
    expect(lines[0].related.map((x: { id: string }) => x.id.slice(0, 3)).sort()).toEqual(['001', '002', '003', '004']);
    expect(lines[0]).toHaveProperty('alsoOnTopic');
    expect(lines[1].error).toMatch(/no such file|ENOENT/i);
    expect(lines[2].article.title).toMatch(/Obama/);
    expect(lines[2].related).toEqual([]);
    expect(lines[3].article.inCorpus).toBe('003_75a7583855ad6978');
  });

  test.each([[['--jsonl']], [['--jsonl', 'a.txt', '--url', 'https://example.org/']]])('--jsonl refuses %j', (args) => {
    const r = run('analyze.ts', args);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/usage/);
  });

  test('a malformed corpus file is refused with its name and the reason', () => {
    const bad = join(tmp, 'bad.json');
    writeFileSync(bad, JSON.stringify({ format: 'parallax-corpus', version: 99, articles: [] }));
    const r = run('analyze.ts', [seed('000'), '--corpus', bad]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('bad.json');
    expect(r.stderr).toMatch(/version/);
  });
});

describe('npm run figures', () => {
  test('prints figures with exact spans', () => {
    const r = run('figures.ts', [seed('000')]);
    expect(r.status, r.stderr).toBe(0);
    const figures = JSON.parse(r.stdout) as Array<{ text: string; start: number; end: number; value: number; unit: string; kind: string }>;
    const trade = figures.find((f) => f.text === '$240.1bn');
    expect(trade).toMatchObject({ value: 240.1e9, unit: 'USD', kind: 'money' });
    expect(trade!.end - trade!.start).toBe('$240.1bn'.length);
  });
});
