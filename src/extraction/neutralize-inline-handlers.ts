// Renames inline event-handler attributes (onload=, onerror=, ...) in an HTML string before a browser
// parses it. A DOMParser document never runs them, but Chromium checks each one against the page's
// CSP as it is parsed and logs a violation (measured: 1,244 errors importing 41 saved pages), so the
// parser never gets to see them. Follows the HTML tokenizer far enough to find attribute names in
// tags: comments, raw-text elements and quoted values are skipped, and text is never changed. Where it
// misreads odd markup, the worst case is a logged (still blocked) handler, never a changed article.

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
/** The prefix a handler attribute gets: `onerror` becomes `data-inert-onerror`. */
export const INERT_PREFIX = 'data-inert-';

const isSpace = (c: string | undefined) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f';
const isLetter = (c: string | undefined) => !!c && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));

/** Index just past the end of a comment or `<!...>` / `<?...>` declaration starting at `i`. */
function skipMarkupDeclaration(html: string, i: number): number {
  const close = html.startsWith('<!--', i) ? html.indexOf('-->', i + 4) : html.indexOf('>', i + 2);
  if (close < 0) return html.length;
  return close + (html.startsWith('<!--', i) ? 3 : 1);
}

/** Reads the tag starting at `i` (`<` + letter); pushes it (handlers renamed) to `out`; returns the tag name and where it ends. */
function readTag(html: string, i: number, out: string[]): { name: string; end: number } {
  let j = i + 1;
  while (j < html.length && !isSpace(html[j]) && html[j] !== '/' && html[j] !== '>') j++;
  const name = html.slice(i + 1, j).toLowerCase();
  out.push(html.slice(i, j));
  while (j < html.length) {
    let k = j;
    while (k < html.length && (isSpace(html[k]) || html[k] === '/')) k++;
    out.push(html.slice(j, k));
    j = k;
    if (j >= html.length || html[j] === '>') break;
    // An attribute name runs to a space, '/', '>' or '=' (a leading '=' belongs to the name).
    k = j + 1;
    while (k < html.length && !isSpace(html[k]) && html[k] !== '/' && html[k] !== '>' && html[k] !== '=') k++;
    const attr = html.slice(j, k);
    out.push(/^on/i.test(attr) ? INERT_PREFIX + attr : attr);
    j = k;
    while (k < html.length && isSpace(html[k])) k++;
    if (html[k] !== '=') continue;
    k++;
    while (k < html.length && isSpace(html[k])) k++;
    const q = html[k];
    if (q === '"' || q === "'") {
      const close = html.indexOf(q, k + 1);
      k = close < 0 ? html.length : close + 1;
    } else {
      while (k < html.length && !isSpace(html[k]) && html[k] !== '>') k++;
    }
    out.push(html.slice(j, k));
    j = k;
  }
  if (j < html.length) out.push('>');
  return { name, end: Math.min(j + 1, html.length) };
}

/** `html` with every inline event-handler attribute renamed (see INERT_PREFIX); all else unchanged. */
export function neutralizeInlineHandlers(html: string): string {
  if (!/[\s/"']on/i.test(html)) return html; // nothing that could be a handler
  const out: string[] = [];
  let i = 0;
  let copied = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const next = html[lt + 1];
    if (next === '!' || next === '?') {
      i = skipMarkupDeclaration(html, lt);
      continue;
    }
    if (!isLetter(next)) {
      i = lt + 1; // '</p>', '< 5', '<3': closing tags carry no handlers that run, and text stays text
      continue;
    }
    out.push(html.slice(copied, lt));
    const { name, end } = readTag(html, lt, out);
    i = copied = end;
    if (RAW_TEXT.has(name)) {
      // Raw text runs to the matching end tag: a '<b onclick>' inside a script is script text.
      const endTag = new RegExp(`</${name}`, 'ig');
      endTag.lastIndex = i;
      const close = name === 'plaintext' ? null : endTag.exec(html);
      i = close ? close.index : html.length;
    }
  }
  out.push(html.slice(copied));
  return out.join('');
}
