// Units that name the measure itself: a figure in them measures that one thing whatever noun it is written
// into ("a 7.8-magnitude quake", "a magnitude-7.8 temblor", "a magnitude of 7.8"). Alignment takes the unit as
// the figure's head noun, so the event's many names do not split one measure into several.
export const MEASURE_UNITS: ReadonlySet<string> = new Set(['magnitude']);
