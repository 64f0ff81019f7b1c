// Words that name an event of a kind whose every event gets its own name: a storm ("Hurricane Ian", "Typhoon
// Haiyan", "Storm Desmond"). Reports of one storm call it by its name; two storms of one season share
// everything else (the kind, the coast, the death toll's words).

/** A named storm's head word, lower-case: the capitalised word after it is the storm's name. */
export const NAMED_STORM_HEADS: ReadonlySet<string> = new Set(['hurricane', 'typhoon', 'cyclone', 'storm']);

/**
 * Capitalised words after a head that name no storm but an office, a season or an alert ("National Hurricane
 * Center", "Hurricane Season", "Storm Warning", "Hurricane Hunters"), lower-case.
 */
export const NOT_STORM_NAMES: ReadonlySet<string> = new Set([
  'center', 'centre', 'season', 'seasons', 'warning', 'warnings', 'watch', 'watches', 'hunter', 'hunters', 'relief',
  'preparedness', 'category', 'force', 'names', 'name', 'shelter', 'shelters', 'tracker', 'week', 'surge', 'damage',
  'recovery', 'response', 'victims', 'fund', 'task', 'prediction', 'insurance', 'coverage', 'update', 'updates',
]);
