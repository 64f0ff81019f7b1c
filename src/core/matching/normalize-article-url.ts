// One key per article address, so the open page and its corpus entry meet whatever way the address was
// written: scheme, "www.", letter case of the host, a #fragment, a trailing slash, default ports, and
// tracking parameters ("utm_source", "fbclid") do not name another article. Pure.

/** Query parameters that track the visit and never select the article. */
const TRACKING_PARAM = /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref|ref_src|smid|cmpid|ocid|taid|ito|icid|__twitter_impression)$/i;

/** The address as a comparison key ("example.com/news/story?id=7"), or undefined when it is no web address. */
export function normalizeArticleUrl(url: string | undefined | null): string | undefined {
  if (!url) return undefined;
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
  const host = u.hostname.toLowerCase().replace(/^(www\d?|m|amp)\./, '');
  const path = u.pathname.replace(/\/(amp|index\.html?)\/?$/i, '/').replace(/\/+$/, '') || '';
  const params = [...u.searchParams.entries()].filter(([k]) => !TRACKING_PARAM.test(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? `?${params.map(([k, v]) => `${k}=${v}`).join('&')}` : '';
  return `${host}${path}${query}`;
}
