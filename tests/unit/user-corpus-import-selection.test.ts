// @vitest-environment jsdom
// The options page's reading of a selection: HTML pages through DOMParser + Readability, the rest
// through the pure parser; all or nothing; folders skip what is not an article.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { decodeFile, parseHtmlFile, readImportSelection, stripSiteSuffix, type SelectedFile } from '../../src/options/import-selection.ts';

const LIMITS = { maxArticles: 100, maxArticleChars: 400_000 };
const IMPORT = resolve(import.meta.dirname, '../fixtures/import');

function file(name: string, content: string | Uint8Array, relative = ''): SelectedFile {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return {
    name,
    size: bytes.byteLength,
    webkitRelativePath: relative,
    arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  };
}
const fixture = (p: string, relative = '') => file(p.split('/').pop()!, new Uint8Array(readFileSync(join(IMPORT, p))), relative);

const jsonl = (...objs: unknown[]) => objs.map((o) => JSON.stringify(o)).join('\n');
const A = { title: 'Harbour tunnel reopens', text: 'The harbour tunnel reopened on Monday.' };
const B = { title: 'Library opens late', text: 'The central library stays open until 9 pm.' };

describe('readImportSelection', () => {
  test('a real saved page becomes an article with its canonical address, outlet and date', async () => {
    const r = await readImportSelection([fixture('articles/thehill-south-dakota-meth-campaign.html')], 'files', LIMITS);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const a = r.articles[0]!;
    expect(a.title).toBe("South Dakota governor doubles down on 'meth, we're on it' anti-drug campaign");
    expect(a.url).toBe('https://thehill.com/homenews/news/471033-south-dakota-governor-doubles-down-on-meth-were-on-it-anti-drug-campaign');
    expect(a.source).toBe('The Hill');
    expect(a.published).toMatch(/^2019-11-19/);
    expect(a.text).toMatch(/Noem/);
    expect(a.text.split('\n\n').length).toBeGreaterThan(5);
  });

  test('a folder: articles are read, other files skipped and named', async () => {
    const r = await readImportSelection(
      [
        fixture('articles/venturebeat-wework-investigation.txt', 'articles/venturebeat-wework-investigation.txt'),
        fixture('articles/README.md', 'articles/README.md'),
        file('.DS_Store.json', '{}', 'articles/.DS_Store.json'),
        file('b.jsonl', jsonl(A, B), 'articles/sub/b.jsonl'),
      ],
      'folder',
      LIMITS,
    );
    expect(r).toMatchObject({ ok: true, files: 2, skipped: ['articles/README.md', 'articles/.DS_Store.json'] });
    expect(r.ok && r.articles.map((a) => a.title)).toEqual(['New York State Attorney General investigating WeWork and former CEO', A.title, B.title]);
  });

  test('picked one by one, a file Parallax cannot read is an error', async () => {
    const r = await readImportSelection([file('a.jsonl', jsonl(A)), file('notes.md', '# notes')], 'files', LIMITS);
    expect(r).toMatchObject({ ok: false, problems: [{ file: 'notes.md', reason: expect.stringMatching(/not a file Parallax can import/) }] });
  });

  test('all or nothing: one bad file refuses the selection, every problem is listed', async () => {
    const r = await readImportSelection(
      [file('good.jsonl', jsonl(A, B)), fixture('malformed/bad-line-3.jsonl'), fixture('malformed/missing-title.json'), file('page.html', '<html><body><p>Sign in</p></body></html>')],
      'files',
      LIMITS,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => [p.file, p.line])).toEqual([
      ['bad-line-3.jsonl', 3],
      ['missing-title.json', 6],
      ['page.html', undefined],
    ]);
    expect(r.problems[2]!.reason).toMatch(/too little text|no article/);
  });

  test('the same article twice is imported once (the last copy)', async () => {
    const r = await readImportSelection([file('a.jsonl', jsonl(A, B)), file('b.json', JSON.stringify({ ...A, source: 'Gazette' }))], 'files', LIMITS);
    expect(r.ok && r.articles).toEqual([B, { ...A, source: 'Gazette' }]);
    expect(r.ok && new Set(r.ids).size).toBe(2);
  });

  test('size caps: a file too large, a selection too large', async () => {
    const big = await readImportSelection([file('a.jsonl', jsonl(A))], 'files', { ...LIMITS, maxFileBytes: 10 });
    expect(big).toMatchObject({ ok: false, problems: [{ file: 'a.jsonl', reason: expect.stringMatching(/Parallax reads files up to/) }] });
    const many = await readImportSelection([file('a.jsonl', jsonl(A, B))], 'files', { ...LIMITS, maxImportChars: 50 });
    expect(many).toMatchObject({ ok: false, problems: [{ file: 'the selection', reason: expect.stringMatching(/million characters/) }] });
    const count = await readImportSelection([file('a.jsonl', jsonl(A)), file('b.jsonl', jsonl(B))], 'files', { ...LIMITS, maxArticles: 1 });
    expect(count).toMatchObject({ ok: false, problems: [{ reason: expect.stringMatching(/holds 2 articles; Parallax imports up to 1/) }] });
  });

  test('an empty folder, or one with no articles', async () => {
    const r = await readImportSelection([file('x.png', 'PNG', 'photos/x.png')], 'folder', LIMITS);
    expect(r).toMatchObject({ ok: false, problems: [{ file: 'photos', reason: expect.stringMatching(/no \.txt, \.html/) }], skipped: ['photos/x.png'] });
  });
});

