// Feed parsing: each format from real-world samples (tests/fixtures/feeds/README.md), and the
// hostile or broken cases: malformed XML, wrong or missing encodings, an entity-expansion bomb,
// relative and javascript: links.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeFeedBytes, declaredCharset } from '../../src/extraction/decode-feed-bytes.ts';
import { decodeEntities, htmlToParagraphs } from '../../src/core/feeds/html-to-text.ts';
import { parseFeedText, parseOpmlFeeds } from '../../src/core/feeds/parse-feed-text.ts';

const DIR = join(import.meta.dirname, '../fixtures/feeds');
const text = (f: string) => readFileSync(join(DIR, f), 'utf8');
const NOW = Date.parse('2026-12-01T00:00:00Z');

function parsed(body: string, url?: string) {
  const r = parseFeedText(body, url, NOW);
  if (!r.ok) throw new Error(`expected a feed, got ${r.reason}`);
  return r.feed;
}

describe('formats, from real feeds', () => {
  it('RSS 2.0 (The Guardian): items with links, dates, authors and HTML descriptions as text', () => {
    const f = parsed(text('guardian.rss'), 'https://www.theguardian.com/us/rss');
    expect(f.format).toBe('rss');
    expect(f.title).toBe('The Guardian');
    expect(f.items).toHaveLength(2);
    const a = f.items[0]!;
    expect(a.title).toBe('Trump State of the Union address promised unity but emphasized discord');
    expect(a.url).toBe('https://www.theguardian.com/us-news/2018/jan/31/donald-trump-state-of-the-union-address-unity-discord');
    expect(a.published).toBe('2018-01-31T07:26:05.000Z');
    expect(a.author).toBe('David Smith in Washington');
    expect(a.summary[0]).toBe('The president’s ‘new American moment’ speech stirred Republican applause while Democrats showed thinly disguised contempt');
    expect(a.summary.join(' ')).not.toMatch(/<|&lt;/);
    // <li> items become paragraphs of their own
    expect(f.items[1]!.summary.slice(0, 2)).toEqual(['One person who was not aboard the train was killed', 'Two crew members and two passengers were taken to a local hospital with minor injuries']);
  });

  it('RSS 1.0 / RDF (craigslist): CDATA titles and dc:date', () => {
    const f = parsed(text('craigslist.rdf'));
    expect(f.format).toBe('rdf');
    expect(f.items.map((i) => i.title)).toEqual(['Flag Football Saturday 12-19-15 at 10 am (Mill creek)', 'Christmas light night horse rides (Auburn)']);
    expect(f.items[0]!.url).toBe('http://seattle.craigslist.org/sno/act/5366708017.html');
    expect(f.items[0]!.published).toBe('2015-12-19T05:12:00.000Z');
    expect(f.items[1]!.summary.join(' ')).toContain('The cost of this ride is $45 per person.');
  });

  it('Atom (heise): the alternate link, published date, HTML content as text', () => {
    const f = parsed(text('heise.atom'));
    expect(f.format).toBe('atom');
    expect(f.title).toBe('heise developer neueste Meldungen');
    expect(f.siteUrl).toBe('http://www.heise.de/developer/');
    const e = f.items[0]!;
    expect(e.guid).toBe('http://heise.de/-3088438');
    expect(e.url).toMatch(/^http:\/\/www\.heise\.de\/developer\/meldung\/Java-Anwendungsserver/);
    expect(e.published).toBe('2016-02-01T16:22:00.000Z');
    expect(e.content).toEqual([expect.stringMatching(/^Die nun verfügbare Version 10/)]);
    expect(f.items[1]!.content[0]).toContain('der gleichen "Klasse" arbeitet');
  });

  it('JSON Feed (the specification example): content_text and content_html', () => {
    const f = parsed(text('jsonfeed-spec.json'));
    expect(f.format).toBe('json');
    expect(f.items.map((i) => [i.key, i.url, i.content])).toEqual([
      ['2', 'https://example.org/second-item', ['This is a second item.']],
      ['1', 'https://example.org/initial-post', ['Hello, world!']],
    ]);
  });

  it('OPML: nested outlines flattened, duplicates and non-web addresses dropped', () => {
    const r = parseOpmlFeeds(text('subscriptions.opml'));
    expect(r.ok && r.feeds).toEqual([
      { url: 'https://www.theguardian.com/world/rss', title: 'The Guardian' },
      { url: 'http://www.heise.de/developer/rss/news-atom.xml', title: 'heise developer' },
    ]);
    expect(parseOpmlFeeds('<opml><body></body></opml>').ok).toBe(false);
    expect(parseOpmlFeeds('not xml at all').ok).toBe(false);
  });
});

