// Units that name the measure itself: a figure in them measures that one thing whatever noun it is written
// into ("a 7.8-magnitude quake", "a magnitude-7.8 temblor", "a magnitude of 7.8"). Alignment takes the unit as
// the figure's head noun, so the event's many names do not split one measure into several.
export const MEASURE_UNITS: ReadonlySet<string> = new Set(['magnitude']);

/** The step a value in such a unit is given to, whatever its digits: a magnitude to a tenth ("a 7-magnitude quake" is 7.0, not 6.5 to 7.5). */
export const MEASURE_UNIT_STEPS: ReadonlyMap<string, number> = new Map([['magnitude', 0.1]]);
