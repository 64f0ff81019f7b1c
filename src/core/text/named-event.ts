// The name a report gives its own event, when its kind names every event (a storm: "Hurricane Fiona"), and
// which capitalised words it writes (to tell whether it names another report's event at all). Pure.
import { DATE_NAMES } from './words/month-names.ts';
import { NAMED_STORM_HEADS, NOT_STORM_NAMES } from './words/named-event-words.ts';
import { foldAccents } from './tokenize.ts';

export interface NamedEvent {
  /** The report's own storm name, lower-case ("fiona"): the most written of the names it gives a storm. */
  own?: string;
  /** Whether it speaks of such an event at all (a head word: "the deadliest hurricane in Florida history"). */
  kind: boolean;
  /**
   * Every capitalised word it writes, lower-case: "Ian's death toll" names Ian without its head. Left empty
   * for a report of no such event (`kind` false), where decideEventNames never reads it.
   */
  capitalised: ReadonlySet<string>;
  /** Every name it gives such an event after a head word ("Hurricane Eta" -> "eta"), its own among them. */
  named?: ReadonlySet<string>;
}

const WORD = /[\p{L}][\p{L}'\u2019-]*/gu;
/** A title's mention counts this much more than one in the text: the headline says what the report is about. */
const TITLE_WEIGHT = 3;

/** A word without a possessive ending, folded and lower-case ("Ian’s" -> "ian"). */
function keyOf(word: string): string {
  return foldAccents(word).toLowerCase().replace(/['\u2019]s?$/, '');
}

function scan(text: string, weight: number, capitalised: Set<string>, counts: Map<string, number>, named: Set<string>): boolean {
  let kind = false;
  let head = false;
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    // A name follows its head directly: not across a full stop ("...the hurricane. Ian's toll").
    if (!/^\s+$/.test(text.slice(last, m.index))) head = false;
    last = m.index + word.length;
    const key = keyOf(word);
    const upper = /^\p{Lu}/u.test(word);
    if (upper) {
      capitalised.add(key);
      counts.set(key, (counts.get(key) ?? 0) + weight);
      if (head && !NOT_STORM_NAMES.has(key) && !DATE_NAMES.has(key) && !NAMED_STORM_HEADS.has(key)) named.add(key);
    }
    head = NAMED_STORM_HEADS.has(key);
    if (head) kind = true;
  }
  return kind;
}

/** Any head word at all, in any case: most reports have none, and need no closer reading. */
const ANY_HEAD = new RegExp(`\\b(?:${[...NAMED_STORM_HEADS].join('|')})\\b`, 'i');
const NONE: NamedEvent = { kind: false, capitalised: new Set() };

/** A report's own named event and its capitalised words, from its title and text. */
export function namedEvent(title: string, text: string): NamedEvent {
  // Without a head word the report speaks of no such event: its capitalised words are never asked for.
  if (!ANY_HEAD.test(title) && !ANY_HEAD.test(text)) return NONE;
  const capitalised = new Set<string>();
  const counts = new Map<string, number>();
  const named = new Set<string>();
  const inTitle = scan(title, TITLE_WEIGHT, capitalised, counts, named);
  const kind = scan(text, 1, capitalised, counts, named) || inTitle;
  if (!kind) return { kind, capitalised };
  let own: string | undefined;
  for (const n of named) if (own === undefined || counts.get(n)! > counts.get(own)!) own = n;
  return own === undefined ? { kind, capitalised, named } : { own, kind, capitalised, named };
}

export type EventNames = 'one-event' | 'other-event' | 'unknown';

/**
 * Whether two reports' event names say they are of one event or of two: 'other-event' when one report's own
 * storm is one the other never names while the other speaks of such a storm (Hurricane Fiona's toll in
 * Puerto Rico vs Hurricane Ian's in Florida, the same fortnight), unless each names the other's (a report of
 * both storms); 'one-event' when both give the same name; else 'unknown' (no named event, or nothing to
 * compare it with).
 */
export function decideEventNames(a: NamedEvent, b: NamedEvent): EventNames {
  if (a.own !== undefined && a.own === b.own) return 'one-event';
  const aMissing = a.own !== undefined && b.kind && !b.capitalised.has(a.own);
  const bMissing = b.own !== undefined && a.kind && !a.capitalised.has(b.own);
  return aMissing || bMissing ? 'other-event' : 'unknown';
}

export type FigureEvent = 'own-event' | 'another-event' | 'unknown';

/**
 * Which named event a figure of the report is of, by the storm named nearest it in its sentence: 'another-event'
 * when that is another storm the report (or its fellow reports: `event.named`) names, so the figure is that
 * storm's, given for context ("Eta killed more than 130 people" and "150 people had died from Eta ... before Iota
 * made landfall", in reports of Hurricane Iota); 'own-event' when it is the report's own; else 'unknown'.
 * `at` is the figure's [start, end) within the sentence.
 */
export function figureEvent(event: NamedEvent, sentence: string, at: readonly [number, number]): FigureEvent {
  if (event.own === undefined || !event.named || event.named.size < 2) return 'unknown';
  let nearest: string | undefined;
  let best = Infinity;
  for (const m of sentence.matchAll(WORD)) {
    if (!/^\p{Lu}/u.test(m[0])) continue;
    const key = keyOf(m[0]);
    if (!event.named.has(key)) continue;
    const distance = m.index >= at[1] ? m.index - at[1] : Math.max(0, at[0] - (m.index + m[0].length));
    if (distance < best) [nearest, best] = [key, distance];
  }
  if (nearest === undefined) return 'unknown';
  return nearest === event.own ? 'own-event' : 'another-event';
}
