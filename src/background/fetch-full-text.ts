// Fetch a feed report's article page in full, on the reader's request (the popup's "fetch full text").
import { followedSources } from './sources/followed-sources.ts';

export function fetchFullText(id: string): Promise<{ summaryOnly: boolean }> {
  return followedSources().fetchFullText(id);
}
