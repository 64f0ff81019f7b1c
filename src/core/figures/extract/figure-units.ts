// What may stand after (or before) a number and what it makes of the figure: currencies (ISO codes),
// percent, time units, units of measure. Units are normalised so reports that write "kilometres",
// "km" or "kilometers" compare equal.
import { lookupTable } from '../../text/lookup-table.ts';

export type UnitKind = 'money' | 'percent' | 'duration' | 'quantity';

export interface UnitEntry {
  /** Lower-cased tokens of the phrase, as the figure tokenizer splits them. */
  seq: string[];
  /** For each token after the first: may a space stand before it? ("km2" and "km/h" are written tight.) */
  spaced: boolean[];
  kind: UnitKind;
  unit: string;
  /** Multiplier into the normalised unit ("cents" -> 0.01 USD). */
  factor?: number;
}

/** Currency symbols written before (or, less often, after) the amount. */
export const CURRENCY_SYMBOLS = lookupTable<string>({
  $: 'USD', '£': 'GBP', '€': 'EUR', '¥': 'JPY', '₹': 'INR', '₽': 'RUB', '₩': 'KRW', '₺': 'TRY', '₴': 'UAH',
  '₿': 'BTC', '₦': 'NGN', '₪': 'ILS', '₫': 'VND', '₱': 'PHP', '฿': 'THB', '₡': 'CRC', '₾': 'GEL', '₭': 'LAK',
  '元': 'CNY',
});

/** Letters written before "$": "US$", "HK$", tokenised "c $". */
export const DOLLAR_PREFIXES = lookupTable<string>({
  us: 'USD', usd: 'USD', c: 'CAD', ca: 'CAD', can: 'CAD', cad: 'CAD', a: 'AUD', au: 'AUD', aud: 'AUD', hk: 'HKD',
  nz: 'NZD', nzd: 'NZD', s: 'SGD', sg: 'SGD', r: 'BRL', mex: 'MXN', mx: 'MXN', mxn: 'MXN', nt: 'TWD',
});

/** ISO codes recognised before or after an amount ("USD 200", "40 rmb"); none is an English word. */
export const CURRENCY_CODES = lookupTable<string>({
  usd: 'USD', eur: 'EUR', gbp: 'GBP', jpy: 'JPY', cny: 'CNY', rmb: 'CNY', inr: 'INR', rub: 'RUB', chf: 'CHF',
  cad: 'CAD', aud: 'AUD', hkd: 'HKD', nzd: 'NZD', sgd: 'SGD', krw: 'KRW', brl: 'BRL', mxn: 'MXN', zar: 'ZAR',
  sek: 'SEK', nok: 'NOK', dkk: 'DKK', pln: 'PLN', uah: 'UAH', sar: 'SAR', aed: 'AED', ils: 'ILS', twd: 'TWD',
  idr: 'IDR', myr: 'MYR', thb: 'THB', php: 'PHP', vnd: 'VND', ngn: 'NGN', egp: 'EGP', pkr: 'PKR', btc: 'BTC',
  rs: 'INR',
});

/** Currency words after the amount, each with the nationalities that may precede it. */
const CURRENCY_WORDS: Array<[words: string, iso: string, nationalities?: Record<string, string>, factor?: number]> = [
  ['dollar dollars', 'USD', {
    us: 'USD', 'u.s.': 'USD', 'u.s': 'USD', american: 'USD', australian: 'AUD', canadian: 'CAD', 'hong kong': 'HKD',
    singapore: 'SGD', 'new zealand': 'NZD', taiwan: 'TWD', 'new taiwan': 'TWD', taiwanese: 'TWD', jamaican: 'JMD',
  }],
  ['euro euros', 'EUR'],
  ['pounds sterling|pound sterling', 'GBP'],
  ['pound pounds', 'GBP', { british: 'GBP', egyptian: 'EGP', lebanese: 'LBP' }],
  ['yen', 'JPY', { japanese: 'JPY' }],
  ['yuan renminbi', 'CNY', { chinese: 'CNY' }],
  ['ruble rubles rouble roubles', 'RUB', { russian: 'RUB' }],
  ['rupee rupees', 'INR', { indian: 'INR', pakistani: 'PKR', 'sri lankan': 'LKR', nepalese: 'NPR' }],
  ['franc francs', 'CHF', { swiss: 'CHF', french: 'FRF', belgian: 'BEF', cfa: 'XOF' }],
  ['won', 'KRW', { 'south korean': 'KRW', korean: 'KRW' }],
  ['rand', 'ZAR'],
  ['lira liras lire', 'TRY', { turkish: 'TRY', italian: 'ITL' }],
  ['reais|brazilian real', 'BRL', { brazilian: 'BRL' }],
  ['peso pesos', 'MXN', { mexican: 'MXN', argentine: 'ARS', argentinian: 'ARS', philippine: 'PHP', chilean: 'CLP', colombian: 'COP' }],
  ['riyal riyals', 'SAR', { saudi: 'SAR', qatari: 'QAR' }],
  ['dirham dirhams', 'AED', { emirati: 'AED', moroccan: 'MAD' }],
  ['shekel shekels', 'ILS'],
  ['zloty zlotys', 'PLN'],
  ['krona kronor', 'SEK', { swedish: 'SEK' }],
  ['krone kroner', 'NOK', { norwegian: 'NOK', danish: 'DKK' }],
  ['ringgit', 'MYR'],
  ['baht', 'THB'],
  ['rupiah', 'IDR'],
  ['naira', 'NGN'],
  ['hryvnia hryvnias hryvnas', 'UAH'],
  ['dong', 'VND'],
  ['markka markkaa', 'FIM', { finnish: 'FIM' }],
  ['guilder guilders', 'NLG', { dutch: 'NLG' }],
  ['peseta pesetas', 'ESP'],
  ['bitcoin bitcoins', 'BTC'],
  ['cent cents', 'USD', { euro: 'EUR' }, 0.01],
  ['penny pence', 'GBP', undefined, 0.01],
];

