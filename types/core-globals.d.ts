// The few host globals the pure core uses, declared for its DOM-free compile (tsconfig.core.json).
// Both browsers' workers and Node provide them; nothing here may touch a document or a browser API.
declare class URL {
  constructor(url: string, base?: string | URL);
  hash: string;
  host: string;
  hostname: string;
  href: string;
  origin: string;
  pathname: string;
  protocol: string;
  search: string;
  readonly searchParams: URLSearchParams;
  toString(): string;
}
declare class URLSearchParams {
  constructor(init?: string | Record<string, string> | Array<[string, string]>);
  get(name: string): string | null;
  has(name: string): boolean;
  delete(name: string): void;
  keys(): IterableIterator<string>;
  entries(): IterableIterator<[string, string]>;
  sort(): void;
  toString(): string;
}
