// A short list of well-known outlets' public feeds to pick from. Nothing is followed by default.
// `origins` are every host the feed and its articles live on, asked for in one prompt.
export interface WellKnownFeed {
  name: string;
  url: string;
  origins: string[];
}

export const WELL_KNOWN_FEEDS: WellKnownFeed[] = [
  { name: 'BBC News, World', url: 'https://feeds.bbci.co.uk/news/world/rss.xml', origins: ['https://feeds.bbci.co.uk/*', 'https://www.bbc.com/*', 'https://www.bbc.co.uk/*'] },
  { name: 'The Guardian, World', url: 'https://www.theguardian.com/world/rss', origins: ['https://www.theguardian.com/*'] },
  { name: 'NPR News', url: 'https://feeds.npr.org/1001/rss.xml', origins: ['https://feeds.npr.org/*', 'https://www.npr.org/*'] },
  { name: 'Al Jazeera English', url: 'https://www.aljazeera.com/xml/rss/all.xml', origins: ['https://www.aljazeera.com/*'] },
  { name: 'Deutsche Welle, English', url: 'https://rss.dw.com/rdf/rss-en-all', origins: ['https://rss.dw.com/*', 'https://www.dw.com/*'] },
  { name: 'France 24, English', url: 'https://www.france24.com/en/rss', origins: ['https://www.france24.com/*'] },
  { name: 'The New York Times, World', url: 'https://rss.nytimes.com/services/xml/rss/nyt/World.xml', origins: ['https://rss.nytimes.com/*', 'https://www.nytimes.com/*'] },
  { name: 'CBC News, World', url: 'https://www.cbc.ca/webfeed/rss/rss-world', origins: ['https://www.cbc.ca/*'] },
];
