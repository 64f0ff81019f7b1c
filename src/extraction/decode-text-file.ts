// The text of a file's bytes, for imports (options page) and the command line alike. A byte-order
// mark wins, then (for HTML) a <meta charset>, then UTF-8; bytes that are not UTF-8 and say nothing
// of their encoding are read as windows-1252 (the superset of Latin-1 browsers use for it), so a
// Latin-1 file keeps its accents instead of turning them into replacement characters.

function sniffHtmlCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1];
}

export type DecodedBy = 'bom' | 'declared' | 'utf-8' | 'windows-1252';

/** The decoded text and how its encoding was decided. */
export function decodeTextFile(buffer: ArrayBuffer | Uint8Array, html: boolean): { text: string; by: DecodedBy } {
  const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), by: 'bom' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), by: 'bom' };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes), by: 'bom' };
  const declared = html ? sniffHtmlCharset(bytes) : undefined;
  if (declared && !/^utf-?8$/i.test(declared)) {
    try {
      return { text: new TextDecoder(declared).decode(bytes), by: 'declared' };
    } catch {
      // an unknown charset label: decide as if none were given
    }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), by: declared ? 'declared' : 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), by: 'windows-1252' };
  }
}
