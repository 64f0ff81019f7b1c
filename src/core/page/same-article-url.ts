// Which addresses name the same article. A change of #fragment alone (a table of contents, a
// "jump to section" link, pushState to '#section-2') is not a new article: the content script keeps
// its highlights then, and the background keeps its cached analysis and badge. Pure.

/** The address without its #fragment: what identifies the article. */
export function articleUrl(href: string): string {
  const i = href.indexOf('#');
  return i === -1 ? href : href.slice(0, i);
}

/** True when both addresses are known and differ at most by their #fragment. */
export function sameArticleUrl(a: string | undefined | null, b: string | undefined | null): boolean {
  if (!a || !b) return false;
  return articleUrl(a) === articleUrl(b);
}
