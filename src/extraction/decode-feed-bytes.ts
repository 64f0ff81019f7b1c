// Shared by the background and the command line (so in src/extraction, the layer both may import), not in
// the core: TextDecoder is a host API the DOM-free core compile does not declare.
// Bytes of a response -> text, honouring the declared encoding: the Content-Type charset, else the
// XML declaration's, else a BOM, else UTF-8. A document that claims UTF-8 (or claims nothing) but is
// not valid UTF-8 is read as windows-1252, the usual culprit, rather than with replacement characters.

/** The encoding label to try first, from the Content-Type header and the document's first bytes. */
export function declaredCharset(contentType: string | undefined, head: Uint8Array): string | undefined {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const fromHeader = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  if (fromHeader) return fromHeader.toLowerCase();
  // The declaration is ASCII by definition: read the first bytes as Latin-1 to find it.
  let ascii = '';
  for (let i = 0; i < Math.min(head.length, 512); i++) ascii += String.fromCharCode(head[i]!);
  const decl = /<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(ascii)?.[1] ?? /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(ascii)?.[1];
  return decl?.toLowerCase();
}

export type DecodeOutcome = { text: string; encoding: string; fallback: boolean };

function decoder(label: string, fatal: boolean): TextDecoder | null {
  try {
    return new TextDecoder(label, { fatal });
  } catch {
    return null; // an unknown label
  }
}

export function decodeFeedBytes(bytes: Uint8Array, contentType?: string): DecodeOutcome {
  const declared = declaredCharset(contentType, bytes.subarray(0, 512));
  const label = declared && decoder(declared, false) ? declared : 'utf-8';
  const isUtf8 = /^utf-?8$/i.test(label);
  if (isUtf8) {
    try {
      return { text: decoder('utf-8', true)!.decode(bytes), encoding: 'utf-8', fallback: false };
    } catch {
      return { text: decoder('windows-1252', false)!.decode(bytes), encoding: 'windows-1252', fallback: true };
    }
  }
  return { text: decoder(label, false)!.decode(bytes), encoding: label, fallback: declared !== label };
}