describe('broken and hostile feeds', () => {
  it.each([
    ['malformed XML', '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>Unclosed'],
    ['an HTML page', '<!doctype html><html><head><title>Home</title></head><body><p>hi</p></body></html>'],
    ['empty text', '   '],
    ['JSON that is not a feed', '{"hello": "world"}'],
  ])('%s is refused with a reason, never thrown', (_what, body) => {
    const r = parseFeedText(body, undefined, NOW);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.length).toBeGreaterThan(10);
  });

  it('a feed without items is "empty"', () => {
    const r = parseFeedText('<rss version="2.0"><channel><title>T</title></channel></rss>', undefined, NOW);
    expect(r.ok ? 'ok' : r.reason).toBe('empty');
  });

  it('an entity-expansion bomb is not expanded', () => {
    const levels = ['<!ENTITY a0 "lollollollollollollollollollol">'];
    for (let i = 1; i < 10; i++) levels.push(`<!ENTITY a${i} "${`&a${i - 1};`.repeat(10)}">`);
    const bomb = `<?xml version="1.0"?><!DOCTYPE rss [${levels.join('')}]><rss version="2.0"><channel><title>&a9;</title><item><title>Item &a9;</title><link>https://example.org/a</link></item></channel></rss>`;
    const r = parseFeedText(bomb, undefined, NOW);
    const json = JSON.stringify(r);
    expect(json.length).toBeLessThan(10_000); // 10^9 characters had it been expanded
    expect(json).not.toContain('lollollol');
  });

  it('relative links resolve against the feed address; javascript: links are dropped', () => {
    const body = `<rss version="2.0"><channel><title>T</title><link>https://news.example.org/</link>
      <item><title>Relative</title><link>/world/2026/story-1</link><guid>1</guid></item>
      <item><title>Dot relative</title><link>story-2.html</link><guid>2</guid></item>
      <item><title>Script</title><link>javascript:alert(1)</link><guid>3</guid></item></channel></rss>`;
    const f = parsed(body, 'https://feeds.example.org/rss/world.xml');
    expect(f.items.map((i) => i.url)).toEqual(['https://feeds.example.org/world/2026/story-1', 'https://feeds.example.org/rss/story-2.html', undefined]);
  });

  it('dates outside a sane range are dropped', () => {
    const body = `<rss version="2.0"><channel><title>T</title>
      <item><title>a</title><guid>1</guid><pubDate>Mon, 01 Jan 0001 00:00:00 GMT</pubDate></item>
      <item><title>b</title><guid>2</guid><pubDate>Fri, 01 Jan 2100 00:00:00 GMT</pubDate></item>
      <item><title>c</title><guid>3</guid><pubDate>not a date</pubDate></item></channel></rss>`;
    expect(parsed(body).items.map((i) => i.published)).toEqual([undefined, undefined, undefined]);
  });
});

