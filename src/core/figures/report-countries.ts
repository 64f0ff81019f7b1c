// Which country a report's lead is about, for keeping apart the figures of two events of one kind in two
// countries (a ferry sinking in South Korea and one in Bangladesh; a train crash in Greece and one in Pakistan):
// their tolls are not one measure, whatever their words share. Pure.
//
// Alignment is given the reports matching found to be of one story, where this rarely decides anything; it is
// the second guard, for when matching lists another event of the topic.

import { COUNTRY_NAMES, countryOf, PARTS_AND_REGIONS } from '../text/words/country-names.ts';

export interface ReportCountries {
  /** The country its lead names most, when one is named more than any other (an index in COUNTRY_NAMES). */
  main?: number;
  /** Every country its lead names. */
  named: ReadonlySet<number>;
}

/** How far into a report its lead is read for countries. */
const LEAD_CHARS = 600;
const LONGEST_FORM = Math.max(...COUNTRY_NAMES.flat().map((f) => f.split(' ').length));
const WORD = /[\p{L}][\p{L}'\u2019-]*/gu;

/** Whether a written word may be a country's form: capitalised, and a short form in capitals ("US", not "us"). */
function written(word: string): boolean {
  return word.length <= 3 ? word === word.toUpperCase() : /^\p{Lu}/u.test(word);
}

/** The countries a report's lead names, and the one it names most. */
export function reportCountries(text: string): ReportCountries {
  const words = (text.slice(0, LEAD_CHARS).match(WORD) ?? []).map((w) => w.replace(/['\u2019]s$/, ''));
  const counts = new Map<number, number>();
  for (let i = 0; i < words.length; i++) {
    if (!written(words[i]!)) continue;
    for (let n = LONGEST_FORM; n >= 1; n--) {
      const country = countryOf(words.slice(i, i + n).join(' ').toLowerCase());
      // Parts of a country and regions are no country of their own here (Wales, Europe).
      if (country === undefined || PARTS_AND_REGIONS.has(COUNTRY_NAMES[country]![0]!)) continue;
      counts.set(country, (counts.get(country) ?? 0) + 1);
      i += n - 1;
      break;
    }
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const named = new Set(counts.keys());
  const clear = ranked.length > 0 && (ranked.length === 1 || ranked[0]![1] > ranked[1]![1]);
  return clear ? { main: ranked[0]![0], named } : { named };
}

export type CountryMatch = 'other-country' | 'unknown';

/**
 * 'other-country' when each lead is mostly about a country and the two differ, and neither lead names the
 * other's at all (a report of a Greek crash that recalls one in Pakistan is still of Greece, and near it);
 * else 'unknown'.
 */
export function decideReportCountries(a: ReportCountries, b: ReportCountries): CountryMatch {
  if (a.main === undefined || b.main === undefined || a.main === b.main) return 'unknown';
  return a.named.has(b.main) || b.named.has(a.main) ? 'unknown' : 'other-country';
}
