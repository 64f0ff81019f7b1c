// The bundled corpus is fetched as data on first use (never imported as a module), so a stopped
// service worker wakes fast and pays the parse only when a page is analysed. It is read while the term
// list loads; only its parse weighs terms, so only that waits for them.
import { parseCorpusFile } from '../core/corpus/corpus-file.ts';
import type { Corpus } from '../core/types.ts';
import { browser } from '../shared/protocol.ts';
import { ensureBackgroundTerms } from './background-terms.ts';

let pending: Promise<Corpus> | undefined;

export function loadBundledCorpus(): Promise<Corpus> {
  pending ??= (async () => {
    const terms = ensureBackgroundTerms();
    terms.catch(() => undefined); // awaited below; never an unhandled rejection meanwhile
    const res = await fetch(browser.runtime.getURL('corpus/seeds.json'));
    if (!res.ok) throw new Error(`the bundled corpus could not be read (${res.status})`);
    const data: unknown = await res.json();
    await terms;
    return parseCorpusFile(data, 'bundled');
  })().catch((e: unknown) => {
    pending = undefined; // let the next request try again
    throw e;
  });
  return pending;
}
