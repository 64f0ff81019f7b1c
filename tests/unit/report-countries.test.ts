import { describe, expect, it } from 'vitest';
import { decideReportCountries, reportCountries, type CountryMatch } from '../../src/core/figures/report-countries.ts';
import { COUNTRY_NAMES } from '../../src/core/text/words/country-names.ts';

const index = (name: string): number => COUNTRY_NAMES.findIndex((forms) => forms[0] === name);

describe('reportCountries: the country a lead names most', () => {
  it.each<[string, string, string | undefined]>([
    ['one country, in its name and its people', 'A ferry sank off South Korea. South Korean officials said 300 were missing.', 'south korea'],
    ['the most named wins', 'Greek police arrested the station master. Greece mourned. A Pakistani minister sent condolences.', 'greece'],
    ['a tie is no main country', 'Talks between India and Pakistan resumed.', undefined],
    ['"us" the pronoun is no country; "US" is', 'Tell us what you saw. The US embassy said three died.', 'united states'],
    ['a part of a country is none: Wales', 'Storm floods towns in Wales. Welsh rivers burst.', undefined],
    ['nothing named', 'A storm hit the coast on Sunday.', undefined],
  ])('%s', (_what, text, main) => {
    const r = reportCountries(text);
    expect(r.main === undefined ? undefined : COUNTRY_NAMES[r.main]![0]).toBe(main);
  });

  it('reads the lead only', () => {
    expect(reportCountries(`${'A quake struck. '.repeat(60)}Officials in Nepal said 40 died.`).main).toBeUndefined();
  });
});

describe('decideReportCountries', () => {
  const of = (main: string | undefined, ...named: string[]) => ({ ...(main ? { main: index(main) } : {}), named: new Set([main, ...named].filter((n): n is string => !!n).map(index)) });
  it.each<[string, ReturnType<typeof of>, ReturnType<typeof of>, CountryMatch]>([
    ['two leads about two countries, neither naming the other', of('greece'), of('pakistan'), 'other-country'],
    ['one lead recalls the other country', of('greece', 'pakistan'), of('pakistan'), 'unknown'],
    ['the same country', of('bangladesh'), of('bangladesh'), 'unknown'],
    ['one lead names no main country', of(undefined, 'india', 'pakistan'), of('pakistan'), 'unknown'],
  ])('%s', (_what, a, b, expected) => {
    expect(decideReportCountries(a, b)).toBe(expected);
    expect(decideReportCountries(b, a)).toBe(expected);
  });
});
