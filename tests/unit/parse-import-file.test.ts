import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildCorpus, serializeCorpus } from '../../src/core/corpus/corpus-file.ts';
import {
  checkImportArticle,
  describeProblem,
  importFileKind,
  lineColumn,
  normaliseArticleText,
  parseImportFile,
  scanJson,
  splitParagraphs,
  type ImportFileResult,
  type ImportLimits,
} from '../../src/core/corpus/parse-import-file.ts';

const LIMITS: ImportLimits = { maxArticles: 100, maxArticleChars: 5000 };
const FIXTURES = resolve(import.meta.dirname, '../fixtures/import');
const fixture = (p: string) => readFileSync(join(FIXTURES, p), 'utf8');

const good = { title: 'Harbour tunnel reopens', text: 'The harbour tunnel reopened on Monday.\n\nRepairs took six weeks.' };
const line = (o: unknown) => JSON.stringify(o);

function problems(r: ImportFileResult) {
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.problems;
}

interface Case {
  name: string;
  file: string;
  content: string;
  articles?: number;
  /** Each expected problem: line (or undefined) and a pattern its reason must match. */
  problems?: Array<{ line?: number; reason: RegExp }>;
}

const corpusFile = JSON.stringify(
  serializeCorpus(
    buildCorpus([
      { id: 'a', title: 'Council approves cycle lanes', paragraphs: ['The council voted 31 to 12.', 'Work starts in spring.'], source: 'Gazette', url: 'https://gazette.example/a', published: '2024-03-05' },
      { id: 'b', title: 'Cycle lanes cost 14 million', paragraphs: ['The scheme will cost 14 million.'] },
    ]),
  ),
);

const CASES: Case[] = [
  { name: 'one article object', file: 'a.json', content: line(good), articles: 1 },
  { name: 'an array of articles', file: 'a.json', content: line([good, { ...good, title: 'Other' }]), articles: 2 },
  { name: '{"articles": [...]}', file: 'a.json', content: line({ articles: [good] }), articles: 1 },
  { name: 'jsonl with blank lines and CRLF', file: 'a.jsonl', content: `${line(good)}\r\n\r\n${line({ ...good, title: 'B' })}\r\n`, articles: 2 },
  { name: '.ndjson is JSON Lines', file: 'a.ndjson', content: line(good), articles: 1 },
  { name: 'a plain-text article', file: 'story.txt', content: 'Harbour tunnel reopens after repairs\n\nThe harbour tunnel reopened on Monday.\n\nRepairs took six weeks.\n', articles: 1 },
  { name: 'a compiled corpus file', file: 'corpus.json', content: corpusFile, articles: 2 },
  { name: 'a UTF-8 byte-order mark', file: 'a.json', content: `\uFEFF${line(good)}`, articles: 1 },
  { name: 'extra fields and null optional fields are ignored', file: 'a.json', content: line({ ...good, id: 7, url: null, source: '', tags: ['x'] }), articles: 1 },

  { name: 'malformed JSON: missing comma', file: 'bad.json', content: '[\n  {"title": "A", "text": "B"}\n  {"title": "C", "text": "D"}\n]', problems: [{ line: 3, reason: /not valid JSON: expected "," or "\]"/ }] },
  { name: 'malformed JSON: trailing comma', file: 'bad.json', content: '{\n  "title": "A",\n  "text": "B",\n}\n', problems: [{ line: 4, reason: /trailing comma/ }] },
  { name: 'malformed JSON: cut short', file: 'bad.json', content: '[{"title": "A", "text": "B"', problems: [{ line: 1, reason: /ends inside an object/ }] },
  { name: 'malformed JSON: single quotes', file: 'bad.json', content: "{'title': 'A'}", problems: [{ line: 1, reason: /property name in double quotes/ }] },
  { name: 'malformed JSON: line break inside a string', file: 'bad.json', content: '{"title": "A",\n "text": "one\ntwo"}', problems: [{ line: 2, reason: /line break inside a text value/ }] },
  { name: 'JSON Lines saved as .json', file: 'lines.json', content: `${line(good)}\n${line(good)}\n`, problems: [{ line: 2, reason: /\.jsonl/ }] },
  { name: 'jsonl with a bad line 3', file: 'x.jsonl', content: [line(good), line(good), '{"title": "A", "text": "B"', line(good)].join('\n'), problems: [{ line: 3, reason: /not valid JSON/ }] },
  { name: 'jsonl: a line that is not an object', file: 'x.jsonl', content: `${line(good)}\n[1, 2]\n`, problems: [{ line: 2, reason: /found a list/ }] },
  { name: 'missing title', file: 'a.json', content: line({ text: 'Body' }), problems: [{ reason: /has no "title"/ }] },
  { name: 'missing title in an array names the article and its line', file: 'a.json', content: `[\n  ${line(good)},\n  ${line({ text: 'Body' })}\n]`, problems: [{ line: 3, reason: /article 2: the article has no "title"/ }] },
  { name: 'empty title', file: 'a.json', content: line({ title: '   ', text: 'Body' }), problems: [{ reason: /"title" is empty/ }] },
  { name: 'missing text', file: 'a.json', content: line({ title: 'T' }), problems: [{ reason: /has no "text"/ }] },
  { name: 'non-string title', file: 'a.jsonl', content: line({ title: 42, text: 'Body' }), problems: [{ line: 1, reason: /"title" must be text, not a number/ }] },
  { name: 'non-string text', file: 'a.jsonl', content: line({ title: 'T', text: ['a', 'b'] }), problems: [{ line: 1, reason: /"text" must be text, not a list/ }] },
  { name: 'non-string published', file: 'a.jsonl', content: line({ ...good, published: 2024 }), problems: [{ line: 1, reason: /"published" must be text, not a number/ }] },
  { name: 'a url that is not a web address', file: 'a.json', content: line({ ...good, url: 'javascript:alert(1)' }), problems: [{ reason: /not a web address/ }] },
  { name: 'text over the limit', file: 'a.json', content: line({ title: 'T', text: 'word '.repeat(1200) }), problems: [{ reason: /longer than 5,000 characters/ }] },
  { name: 'too many articles', file: 'a.json', content: line(Array.from({ length: 101 }, () => good)), problems: [{ reason: /holds 101 articles; Parallax imports up to 100/ }] },
  { name: 'an empty list', file: 'a.json', content: '[]', problems: [{ reason: /list of articles is empty/ }] },
  { name: 'a number is not an article', file: 'a.json', content: '42', problems: [{ reason: /found a number/ }] },
  { name: 'an empty file', file: 'a.json', content: '  \n', problems: [{ reason: /file is empty/ }] },
  { name: 'an empty jsonl file', file: 'a.jsonl', content: '\n\n', problems: [{ reason: /file is empty/ }] },
  { name: 'a .txt with no text', file: 'a.txt', content: 'Share this article\n', problems: [{ reason: /no article text/ }] },
  { name: 'a binary file', file: 'a.txt', content: 'PK\u0003\u0004\u0000\u0000', problems: [{ reason: /binary/ }] },
  { name: 'an unsupported extension', file: 'a.pdf', content: '%PDF', problems: [{ reason: /not a file Parallax can import/ }] },
  { name: 'a corpus file of another version', file: 'c.json', content: line({ format: 'parallax-corpus', version: 99, articles: [], index: {} }), problems: [{ reason: /unsupported version 99/ }] },
  {
    name: 'a corpus file whose sentences are outside the text',
    file: 'c.json',
    content: (() => {
      const f = JSON.parse(corpusFile);
      f.articles[0].sentences = [0, 99999];
      return JSON.stringify(f);
    })(),
    problems: [{ reason: /sentence outside its text/ }],
  },
];

