// A local news world on 127.0.0.1 for the followed-sources tests: two outlets' feeds (RSS 2.0 and
// Atom) whose items link to real pages of one story (zyte-dev cluster "feather-duvet-lung"), a
// third outlet's page of the same story to read, and a malformed feed. Counts every request.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { FIXTURE_PAGES } from './fixture-server.ts';

const page = (id: string) => readFileSync(join(FIXTURE_PAGES, 'zyte-dev', id, 'source.html'));
/** The story's pages: two followed outlets and the one the reader opens. */
export const STORY = { rss: '7bb1ca9035', atom: 'a078b3656a', reader: 'bd673bd798', other: '9cb8224b66' };

function rss(origin: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Gadget Desk</title><link>${origin}/gadget/</link><description>Test outlet A</description>
<item><title>A Man Developed 'Feather Duvet Lung' After Getting New Bedding</title><link>/gadget/feather-duvet-lung</link>
<guid isPermaLink="false">gadget-1</guid><pubDate>Mon, 18 Nov 2019 15:00:00 GMT</pubDate>
<description>&lt;p&gt;A man's new duvet made him sick.&lt;/p&gt;</description></item>
<item><title>Doobie Brothers reunite for a 50th anniversary tour</title><link>/gadget/doobie-brothers</link>
<guid isPermaLink="false">gadget-2</guid><pubDate>Mon, 18 Nov 2019 12:00:00 GMT</pubDate><description>Tour dates.</description></item>
</channel></rss>`;
}

function atom(origin: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Business Weekly Health</title><id>urn:test:business</id>
<link rel="alternate" href="${origin}/business/"/><updated>2019-11-18T16:00:00Z</updated>
<entry><title>How This Man's Bedding Gave Him 'Feather Duvet Lung'</title><id>urn:test:business:1</id>
<link rel="alternate" type="text/html" href="${origin}/business/bedding-feather-duvet-lung"/>
<updated>2019-11-18T16:00:00Z</updated><summary>Bedding and the lungs.</summary></entry>
</feed>`;
}

export interface FeedServer {
  origin: string;
  /** Every request path, in order. */
  requests: string[];
  close(): Promise<void>;
}

export async function startFeedServer(): Promise<FeedServer> {
  const requests: string[] = [];
  let origin = '';
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    const send = (status: number, body: string | Buffer, type: string) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    switch (path) {
      case '/gadget/rss.xml':
        return send(200, rss(origin), 'application/rss+xml; charset=utf-8');
      case '/business/atom.xml':
        return send(200, atom(origin), 'application/atom+xml; charset=utf-8');
      case '/broken/feed.xml':
        return send(200, '<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item><title>Unclosed', 'application/rss+xml');
      case '/gadget/feather-duvet-lung':
        return send(200, page(STORY.rss), 'text/html; charset=utf-8');
      case '/gadget/doobie-brothers':
        return send(200, page(STORY.other), 'text/html; charset=utf-8');
      case '/business/bedding-feather-duvet-lung':
        return send(200, page(STORY.atom), 'text/html; charset=utf-8');
      case '/science/feather-duvet-lung':
        return send(200, page(STORY.reader), 'text/html; charset=utf-8');
      default:
        return send(404, 'not found', 'text/plain');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, requests, close: () => new Promise((r) => server.close(() => r())) };
}
