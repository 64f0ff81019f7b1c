// Plain-text articles as they are saved from the web: a headline (sometimes repeated, sometimes
// missing), the body, and page furniture around it. This turns one into title + paragraphs.

/** Lines after which nothing belongs to the article (comment forms, next-post teasers). */
const TERMINAL_LINE =
  /^(leave a (reply|comment)|share this article|sharing is caring:?|prev(ious)? post|next post|read next|related (posts|articles|stories)|you may also like|comments?)\s*:?$/i;

/** Single lines of furniture that may stand anywhere. */
const FURNITURE_LINE =
  /^(read more\s*(…|\.\.\.)?|shareable url|stay up to date with free updates|advertisement|skip advert(isement)?|share( on (facebook|twitter|x))?|follow us.*|sign up.*newsletter.*|your email address will not be published.*|required fields are marked.*)$/i;

/** Photo captions ending in a credit: "... Photograph: Anadolu/Getty Images". */
const CAPTION_LINE = /\b(photograph|photo|image|picture|credit)s?\s*:\s*[^.!?]{0,80}$/i;

export interface ParsedArticle {
  title: string;
  /** True when the file had no headline and the title was derived from the first sentence. */
  derivedTitle: boolean;
  paragraphs: string[];
}

function isShareLabel(line: string): boolean {
  // Short labels ending in a colon, in any language ("مشاركة :", "Share:").
  return /[:：]\s*$/.test(line) && line.split(/\s+/).filter(Boolean).length <= 3;
}

function looksLikeHeadline(line: string): boolean {
  const wordsCount = line.split(/\s+/).length;
  return line.length <= 180 && wordsCount >= 3 && !/[.,;:]$/.test(line);
}

/** A title for an article that has none: the first clause of its first sentence. */
export function deriveTitle(firstParagraph: string): string {
  const sentence = /^.*?[.!?](?=\s|$)/.exec(firstParagraph)?.[0] ?? firstParagraph;
  const clause = /^(.{30,}?)(,|\s[-\u2013\u2014]\s|;)/.exec(sentence)?.[1] ?? sentence.replace(/[.!?]$/, '');
  if (clause.length <= 110) return clause.trim();
  const cut = clause.slice(0, 110);
  return cut.slice(0, cut.lastIndexOf(' ')).trim() + '…';
}

/** Strips a site suffix ("Headline - Latest Global News") when the bare headline also appears. */
function splitSiteSuffix(title: string, next: string | undefined): { title: string; site?: string } {
  const m = /^(.*\S)\s+[-|\u2013\u2014]\s+([^-|\u2013\u2014]{2,60})$/.exec(title);
  if (m && next && next.trim() === m[1]) return { title: m[1]!, site: m[2]!.trim() };
  return { title };
}

export function parsePlainTextArticle(content: string): ParsedArticle & { site?: string } {
  const raw = content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines: string[] = [];
  for (const rawLine of raw.split('\n')) {
    const line = rawLine.replace(/\s+/g, ' ').trim();
    if (!line) continue;
    if (TERMINAL_LINE.test(line)) break;
    if (FURNITURE_LINE.test(line) || isShareLabel(line)) continue;
    if (CAPTION_LINE.test(line) && line.length < 240) continue;
    lines.push(line);
  }
  if (lines.length === 0) return { title: '', derivedTitle: true, paragraphs: [] };

  let title: string;
  let derivedTitle = false;
  let site: string | undefined;
  let body: string[];
  if (looksLikeHeadline(lines[0]!) && lines.length > 1) {
    const split = splitSiteSuffix(lines[0]!, lines[1]);
    title = split.title;
    site = split.site;
    body = lines.slice(1);
    // A repeated headline is furniture, not a paragraph, unless it is all the text there is (a one-line report).
    while (body.length > 1 && body[0] === title) body = body.slice(1);
  } else {
    body = lines;
    title = deriveTitle(lines[0]!);
    derivedTitle = true;
  }
  return { title, derivedTitle, paragraphs: body, ...(site ? { site } : {}) };
}
