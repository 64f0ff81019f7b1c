// Words around a place's name that are not the name: what stands between a preposition and the name ("in the
// southern state of Oaxaca", "from the city of Herat", "35 km northwest of Herat") and the levels of government
// a name carries ("Qinghai Province"). Read by a count's place (figurePlace) and a distance's place
// (describe-measure): one list, so both read a place the same way.

/** Lower-case words that may stand between a preposition and a place's name: "in the southern state of Oaxaca". */
export const PLACE_FILLERS: ReadonlySet<string> = new Set(['the', 'its', 'his', 'her', 'their', 'of', 'and', 'city', 'town', 'village',
  'neighbouring', 'neighboring', 'nearby', 'central', 'northern', 'southern', 'eastern', 'western', 'north', 'south', 'east', 'west',
  'capital', 'country']);
/** Levels of government, skipped even when capitalised: "Qinghai Province" is "Qinghai" ("Mexico City" is not "Mexico"). */
export const PLACE_LEVELS: ReadonlySet<string> = new Set(['state', 'states', 'province', 'provinces', 'county', 'counties', 'region',
  'district', 'prefecture']);
/** Compass points a distance may name before its place: "35 km northwest of Herat", "55 km north-east of Zindah Jan". */
export const COMPASS_WORDS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast',
  'southwest', 'north-east', 'north-west', 'south-east', 'south-west']);
