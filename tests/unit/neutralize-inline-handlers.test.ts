// @vitest-environment jsdom
// Handler attributes are renamed before a browser parses foreign HTML; text, scripts' text and
// attribute values are never changed.
import { describe, expect, test } from 'vitest';
import { neutralizeInlineHandlers } from '../../src/extraction/neutralize-inline-handlers.ts';

describe('neutralizeInlineHandlers', () => {
  test.each([
    ['<img src=x onerror="a()">', '<img src=x data-inert-onerror="a()">'],
    ['<body onload=a()><p>x</p></body>', '<body data-inert-onload=a()><p>x</p></body>'],
    ['<svg/onload=a()>', '<svg/data-inert-onload=a()>'],
    ['<img src="x"onerror=a()>', '<img src="x"data-inert-onerror=a()>'],
    ['<IMG SRC=x ONERROR = \'a()\'>', "<IMG SRC=x data-inert-ONERROR = 'a()'>"],
    ['<a title="x onclick=a()" href=y>', '<a title="x onclick=a()" href=y>'],
    ['<a title=x>y onclick=z</a>', '<a title=x>y onclick=z</a>'],
    ['<p>the vote on = Tuesday, 3 < 5 onset=1</p>', '<p>the vote on = Tuesday, 3 < 5 onset=1</p>'],
    ['<!-- <img onerror=a()> --><b onclick=b()>', '<!-- <img onerror=a()> --><b data-inert-onclick=b()>'],
    ['<script>if (a<b onclick=1) x()</script><i onclick=c>', '<script>if (a<b onclick=1) x()</script><i data-inert-onclick=c>'],
    ['<style>p{}</STYLE><i onclick=c>', '<style>p{}</STYLE><i data-inert-onclick=c>'],
    ['<textarea><b onclick=x></textarea>', '<textarea><b onclick=x></textarea>'],
    ['<img one=1 only two>', '<img data-inert-one=1 data-inert-only two>'],
    ['<img src=x onerror=a()', '<img src=x data-inert-onerror=a()'],
    ['<div data-x="a>b" onmouseover=q>', '<div data-x="a>b" data-inert-onmouseover=q>'],
    ['no markup at all', 'no markup at all'],
  ])('%s', (input, output) => {
    expect(neutralizeInlineHandlers(input)).toBe(output);
  });

  test('the browser parser finds no handler left, and the text is the same', () => {
    const html = '<body onload=a()><h1 onmouseover=b>Title</h1><img src=x onerror=c><svg onload=d></svg><p>Trade on = 5 <b>bn</b></p></body>';
    const before = new DOMParser().parseFromString(html, 'text/html');
    const after = new DOMParser().parseFromString(neutralizeInlineHandlers(html), 'text/html');
    const handlers = [...after.querySelectorAll('*')].flatMap((e) => [...e.attributes].map((a) => a.name)).filter((n) => n.startsWith('on'));
    expect(handlers).toEqual([]);
    expect(after.body.textContent).toBe(before.body.textContent);
  });

  test('a 5.7 MB page with 100,000 scripts: every handler renamed (a quadratic scan would time the test out)', () => {
    const page = '<script>var a = 1;</script><p onclick=x>text text text</p>'.repeat(100_000);
    expect(neutralizeInlineHandlers(page).length).toBe(page.length + 'data-inert-'.length * 100_000);
  });
});