describe('HTML and text decoding', () => {
  test('a page in windows-1252 is decoded by its <meta charset>', () => {
    const html = '<html><head><meta charset="windows-1252"></head><body>caf\u00e9</body></html>';
    const bytes = Uint8Array.from(html, (c) => c.charCodeAt(0));
    expect(decodeFile(bytes.buffer, true)).toContain('café');
  });

  test('a Latin-1 file that says nothing of its encoding keeps its accents (windows-1252, not replacement characters)', () => {
    const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
    const text = 'Caf\u00e9 cr\u00e8me: the Z\u00fcrich r\u00e9gion paid \u00a3240\u00a0million.';
    expect(decodeFile(latin1(text).buffer, false)).toBe(text);
    expect(decodeFile(latin1(`<html><body><p>${text}</p></body></html>`).buffer, true)).toContain(text);
    // A page that declares UTF-8 but is not is read the same way; real UTF-8 stays UTF-8.
    expect(decodeFile(latin1(`<meta charset="utf-8"><p>${text}</p>`).buffer, true)).toContain(text);
    expect(decodeFile(new TextEncoder().encode(text).buffer as ArrayBuffer, false)).toBe(text);
  });

  test('five different articles sharing one address: the selection says how many were merged', async () => {
    const five = Array.from({ length: 5 }, (_, i) => ({ title: `Story ${i}`, text: `Body of story ${i}.`, url: 'https://example.org/' }));
    const r = await readImportSelection([file('five.jsonl', jsonl(...five))], 'files', LIMITS);
    expect(r.ok && r.articles.length).toBe(1);
    expect(r.ok && r.merged).toBe(4);
    const apart = await readImportSelection([file('two.jsonl', jsonl(A, B))], 'files', LIMITS);
    expect(apart.ok && apart.merged).toBe(0);
  });

  test('a UTF-16 file with a byte-order mark', () => {
    const text = '{"title": "Ünïcode", "text": "x"}';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes[2 + i * 2] = text.charCodeAt(i);
    expect(decodeFile(bytes.buffer, false)).toBe(text);
  });

  test('script in a page is never run, and its text is not the article', () => {
    const paras = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} of a report on the harbour tunnel, which reopened on Monday after six weeks of repairs to its ventilation.</p>`).join('');
    const html = `<html><head><title>Tunnel reopens - Test Gazette</title><link rel="canonical" href="javascript:alert(1)"><meta property="og:site_name" content="Test Gazette"></head><body><article><h1>Tunnel reopens</h1><script>window.__ran = true</script>${paras}</article></body></html>`;
    const r = parseHtmlFile('t.html', html, LIMITS);
    expect((globalThis as { __ran?: boolean }).__ran).toBeUndefined();
    expect(r.ok && r.articles[0]).toMatchObject({ title: 'Tunnel reopens', source: 'Test Gazette' });
    expect(r.ok && r.articles[0]!.url).toBeUndefined(); // not a web address: dropped
    expect(r.ok && r.articles[0]!.text).not.toMatch(/__ran/);
  });

  test('stripSiteSuffix only strips a suffix that names the site', () => {
    expect(stripSiteSuffix('Governor doubles down on campaign | TheHill', ['The Hill'])).toBe('Governor doubles down on campaign');
    expect(stripSiteSuffix('Storm hits the coast - BBC News', [undefined, 'www.bbc.co.uk'])).toBe('Storm hits the coast');
    expect(stripSiteSuffix('Storm hits the coast - again', ['BBC'])).toBe('Storm hits the coast - again');
    expect(stripSiteSuffix('Short | X', ['X'])).toBe('Short | X');
  });
});