describe('parseImportFile', () => {
  for (const c of CASES) {
    test(c.name, () => {
      const r = parseImportFile(c.file, c.content, LIMITS);
      if (c.articles !== undefined) {
        expect(r).toMatchObject({ ok: true });
        expect(r.ok && r.articles.length).toBe(c.articles);
        return;
      }
      const got = problems(r);
      expect(got.length).toBe(c.problems!.length);
      c.problems!.forEach((want, k) => {
        expect(got[k]!.file).toBe(c.file);
        expect(got[k]!.line).toBe(want.line);
        expect(got[k]!.reason).toMatch(want.reason);
      });
    });
  }

  test('a compiled corpus keeps titles, text and metadata', () => {
    const r = parseImportFile('corpus.json', corpusFile, LIMITS);
    expect(r.ok && r.articles[0]).toEqual({
      title: 'Council approves cycle lanes',
      text: 'The council voted 31 to 12.\n\nWork starts in spring.',
      source: 'Gazette',
      url: 'https://gazette.example/a',
      published: '2024-03-05',
    });
  });

  test('a .txt takes its headline as title and its site suffix as source', () => {
    const r = parseImportFile('s.txt', 'Harbour tunnel reopens after repairs - Test Gazette\nHarbour tunnel reopens after repairs\n\nThe tunnel reopened on Monday.\n', LIMITS);
    expect(r.ok && r.articles[0]).toEqual({ title: 'Harbour tunnel reopens after repairs', text: 'The tunnel reopened on Monday.', source: 'Test Gazette' });
  });

  test('every bad line of a file is reported, up to a cap', () => {
    const content = Array.from({ length: 25 }, () => '{').join('\n');
    const got = problems(parseImportFile('many.jsonl', content, LIMITS));
    expect(got.length).toBe(11);
    expect(got.slice(0, 10).map((p) => p.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(got[10]!.reason).toBe('and 15 more problems in this file');
  });

  test('markup in a field stays text', () => {
    const r = parseImportFile('h.jsonl', fixture('hostile-titles.jsonl'), LIMITS);
    expect(r.ok).toBe(true);
    const a = r.ok ? r.articles[0]! : undefined;
    expect(a?.title).toBe('<img src=x onerror="document.title=\'pwned\'"> Hostile <b>title</b>');
    expect(a?.source).toBe('<em>Outlet</em>');
  });

  test('deeply nested JSON is refused without overflowing the stack', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(99_999)}`;
    const got = problems(parseImportFile('deep.json', deep, LIMITS));
    expect(got[0]!.reason).toMatch(/not valid JSON/);
  });
});

describe('the fixture files', () => {
  const cases: Array<[string, number | undefined, RegExp]> = [
    ['malformed/bad-line-3.jsonl', 3, /not valid JSON/],
    ['malformed/missing-title.json', 6, /article 2: the article has no "title"/],
    ['malformed/trailing-comma.json', 5, /trailing comma/],
    ['malformed/non-string-fields.jsonl', 1, /"title" must be text, not a number/],
    ['malformed/wrong-version.corpus.json', undefined, /unsupported version/],
    ['malformed/empty.txt', undefined, /file is empty/],
  ];
  for (const [file, wantLine, reason] of cases) {
    test(`${file} is refused at line ${wantLine ?? '-'}`, () => {
      const got = problems(parseImportFile(file, fixture(file), LIMITS));
      expect(got[0]!.line).toBe(wantLine);
      expect(got[0]!.reason).toMatch(reason);
    });
  }

  test('non-string-fields.jsonl reports both lines', () => {
    const got = problems(parseImportFile('n.jsonl', fixture('malformed/non-string-fields.jsonl'), LIMITS));
    expect(got.map(describeProblem)).toEqual(['n.jsonl, line 1: "title" must be text, not a number', 'n.jsonl, line 2: "published" must be text, not a number']);
  });

  test('the real plain-text article', () => {
    const r = parseImportFile('venturebeat.txt', fixture('articles/venturebeat-wework-investigation.txt'), { maxArticles: 10, maxArticleChars: 400_000 });
    expect(r.ok && r.articles[0]!.title).toBe('New York State Attorney General investigating WeWork and former CEO');
    expect(r.ok && r.articles[0]!.text.split('\n\n').length).toBeGreaterThan(5);
  });

  test('articles.jsonl', () => {
    const r = parseImportFile('articles.jsonl', fixture('articles.jsonl'), LIMITS);
    expect(r.ok && r.articles.map((a) => a.source)).toEqual(['Test Gazette', 'Test Courier']);
  });
});

describe('helpers', () => {
  test('importFileKind', () => {
    expect(['a.JSON', 'b.jsonl', 'c.ndjson', 'd.txt', 'e.HTM', 'f.html', 'g.md', 'noext', 'dir.json/x'].map(importFileKind)).toEqual([
      'json',
      'jsonl',
      'jsonl',
      'txt',
      'html',
      'html',
      null,
      null,
      null,
    ]);
  });

  test('splitParagraphs: blank lines, else single line breaks', () => {
    expect(splitParagraphs('a  b\n\n \n c\n')).toEqual(['a b', 'c']);
    expect(splitParagraphs('one\ntwo\r\nthree')).toEqual(['one', 'two', 'three']);
    expect(splitParagraphs('one\n\ntwo\nstill two')).toEqual(['one', 'two still two']);
    expect(normaliseArticleText(normaliseArticleText('x\n\n\n y'))).toBe('x\n\ny');
  });

  test('scanJson finds array elements and error positions', () => {
    const text = '[\n {"a": 1},\n {"b": [1, 2]}\n]';
    expect(scanJson(text).elements.map((o) => lineColumn(text, o).line)).toEqual([2, 3]);
    expect(scanJson('{"articles": [1, 2]}').elements).toEqual([14, 17]);
    expect(scanJson('{"x": tru}').error?.reason).toMatch(/expected a value/);
    expect(scanJson('"\\x"').error?.reason).toMatch(/not a valid escape/);
    expect(scanJson('[1, 2] 3').error?.offset).toBe(7);
  });

  test('checkImportArticle trims and drops empty optional fields', () => {
    expect(checkImportArticle({ title: '  A \n title ', text: ' x ', source: ' ', url: 'https://a.example/x ' }, LIMITS)).toEqual({
      article: { title: 'A title', text: 'x', url: 'https://a.example/x' },
    });
  });
});
