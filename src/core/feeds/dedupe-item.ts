// Is a fetched item one we already hold? By guid (same feed), by article URL (any feed), or by
// near-identical text (the same wire story syndicated by several outlets).

export type DedupeDecision = 'new' | 'same-guid' | 'same-url' | 'near-duplicate';

export interface KnownItems {
  /** `${sourceId} ${guid}` of every stored item. */
  guids: ReadonlySet<string>;
  /** Normalised article URLs. */
  urls: ReadonlySet<string>;
  /** textFingerprint() of every stored item with enough text. */
  fingerprints: ReadonlySet<string>;
}

/** Words a fingerprint is made of: enough to tell stories apart, few enough to survive a changed ending. */
const FINGERPRINT_WORDS = 40;
/** Texts shorter than this many words are not fingerprinted (a headline alone is not a copy). */
const MIN_WORDS = 25;

/** A URL as a dedupe key: no fragment, no tracking parameters, no trailing slash, host lower-case. */
export function urlKey(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    for (const k of [...u.searchParams.keys()]) if (/^(utm_|fbclid$|gclid$|cmpid$|ocid$|mc_)/i.test(k)) u.searchParams.delete(k);
    const path = u.pathname.length > 1 ? u.pathname.replace(/\/+$/, '') : u.pathname;
    return `${u.protocol}//${u.host.toLowerCase()}${path}${u.search}`;
  } catch {
    return url;
  }
}

/** The first words of a text, lower-cased, letters and digits only; undefined when the text is short. */
export function textFingerprint(text: string): string | undefined {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < MIN_WORDS) return undefined;
  return words.slice(0, FINGERPRINT_WORDS).join(' ');
}

export function dedupeDecision(item: { sourceId: string; guid?: string; url?: string; text: string }, known: KnownItems): DedupeDecision {
  if (item.guid && known.guids.has(`${item.sourceId} ${item.guid}`)) return 'same-guid';
  if (item.url && known.urls.has(urlKey(item.url))) return 'same-url';
  const fp = textFingerprint(item.text);
  if (fp && known.fingerprints.has(fp)) return 'near-duplicate';
  return 'new';
}
