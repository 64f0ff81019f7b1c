// Stored arrays of counts and offsets at the narrowest width that holds them: fewer bytes to read back from
// IndexedDB at every worker start (compact-search-index.ts, the snapshot's sentence offsets).

export type Counts = Uint32Array | Uint16Array | Uint8Array;

/** The narrowest of 8, 16 or 32 bits that holds `max` (never wider than the values came). */
export function narrowest(values: Counts, max: number): Counts {
  if (max <= 0xff && !(values instanceof Uint8Array)) return Uint8Array.from(values);
  if (max <= 0xffff && values instanceof Uint32Array) return Uint16Array.from(values);
  return values;
}

/** The largest of the values, 0 for none. */
export function maxOf(values: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < values.length; i++) if (values[i]! > m) m = values[i]!;
  return m;
}
