// Names of months and weekdays, lower-case, in calendar order: dates in the text, words that never name a
// measure or a person.

export const MONTH_NAMES: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];

export const WEEKDAY_NAMES: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Months and weekdays together: words of a date, never a name or a place. */
export const DATE_NAMES: ReadonlySet<string> = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES]);

/** The month (1-12) a name or an abbreviation of at least three letters starts ("Sept." -> 9), or 0. */
export function monthNumber(name: string): number {
  const key = name.toLowerCase().slice(0, 3);
  return 1 + MONTH_NAMES.findIndex((m) => m.startsWith(key));
}
