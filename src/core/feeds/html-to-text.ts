// Plain text from a feed's HTML snippet (a description, content:encoded, content_html), without a DOM:
// the core runs in the service worker and in Node. A small tokenizer, not a parser: tags are dropped,
// block tags become paragraph breaks, script/style bodies are skipped, entities are decoded. The text
// is only ever shown as text and indexed, never inserted as HTML.

const BLOCK_TAGS = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'tr', 'table', 'section', 'article', 'figure', 'figcaption', 'hr', 'dd', 'dt']);
const SKIP_TAGS = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object']);
// HTML 4's named references, the ones feeds use (plus apos and the upper-case aliases HTML keeps), as
// `name` or `name:hex`: a bare name is the code point after the one before it (runs such as Latin-1 need
// no codes), parsed once. Names are case-sensitive: &Eacute; is not &eacute;.
const NAMED_REFS =
  'quot:22 amp:26 apos lt:3c gt:3e QUOT:22 AMP:26 LT:3c GT:3e COPY:a9 REG:ae TRADE:2122 ' +
  'nbsp:a0 iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 ' +
  'acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml ' +
  'Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde ' +
  'Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ' +
  'ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide ' +
  'oslash ugrave uacute ucirc uuml yacute thorn yuml OElig:152 oelig Scaron:160 scaron Yuml:178 fnof:192 ' +
  'circ:2c6 tilde:2dc Alpha:391 Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron ' +
  'Pi Rho Sigma:3a3 Tau Upsilon Phi Chi Psi Omega alpha:3b1 beta gamma delta epsilon zeta eta theta iota ' +
  'kappa lambda mu nu xi omicron pi rho sigmaf sigma tau upsilon phi chi psi omega thetasym:3d1 upsih ' +
  'piv:3d6 ensp:2002 emsp thinsp:2009 zwnj:200c zwj lrm rlm ndash:2013 mdash lsquo:2018 rsquo sbquo ldquo:201c ' +
  'rdquo bdquo dagger:2020 Dagger bull hellip:2026 permil:2030 prime:2032 Prime lsaquo:2039 rsaquo ' +
  'oline:203e frasl:2044 euro:20ac image:2111 weierp:2118 real:211c trade:2122 alefsym:2135 larr:2190 uarr ' +
  'rarr darr harr crarr:21b5 lArr:21d0 uArr rArr dArr hArr forall:2200 part:2202 exist empty:2205 ' +
  'nabla:2207 isin notin ni:220b prod:220f sum:2211 minus lowast:2217 radic:221a prop:221d infin ang:2220 ' +
  'and:2227 or cap cup int there4:2234 sim:223c cong:2245 asymp:2248 ne:2260 equiv le:2264 ge sub:2282 sup ' +
  'nsub sube:2286 supe oplus:2295 otimes:2297 perp:22a5 sdot:22c5 lceil:2308 rceil lfloor rfloor ' +
  'lang:27e8 rang loz:25ca spades:2660 clubs:2663 hearts:2665 diams:2666';

/** NAMED_REFS as a map (not an object: "&constructor;" must find nothing). */
function namedTable(): Map<string, string> {
  const table = new Map<string, string>();
  let code = 0;
  for (const ref of NAMED_REFS.split(' ')) {
    const [name, hex] = ref.split(':');
    code = hex ? parseInt(hex, 16) : code + 1;
    table.set(name!, String.fromCodePoint(code));
  }
  // Dropped rather than kept as U+00AD, so a hyphenation hint splits no word.
  table.set('shy', '');
  return table;
}

const NAMED = namedTable();

// Numeric references to 128-159 (C1 controls) mean Windows-1252, as in browsers: &#150; is an en dash.
// A space keeps the code point (the five bytes Windows-1252 leaves undefined).
const WINDOWS_1252 = '€ ‚ƒ„…†‡ˆ‰Š‹Œ Ž  ‘’“”•–—˜™š›œ žŸ';

/** The character of a numeric reference, or undefined for one no character has (0, surrogates, too large). */
function numericChar(code: number): string | undefined {
  if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) return undefined;
  const c1 = code >= 128 && code <= 159 ? WINDOWS_1252[code - 128] : ' ';
  return c1 !== ' ' ? c1 : String.fromCodePoint(code);
}

const REFERENCE = /&(?:#[xX]([0-9a-fA-F]+)|#([0-9]+)|([A-Za-z][A-Za-z0-9]*));/g;

/** Decodes character references (named ones of NAMED_REFS, decimal and hex); unknown or invalid ones stay
 * as written. One pass: "&amp;eacute;" becomes "&eacute;", not "é". */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(REFERENCE, (ref, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    const ch = name !== undefined ? NAMED.get(name) : numericChar(hex !== undefined ? parseInt(hex, 16) : parseInt(dec!, 10));
    return ch ?? ref;
  });
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
