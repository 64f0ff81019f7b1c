// Shared by the background and the command line (src/extraction: the layer both may import).
// One HTTP GET with a timeout, a size cap read off the stream (a 50 MB response is cut at the cap,
// never buffered whole), conditional headers, no cookies, and redirects followed.

export const FEED_TIMEOUT_MS = 20_000;
export const PAGE_TIMEOUT_MS = 15_000;
export const MAX_FEED_BYTES = 5 * 1024 * 1024;
export const MAX_PAGE_BYTES = 5 * 1024 * 1024;

export interface BoundedResponse {
  status: number;
  /** The final URL, after redirects. */
  url: string;
  contentType?: string;
  etag?: string;
  lastModified?: string;
  bytes: Uint8Array;
}

export class FetchProblem extends Error {
  constructor(
    message: string,
    readonly kind: 'timeout' | 'too-large' | 'network',
  ) {
    super(message);
  }
}

const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

async function readCapped(res: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    throw new FetchProblem(`the response is larger than ${mb(maxBytes)}`, 'too-large');
  }
  if (!res.body) return new Uint8Array(await res.arrayBuffer());
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new FetchProblem(`the response is larger than ${mb(maxBytes)}`, 'too-large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

export async function fetchBounded(
  fetchFn: typeof fetch,
  url: string,
  opts: { timeoutMs: number; maxBytes: number; etag?: string; lastModified?: string; accept?: string },
): Promise<BoundedResponse> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs);
  const headers: Record<string, string> = {};
  if (opts.accept) headers.accept = opts.accept;
  if (opts.etag) headers['if-none-match'] = opts.etag;
  if (opts.lastModified) headers['if-modified-since'] = opts.lastModified;
  try {
    let res: Response;
    try {
      // No cookies: a publisher sees a feed reader, not the reader's account. No HTTP cache: the
      // conditional headers above are ours.
      res = await fetchFn(url, { headers, credentials: 'omit', cache: 'no-store', redirect: 'follow', signal: controller.signal });
    } catch (e) {
      if (controller.signal.aborted) throw new FetchProblem(`no answer within ${opts.timeoutMs / 1000} s`, 'timeout');
      throw new FetchProblem(`the address could not be reached (${(e as Error).message || 'network error'})`, 'network');
    }
    const out: BoundedResponse = { status: res.status, url: res.url || url, bytes: new Uint8Array(0) };
    const ct = res.headers.get('content-type');
    const etag = res.headers.get('etag');
    const lm = res.headers.get('last-modified');
    if (ct) out.contentType = ct;
    if (etag) out.etag = etag;
    if (lm) out.lastModified = lm;
    if (res.status >= 200 && res.status < 300) {
      try {
        out.bytes = await readCapped(res, opts.maxBytes);
      } catch (e) {
        if (controller.signal.aborted) throw new FetchProblem(`no answer within ${opts.timeoutMs / 1000} s`, 'timeout');
        throw e;
      }
    } else {
      await res.body?.cancel().catch(() => undefined);
    }
    return out;
  } finally {
    clearTimeout(timer);
  }
}

/** Runs `fn` over `items` with at most `limit` at a time; results in order. */
export async function mapBounded<T, R>(items: T[], limit: number, fn: (x: T, i: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
