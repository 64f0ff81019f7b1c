// Stable ids for the user's articles, from their content: the same article imported twice gets the
// same id, so it replaces the stored copy instead of doubling it. Pure (the options page uses it to
// count new and replaced articles before it sends them).

/** cyrb53: a fast 53-bit string hash (public domain, bryc). Not cryptographic; collisions among a
 * few thousand articles are vanishingly unlikely (about n^2 / 2^54). */
function hash53(s: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The address an article is known by: no #fragment, no utm_* tracking parameters. */
export function canonicalArticleUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    for (const k of [...u.searchParams.keys()]) if (/^utm_/i.test(k)) u.searchParams.delete(k);
    return u.href;
  } catch {
    return url;
  }
}

/** 'user-' + a hash of the article's address when it has one, else of its title and text. */
export function userArticleId(a: { title: string; text: string; url?: string }): string {
  const key = a.url ? `url:${canonicalArticleUrl(a.url)}` : `text:${a.title}\n${a.text}`;
  return `user-${hash53(key).toString(36).padStart(11, '0')}`;
}