const PERCENT_WORDS: Array<[string, string]> = [
  ['%', '%'], ['percent', '%'], ['per cent', '%'], ['percents', '%'], ['percentage', '%'], ['pct', '%'],
  ['percentage point', 'pp'], ['percentage points', 'pp'], ['percent points', 'pp'], ['pp', 'pp'],
];

/** Time units; the normalised unit is the singular word. */
export const TIME_UNITS = lookupTable<string>({
  year: 'year', years: 'year', yr: 'year', yrs: 'year', month: 'month', months: 'month', week: 'week', weeks: 'week',
  wk: 'week', wks: 'week', day: 'day', days: 'day', night: 'night', nights: 'night', hour: 'hour', hours: 'hour',
  hr: 'hour', hrs: 'hour', minute: 'minute', minutes: 'minute', min: 'minute', mins: 'minute', second: 'second', seconds: 'second',
  secs: 'second', decade: 'decade', decades: 'decade', century: 'century', centuries: 'century',
  fortnight: 'fortnight', fortnights: 'fortnight', millennium: 'millennium', millennia: 'millennium',
});

/** Units of measure: normalised unit, then the ways it is written. */
const MEASURES: Array<[string, string]> = [
  ['km', 'km kms kilometre kilometres kilometer kilometers'],
  ['m', 'm metre metres meter meters'],
  ['cm', 'cm centimetre centimetres centimeter centimeters'],
  ['mm', 'mm millimetre millimetres millimeter millimeters'],
  ['µm', 'µm μm micrometre micrometres micrometer micrometers micron microns'],
  ['nm', 'nanometre nanometres nanometer nanometers'],
  ['mile', 'mile miles mi'],
  ['nautical mile', 'nautical mile|nautical miles'],
  ['ft', 'ft foot feet'],
  ['inch', 'inch inches'],
  ['yard', 'yard yards yd yds'],
  ['km²', 'km2|km ²|km^2|sq km|square kilometre|square kilometres|square kilometer|square kilometers'],
  ['m²', 'm2|m ²|m^2|sq m|square metre|square metres|square meter|square meters'],
  ['sq mi', 'sq mi|square mile|square miles'],
  ['sq ft', 'sq ft|square foot|square feet'],
  ['hectare', 'hectare hectares ha'],
  ['acre', 'acre acres'],
  ['l', 'l litre litres liter liters'],
  ['ml', 'ml millilitre millilitres milliliter milliliters'],
  ['cl', 'cl centilitre centilitres centiliter centiliters'],
  ['gallon', 'gallon gallons gal'],
  ['barrel', 'barrel barrels bbl'],
  ['m³', 'm3|m ³|m^3|cubic metre|cubic metres|cubic meter|cubic meters'],
  ['km³', 'km3|km ³|km^3|cubic kilometre|cubic kilometres|cubic kilometer|cubic kilometers'],
  ['cubic ft', 'cu ft|cubic foot|cubic feet'],
  ['bcm', 'bcm'],
  ['kg', 'kg kgs kilo kilos kilogram kilograms kilogramme kilogrammes'],
  ['g', 'g gram grams gramme grammes'],
  ['mg', 'mg milligram milligrams milligramme milligrammes'],
  ['µg', 'µg μg mcg microgram micrograms microgramme microgrammes'],
  ['tonne', 'tonne|tonnes|ton|tons|t|metric ton|metric tons|metric tonne|metric tonnes'],
  ['lb', 'lb lbs'],
  ['oz', 'oz ounce ounces'],
  ['°C', temperatureForms('c celsius celcius centigrade centigrate')],
  ['°F', temperatureForms('f fahrenheit farenheit')],
  ['°', '°|degree|degrees|deg'],
  ['km/h', 'km/h|km / h|km/hr|kmh|kph|kmph|kilometres per hour|kilometers per hour|kilometres an hour|kilometers an hour'],
  ['mph', 'mph|miles per hour|miles an hour|mile per hour'],
  ['m/s', 'm/s|metres per second|meters per second'],
  ['knot', 'knot knots'],
  ['W', 'w watt watts'],
  ['kW', 'kw kilowatt kilowatts'],
  ['MW', 'mw megawatt megawatts'],
  ['GW', 'gw gigawatt gigawatts'],
  ['kWh', 'kwh|kilowatt hour|kilowatt hours|kilowatt-hours|kilowatt - hours'],
  ['MWh', 'mwh|megawatt hour|megawatt hours'],
  ['GWh', 'gwh|gigawatt hour|gigawatt hours'],
  ['TWh', 'twh|terawatt hour|terawatt hours'],
  ['Wh', 'wh'],
  ['kB', 'kb kilobyte kilobytes'],
  ['MB', 'mb megabyte megabytes'],
  ['GB', 'gb gigabyte gigabytes'],
  ['TB', 'tb terabyte terabytes'],
  ['Hz', 'hz hertz'],
  ['MHz', 'mhz megahertz'],
  ['GHz', 'ghz gigahertz'],
  ['bp', 'bp|bps|basis point|basis points'],
  ['bit', 'bit bits'],
  ['byte', 'byte bytes'],
  ['dm', 'dm decimetre decimetres decimeter decimeters'],
  ['cup', 'cup cups'],
  ['tbsp', 'tbsp tablespoon tablespoons'],
  ['tsp', 'tsp teaspoon teaspoons'],
  ['magnitude', 'magnitude|on the richter scale|on the richter|on richter scale|on the moment magnitude scale'],
];