describe('encodings', () => {
  it('an ISO-8859-2 feed is decoded by its XML declaration', () => {
    const bytes = new Uint8Array(readFileSync(join(DIR, 'latin2.rss')));
    const d = decodeFeedBytes(bytes);
    expect(d.encoding).toBe('iso-8859-2');
    const f = parsed(d.text);
    expect(f.items[0]!.title).toBe('ZAŻÓŁĆ GĘSLĄ JAŹŃ');
    expect(f.items[0]!.author).toBe('Adam Gżegżółka');
  });

  it('the Content-Type charset wins over the declaration', () => {
    expect(declaredCharset('application/rss+xml; charset="windows-1252"', new TextEncoder().encode('<?xml version="1.0" encoding="utf-8"?>'))).toBe('windows-1252');
  });

  it('a feed that claims UTF-8 but is Latin-1 is read as windows-1252, not with replacement characters', () => {
    // Letters shared by Latin-1 and windows-1252 only: Node's decoder reads 0x80-0x9F as Latin-1.
    const body = '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Café</title><item><title>Año nuevo en Zürich</title><guid>1</guid></item></channel></rss>';
    const bytes = new Uint8Array(Buffer.from(body, 'latin1'));
    const d = decodeFeedBytes(bytes, 'text/xml');
    expect(d.fallback).toBe(true);
    const f = parsed(d.text);
    expect(f.title).toBe('Café');
    expect(f.items[0]!.title).toBe('Año nuevo en Zürich');
  });

  it('no declaration at all: UTF-8, and a BOM is honoured', () => {
    const body = '<rss version="2.0"><channel><title>Zürich</title><item><title>x</title><guid>1</guid></item></channel></rss>';
    expect(parsed(decodeFeedBytes(new TextEncoder().encode(body)).text).title).toBe('Zürich');
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(body)]);
    expect(parsed(decodeFeedBytes(bom).text).title).toBe('Zürich');
  });

  it('an unknown charset label falls back to UTF-8', () => {
    expect(decodeFeedBytes(new TextEncoder().encode('<rss/>'), 'text/xml; charset=klingon').encoding).toBe('utf-8');
  });
});

describe('HTML snippets to text', () => {
  it.each([
    ['<p>One</p><p>Two &amp; three</p>', ['One', 'Two & three']],
    ['plain text &#8220;quoted&#x201D;', ['plain text “quoted”']],
    ['<script>alert(1)</script><p>kept</p><style>p{}</style>', ['kept']],
    ['a < b and <b>bold</b>', ['a < b and bold']],
    ['<!-- comment --><div>x<br>y</div>', ['x', 'y']],
    ['&bogus; &#0; &#xD800;', ['&bogus; &#0; &#xD800;']],
  ])('%s', (html, expected) => {
    expect(htmlToParagraphs(html)).toEqual(expected);
  });
});

describe('character references', () => {
  it.each([
    ['caf&eacute; &Eacute;cole', 'café École'],
    ['&Uuml;ber &uuml;ber Stra&szlig;e', 'Über über Straße'],
    ['Espa&ntilde;a, fran&ccedil;ais, &AElig;sir, &Oslash;resund, &THORN;', 'España, français, Æsir, Øresund, Þ'],
    ['&ndash; &mdash; &hellip; &bull; &middot;', '– — … • ·'],
    ['&lsquo;a&rsquo; &ldquo;b&rdquo; &sbquo;c&lsquo; &bdquo;d&ldquo; &laquo;e&raquo;', '‘a’ “b” ‚c‘ „d“ «e»'],
    ['&euro;5 &pound;6 &yen;7 &cent; &trade; &copy; &reg; &deg;', '€5 £6 ¥7 ¢ ™ © ® °'],
    ['&Alpha;&alpha; &Sigma;&sigmaf; &rarr; &hArr; &infin;', 'Αα Σς → ⇔ ∞'],
    ['&AMP; &LT; &GT; &QUOT;', '& < > "'],
    ['100&nbsp;km, Bundes&shy;regierung', '100\u00a0km, Bundesregierung'],
    ['&#233; &#xE9; &#XE9; &#039; &#128512;', "é é é ' 😀"],
    // 128-159 mean Windows-1252, as in browsers; the five bytes it leaves undefined keep their code point.
    ['&#150; &#147;x&#148; &#133; &#128; &#153; &#129;', '– “x” … € ™ \u0081'],
    ['&#0; &#xD800; &#x110000; &#12abc;', '&#0; &#xD800; &#x110000; &#12abc;'],
    // Names are case-sensitive: these are no HTML references.
    ['&EACUTE; &Nbsp; &Amp; &Uml;', '&EACUTE; &Nbsp; &Amp; &Uml;'],
    ['&bogus; &constructor; &hasOwnProperty; &toString;', '&bogus; &constructor; &hasOwnProperty; &toString;'],
    // One pass: what decoding yields is not decoded again.
    ['&amp;eacute; &amp;amp; &amp;#233;', '&eacute; &amp; &#233;'],
    ['AT&T, Q&A, a & b, a && b, &; &eacute without semicolon', 'AT&T, Q&A, a & b, a && b, &; &eacute without semicolon'],
  ])('%s', (s, expected) => {
    expect(decodeEntities(s)).toBe(expected);
  });
});
