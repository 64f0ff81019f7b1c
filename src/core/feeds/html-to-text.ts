// Plain text from a feed's HTML snippet (a description, content:encoded, content_html), without a DOM:
// the core runs in the service worker and in Node. A small tokenizer, not a parser: tags are dropped,
// block tags become paragraph breaks, script/style bodies are skipped, entities are decoded. The text
// is only ever shown as text and indexed, never inserted as HTML.

const BLOCK_TAGS = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'tr', 'table', 'section', 'article', 'figure', 'figcaption', 'hr', 'dd', 'dt']);
const SKIP_TAGS = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object']);
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’',
  ldquo: '“', rdquo: '”', hellip: '…', euro: '€', pound: '£', yen: '¥', cent: '¢', copy: '©', reg: '®', deg: '°',
  middot: '·', bull: '•', times: '×', shy: '',
};

/** Decodes character references (named ones of NAMED, decimal and hex); unknown ones stay as written. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  let out = '';
  let i = 0;
  while (i < s.length) {
    const amp = s.indexOf('&', i);
    if (amp < 0) break;
    out += s.slice(i, amp);
    const semi = s.indexOf(';', amp);
    const name = semi > amp && semi - amp <= 12 ? s.slice(amp + 1, semi) : '';
    let ch: string | undefined;
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      if (Number.isInteger(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)) ch = String.fromCodePoint(code);
    } else if (name) {
      ch = NAMED[name.toLowerCase()];
    }
    if (ch === undefined) {
      out += '&';
      i = amp + 1;
    } else {
      out += ch;
      i = semi + 1;
    }
  }
  return out + s.slice(i);
}

/** The tag name at `s[at]` (just after '<' or '</'), lower-cased. */
function tagName(s: string, at: number): string {
  let end = at;
  while (end < s.length && /[A-Za-z0-9:-]/.test(s[end]!)) end++;
  return s.slice(at, end).toLowerCase();
}

/** Paragraphs of plain text from an HTML snippet; text without tags comes back as it is, entity-decoded. */
export function htmlToParagraphs(html: string, maxChars = 400_000): string[] {
  const parts: string[] = [];
  let current = '';
  const breakParagraph = () => {
    const t = decodeEntities(current).replace(/\s+/g, ' ').trim();
    if (t) parts.push(t);
    current = '';
  };
  const lower = html.toLowerCase();
  let i = 0;
  let total = 0;
  while (i < html.length && total < maxChars) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? html.length : lt;
    current += html.slice(i, textEnd);
    total += textEnd - i;
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const closing = html[lt + 1] === '/';
    const name = tagName(html, lt + (closing ? 2 : 1));
    const gt = html.indexOf('>', lt + 1);
    if (!name || gt < 0) {
      // A lone '<' in text ("a < b"): keep it as text.
      current += '<';
      i = lt + 1;
      continue;
    }
    i = gt + 1;
    if (!closing && SKIP_TAGS.has(name)) {
      const end = lower.indexOf(`</${name}`, i);
      i = end < 0 ? html.length : html.indexOf('>', end) + 1 || html.length;
      continue;
    }
    if (BLOCK_TAGS.has(name)) breakParagraph();
  }
  breakParagraph();
  return parts;
}

/** One line of plain text from a title or other short field that may hold markup or entities. */
export function plainLine(s: string | undefined): string {
  if (!s) return '';
  return htmlToParagraphs(s).join(' ').trim();
}
