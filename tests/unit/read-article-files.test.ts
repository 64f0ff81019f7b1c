import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { readArticleFolder } from '../../src/cli/read-article-files.ts';

const dirs: string[] = [];
function folder(files: Record<string, string>): string {
  const d = mkdtempSync(join(tmpdir(), 'parallax-folder-'));
  dirs.push(d);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(d, name), content);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const ARTICLE = 'A Headline About Something\n\nFirst paragraph of the body.\n\nSecond paragraph.\n';

describe('readArticleFolder', () => {
  test('reads the bundled seeds: five articles, ids from file names', () => {
    const { articles, skipped } = readArticleFolder(resolve(import.meta.dirname, '../../seeds'), { strict: true });
    expect(skipped).toEqual([]);
    expect(articles.map((a) => a.id.slice(0, 3))).toEqual(['000', '001', '002', '003', '004']);
    expect(articles.every((a) => a.title.length > 10 && a.paragraphs.join(' ').length > 1500)).toBe(true);
  });

  test('applies the index.json sidecar and ignores $comment keys', () => {
    const d = folder({
      'a.txt': ARTICLE,
      'index.json': JSON.stringify({ $comment: 'metadata', a: { source: 'The Daily', published: '2024-05-16', url: 'https://example.org/a' } }),
    });
    const [a] = readArticleFolder(d).articles;
    expect(a).toMatchObject({ id: 'a', title: 'A Headline About Something', source: 'The Daily', published: '2024-05-16', url: 'https://example.org/a' });
  });

  test('skips unreadable files with a reason, or fails naming the file in strict mode', () => {
    const d = folder({ 'good.txt': ARTICLE, 'empty.txt': '   \n\n', 'binary.txt': 'abc\u0000def', 'notes.md': 'ignored' });
    const { articles, skipped } = readArticleFolder(d);
    expect(articles.map((a) => a.id)).toEqual(['good']);
    expect(skipped).toEqual([
      { file: 'binary.txt', reason: 'binary file, not text' },
      { file: 'empty.txt', reason: 'no text' },
    ]);
    expect(() => readArticleFolder(d, { strict: true })).toThrow(/binary\.txt: binary file, not text/);
  });

  test('a malformed sidecar fails with the file and the reason', () => {
    expect(() => readArticleFolder(folder({ 'a.txt': ARTICLE, 'index.json': '{ not json' }))).toThrow(/index\.json: not valid JSON/);
    expect(() => readArticleFolder(folder({ 'a.txt': ARTICLE, 'index.json': '{"a": {"source": 5}}' }))).toThrow(/"a\.source" must be a string/);
    // Addresses the extension would refuse are refused here too.
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'not a url']) {
      expect(() => readArticleFolder(folder({ 'a.txt': ARTICLE, 'index.json': JSON.stringify({ a: { url } }) }))).toThrow(/"a\.url" must be an http or https address/);
    }
  });

  test('an HTML page with no article is skipped with a reason', () => {
    const d = folder({ 'login.html': '<html><body><form><input></form></body></html>', 'b.txt': ARTICLE });
    const { articles, skipped } = readArticleFolder(d);
    expect(articles.map((a) => a.id)).toEqual(['b']);
    expect(skipped[0]).toMatchObject({ file: 'login.html' });
  });
});
