// The bundled corpus is fetched as data on first use (never imported as a module), so a stopped
// service worker wakes fast and pays the parse only when a page is analysed.
import { parseCorpusFile } from '../core/corpus/corpus-file.ts';
import type { Corpus } from '../core/types.ts';
import { browser } from '../shared/protocol.ts';

let pending: Promise<Corpus> | undefined;

export function loadBundledCorpus(): Promise<Corpus> {
  pending ??= (async () => {
    const res = await fetch(browser.runtime.getURL('corpus/seeds.json'));
    if (!res.ok) throw new Error(`the bundled corpus could not be read (${res.status})`);
    return parseCorpusFile(await res.json(), 'bundled');
  })().catch((e: unknown) => {
    pending = undefined; // let the next request try again
    throw e;
  });
  return pending;
}
