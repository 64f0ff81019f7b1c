// Many short strings (terms, names, ids) stored as one string and the end offset of each: a structured
// clone (IndexedDB) copies two values instead of creating thousands of strings, and a string is cut out
// only when it is asked for.

/** The stored form: string k is text.slice(ends[k - 1] ?? 0, ends[k]). */
export interface PackedStrings {
  text: string;
  ends: Uint32Array;
}

/** What readers of a list of strings need: a plain array is one too. */
export interface StringList {
  readonly length: number;
  at(i: number): string | undefined;
}

export function packStrings(list: StringList): PackedStrings {
  const ends = new Uint32Array(list.length);
  const parts: string[] = new Array(list.length);
  let at = 0;
  for (let i = 0; i < list.length; i++) {
    parts[i] = list.at(i)!;
    at += parts[i]!.length;
    ends[i] = at;
  }
  return { text: parts.join(''), ends };
}

/** A packed list read back, after checking its shape (it comes from storage). */
export class PackedStringList implements StringList {
  readonly length: number;

  constructor(readonly packed: PackedStrings) {
    const { text, ends } = packed ?? {};
    if (typeof text !== 'string' || !(ends instanceof Uint32Array)) throw new Error('not a packed string list');
    let prev = 0;
    for (let i = 0; i < ends.length; i++) {
      if (ends[i]! < prev) throw new Error('packed string list: offsets out of order');
      prev = ends[i]!;
    }
    if (prev !== text.length) throw new Error('packed string list: offsets do not match its text');
    this.length = ends.length;
  }

  start(i: number): number {
    return i > 0 ? this.packed.ends[i - 1]! : 0;
  }

  end(i: number): number {
    return this.packed.ends[i]!;
  }

  at(i: number): string | undefined {
    if (i < 0) i += this.length;
    if (!(i >= 0 && i < this.length)) return undefined;
    return this.packed.text.slice(this.start(i), this.end(i));
  }

  /** Compares `s` with entry i as `<` compares strings (UTF-16 code units), without cutting it out. */
  compareAt(s: string, i: number): number {
    const { text } = this.packed;
    const from = this.start(i);
    const len = this.end(i) - from;
    const n = Math.min(len, s.length);
    for (let k = 0; k < n; k++) {
      const d = s.charCodeAt(k) - text.charCodeAt(from + k);
      if (d !== 0) return d;
    }
    return s.length - len;
  }

  /** Compares entries i and j as compareAt does, neither cut out. */
  compareEntries(i: number, j: number): number {
    const { text } = this.packed;
    const a = this.start(i);
    const b = this.start(j);
    const la = this.end(i) - a;
    const lb = this.end(j) - b;
    const n = Math.min(la, lb);
    for (let k = 0; k < n; k++) {
      const d = text.charCodeAt(a + k) - text.charCodeAt(b + k);
      if (d !== 0) return d;
    }
    return la - lb;
  }
}
