// Word tables as prototype-free objects: with a plain object literal, `'constructor' in table` is
// true and table['toString'] is a function, so any text holding those words would parse as a number.

export function lookupTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