/** "°C", "° Celsius", "degrees Celsius", "deg c", "celsius"... (a bare "c" or "f" only after a degree). */
function temperatureForms(names: string): string {
  const out: string[] = [];
  for (const name of names.split(' ')) {
    for (const lead of ['°', '° ', 'degree ', 'degrees ', 'deg ', 'deg. ']) out.push(lead + name);
    if (name.length > 1) out.push(name);
  }
  return out.join('|');
}

/** Tokenise a lexicon phrase the same way the extractor tokenises text. */
export function phraseTokens(phrase: string): { seq: string[]; spaced: boolean[] } {
  const seq: string[] = [];
  const spaced: boolean[] = [];
  let prevEnd = -1;
  for (const m of phrase.toLowerCase().matchAll(/\d+|[\p{L}\p{M}]+|\S/gu)) {
    if (prevEnd >= 0) spaced.push(m.index > prevEnd);
    seq.push(m[0]);
    prevEnd = m.index + m[0].length;
  }
  return { seq, spaced };
}

function splitForms(forms: string): string[] {
  // "a b c" lists single words; "a|b c|d" lists phrases (then every form is separated by "|").
  return forms.includes('|') ? forms.split('|') : forms.split(' ');
}

function buildTable(): Map<string, UnitEntry[]> {
  const entries: UnitEntry[] = [];
  const add = (phrase: string, kind: UnitKind, unit: string, factor?: number) => {
    const { seq, spaced } = phraseTokens(phrase);
    entries.push(factor === undefined ? { seq, spaced, kind, unit } : { seq, spaced, kind, unit, factor });
  };
  for (const [words, iso, nationalities, factor] of CURRENCY_WORDS) {
    for (const w of splitForms(words)) {
      add(w, 'money', iso, factor);
      for (const [nation, code] of Object.entries(nationalities ?? {})) add(`${nation} ${w}`, 'money', code, factor);
    }
  }
  for (const [code, iso] of Object.entries(CURRENCY_CODES)) if (code !== 'rs') add(code, 'money', iso);
  for (const [phrase, unit] of PERCENT_WORDS) add(phrase, 'percent', unit);
  for (const [word, unit] of Object.entries(TIME_UNITS)) add(word, 'duration', unit);
  for (const [unit, forms] of MEASURES) for (const f of splitForms(forms)) add(f, 'quantity', unit);
  const table = new Map<string, UnitEntry[]>();
  for (const e of entries) {
    const list = table.get(e.seq[0]!) ?? [];
    list.push(e);
    table.set(e.seq[0]!, list);
  }
  for (const list of table.values()) list.sort((a, b) => b.seq.length - a.seq.length);
  return table;
}

/** Unit phrases by their first token, longest first. */
export const UNITS_AFTER: ReadonlyMap<string, readonly UnitEntry[]> = buildTable();
