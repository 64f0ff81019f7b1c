// Serves test pages on 127.0.0.1 only: the seeds rendered as news pages, real fixture pages,
// and pages that are not articles. Tests never touch the internet.
import '../../src/cli/install-background-terms.ts'; // the term list, before anything is analysed
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, join, resolve } from 'node:path';
import { parsePlainTextArticle } from '../../src/core/corpus/parse-plain-text-article.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SEEDS_DIR = join(ROOT, 'seeds');
export const FIXTURE_PAGES = join(ROOT, 'tests/fixtures/pages');

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function seedIds(): string[] {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => basename(f, '.txt'))
    .sort();
}

/** A seed as a news site would publish it: navigation, headline, body paragraphs, footer. */
export function seedPage(id: string): string {
  const parsed = parsePlainTextArticle(readFileSync(join(SEEDS_DIR, `${id}.txt`), 'utf8'));
  const paras = parsed.paragraphs.map((p) => `      <p>${escapeHtml(p)}</p>`).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(parsed.title)} | World News</title>
<meta property="og:site_name" content="World News Test Desk"></head>
<body>
  <header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav></header>
  <main>
    <article>
      <h1>${escapeHtml(parsed.title)}</h1>
      <p class="byline">By Test Reporter</p>
${paras}
    </article>
  </main>
  <footer><p>© World News Test Desk. All rights reserved.</p></footer>
</body></html>`;
}

const NON_ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign in</title></head>
<body><form><label>Email <input type="email"></label><label>Password <input type="password"></label><button>Sign in</button></form></body></html>`;

export interface FixtureServer {
  origin: string;
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const send = (status: number, body: string | Buffer, type = 'text/html; charset=utf-8') => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    let m = /^\/seed\/([\w-]+)\.html$/.exec(url.pathname);
    if (m && existsSync(join(SEEDS_DIR, `${m[1]}.txt`))) return send(200, seedPage(m[1]!));
    m = /^\/fixtures\/([\w-]+)\/([\w-]+)\/$/.exec(url.pathname);
    if (m) {
      const file = join(FIXTURE_PAGES, m[1]!, m[2]!, 'source.html');
      if (existsSync(file)) return send(200, readFileSync(file));
    }
    if (url.pathname === '/non-article.html') return send(200, NON_ARTICLE);
    if (url.pathname === '/document.pdf') return send(200, Buffer.from('%PDF-1.4\n%%EOF\n'), 'application/pdf');
    send(404, 'not found', 'text/plain');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
