// The live page as one string: its text nodes in document order, whitespace runs collapsed to one
// space (as the article extraction collapses them), with a map from each offset of that string back
// to a text node and an offset in it, so a match in the string becomes a DOM Range.

/** Elements whose text is not page text. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'IFRAME', 'OBJECT', 'CANVAS', 'SVG', 'MATH']);
/** Elements that break the text flow: a virtual space keeps words of neighbouring blocks apart. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);

/** Same class as `\s` in a regular expression. */
export function isSpaceCode(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

interface Chunk {
  node: Text;
  /** Offset of the node's first kept character in the index text. */
  start: number;
  /** Characters it contributes to the index text. */
  length: number;
  /** Whether a leading whitespace run of the node was dropped (merged into the previous space). */
  dropLead: boolean;
}

export interface TextIndex {
  /** The page text, whitespace-collapsed. */
  readonly text: string;
  /** Text nodes indexed. */
  readonly nodes: number;
  /** A live Range over text[start, end), or null when that span holds no page character. */
  range(start: number, end: number): Range | null;
}

export interface IndexOptions {
  /** Elements (and their subtrees) to leave out, besides scripts, styles and the like. */
  skip?: (el: Element) => boolean;
}

/** Offset inside `chunk.node.data` of the chunk's k-th kept character. */
function rawOffset(chunk: Chunk, k: number): number {
  const data = chunk.node.data;
  let kept = 0;
  let inSpace = chunk.dropLead;
  for (let i = 0; i < data.length; i++) {
    const space = isSpaceCode(data.charCodeAt(i));
    if (space) {
      if (inSpace) continue;
      inSpace = true;
    } else inSpace = false;
    if (kept === k) return i;
    kept++;
  }
  return data.length;
}

export function buildTextIndex(root: Node, options: IndexOptions = {}): TextIndex {
  const doc = root.ownerDocument ?? (root as Document);
  const parts: string[] = [];
  const chunks: Chunk[] = [];
  let length = 0;
  let lastSpace = true; // nothing yet: leading spaces are dropped
  const pushSpace = () => {
    if (!lastSpace) {
      parts.push(' ');
      length++;
      lastSpace = true;
    }
  };
  const addText = (node: Text): void => {
    const data = node.data;
    if (!data) return;
    const dropLead = lastSpace;
    let out = data.replace(/\s+/g, ' ');
    if (lastSpace && out.startsWith(' ')) out = out.slice(1);
    if (!out) return;
    chunks.push({ node, start: length, length: out.length, dropLead });
    parts.push(out);
    length += out.length;
    lastSpace = out.endsWith(' ');
  };
  // Iterative, not recursive: a page nested 20,000 elements deep must not overflow the stack.
  // `node` is the next node to visit; leaving an element (going up) closes its block.
  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === 3) addText(node as Text);
    else if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.tagName.toUpperCase();
      if (!SKIPPED.has(tag) && !options.skip?.(el)) {
        if (BLOCKS.has(tag)) pushSpace();
        descend = el.firstChild !== null;
        if (!descend && BLOCKS.has(tag)) pushSpace();
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Next sibling, or up until there is one, closing the blocks left on the way.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root && node.nodeType === 1 && BLOCKS.has((node as Element).tagName.toUpperCase())) pushSpace();
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  const text = parts.join('');

  /** The chunk holding index offset `i` (a kept character, never a virtual space). */
  const chunkAt = (i: number): Chunk | undefined => {
    let lo = 0;
    let hi = chunks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = chunks[mid]!;
      if (i < c.start) hi = mid - 1;
      else if (i >= c.start + c.length) lo = mid + 1;
      else return c;
    }
    return undefined;
  };

  return {
    text,
    nodes: chunks.length,
    range(start, end) {
      // Step over virtual spaces at either edge.
      while (start < end && !chunkAt(start)) start++;
      while (end > start && !chunkAt(end - 1)) end--;
      if (end <= start) return null;
      const a = chunkAt(start)!;
      const b = chunkAt(end - 1)!;
      const r = doc.createRange();
      r.setStart(a.node, rawOffset(a, start - a.start));
      r.setEnd(b.node, rawOffset(b, end - 1 - b.start) + 1);
      return r;
    },
  };
}
