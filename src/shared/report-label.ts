// What a report is called on screen: its outlet, never an internal id ("Report 000",
// "user-152yftrgrqn"). Pure (no DOM, no browser API): the background applies it once where a result
// leaves it (shownResult), and the reader applies it to the report it shows.

/** Shown when nothing names the outlet; the headline is shown beside it. */
export const UNTITLED_OUTLET = 'Untitled outlet';

/** Oldest date believed: news corpora are not older, and a year-1 date is a default, not a date. */
const EARLIEST_YEAR = 1990;
/** Its own day length, not calendar-day's: UI pages reach no core text module (tests/unit/entry-imports.test.ts). */
const DAY_MS = 86_400_000;
/** An outlet name longer than this is a sentence or a path, not a name. */
const MAX_OUTLET_CHARS = 80;

/**
 * Explicit bidi embeddings, overrides and isolates (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI).
 * In foreign text they can reorder everything after them on the line ("\u202E1.042$" reads
 * "$240.1"); marks (LRM, RLM, ALM) only affect their neighbours and are kept for right-to-left text.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** `s` without bidi embedding, override and isolate controls (its length may change). */
export function stripBidiControls(s: string): string {
  return s.replace(BIDI_CONTROLS, '');
}

/** `s` without bidi embedding, override and isolate controls, its white space collapsed. */
export function cleanText(s: string | undefined): string {
  return stripBidiControls(s ?? '').replace(/\s+/g, ' ').trim();
}

/** A host as a reader says it: lower case, without "www." or a mobile prefix. */
export function cleanHost(host: string): string {
  return host.toLowerCase().replace(/^(?:www\d?|m|amp|mobile)\./, '');
}

/** The cleaned host of `url`, when it is a web address. */
export function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
    return cleanHost(u.hostname) || undefined;
  } catch {
    return undefined;
  }
}

const LOOKS_LIKE_HOST = /^(?:[a-z0-9-]+\.)+[a-z]{2,}$/i;
/** "U.S.", "U.K.": a place or section abbreviation that page metadata sometimes gives as the site. */
const DOTTED_ABBREVIATION = /^(?:\p{L}\.){1,4}$/u;

/** The outlet a `source` field names, cleaned; undefined when it names none. */
export function outletOf(source: string | undefined): string | undefined {
  const s = cleanText(source);
  if (!s || DOTTED_ABBREVIATION.test(s)) return undefined;
  if (/^https?:\/\//i.test(s)) return hostOf(s);
  if (LOOKS_LIKE_HOST.test(s)) return cleanHost(s);
  if (s.length > MAX_OUTLET_CHARS) return undefined;
  return s;
}

export interface Labelled {
  source?: string;
  url?: string;
  /** The page's own site name (og:site_name), when the page is at hand. */
  siteName?: string;
}

/** The report's outlet (its metadata, else the page's site name, else the host of its URL), or "Untitled outlet". */
export function reportLabel(r: Labelled): string {
  return outletOf(r.source) ?? outletOf(r.siteName) ?? hostOf(r.url) ?? UNTITLED_OUTLET;
}

/** `iso` when it is a date a news report can have (1990 to tomorrow), else undefined. */
export function saneDate(iso: string | undefined, now = Date.now()): string | undefined {
  if (!iso) return undefined;
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return undefined;
  if (new Date(t).getUTCFullYear() < EARLIEST_YEAR || t > now + DAY_MS) return undefined;
  return iso;
}
