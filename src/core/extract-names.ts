// Names of people, places and organisations, approximated by runs of capitalised words.
// Good enough to tell "Xi Jinping" and "Harbin" from "trade" without a tagger.
import { foldAccents, STOP_WORDS } from './tokenize.ts';

const CONNECTORS = new Set(['of', 'de', 'del', 'la', 'van', 'von', 'al', 'bin', 'da']);
const NOT_NAMES = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'but', 'and', 'or', 'if', 'as', 'after', 'before', 'during', 'while', 'when',
  'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i', 'his', 'her', 'their', 'our',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'mr', 'mrs', 'ms', 'dr', 'president', 'prime', 'minister', 'former', 'leader', 'chinese', 'russian', 'american',
]);

/** Distinct lower-cased names; multi-word names also contribute their last word ("xi jinping" -> "jinping"). */
export function extractNames(text: string): string[] {
  const out = new Set<string>();
  const re = /[\p{Lu}][\p{L}'\u2019.-]*(?:\s+(?:(?:of|de|del|la|van|von|al|bin|da)\s+)?[\p{Lu}][\p{L}'\u2019.-]*)*/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const parts = foldAccents(m[0])
      .replace(/['\u2019]s\b/g, '')
      .replace(/[.]$/, '')
      .split(/\s+/)
      .map((w) => w.toLowerCase());
    while (parts.length && (NOT_NAMES.has(parts[0]!) || STOP_WORDS.has(parts[0]!))) parts.shift();
    while (parts.length && CONNECTORS.has(parts[parts.length - 1]!)) parts.pop();
    if (parts.length === 0) continue;
    const name = parts.join(' ');
    if (name.length < 2 || STOP_WORDS.has(name) || NOT_NAMES.has(name)) continue;
    out.add(name);
    if (parts.length > 1) {
      const last = parts[parts.length - 1]!;
      if (!NOT_NAMES.has(last) && !STOP_WORDS.has(last)) out.add(last);
      const first = parts[0]!;
      if (!NOT_NAMES.has(first) && !STOP_WORDS.has(first)) out.add(first);
    }
  }
  return [...out];
}
