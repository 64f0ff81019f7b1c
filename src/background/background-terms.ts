// The general-English term list the core weighs words with (see core/text/background-idf.ts): shipped
// as data (public/terms/), fetched once per worker when a request first needs the core, not parsed as
// part of the worker's script at every start.
import { backgroundRank, backgroundTermsInstalled, installBackgroundTerms } from '../core/text/background-idf.ts';
import { browser } from '../shared/protocol.ts';

let loading: Promise<void> | undefined;

export function ensureBackgroundTerms(): Promise<void> {
  if (backgroundTermsInstalled()) return Promise.resolve();
  loading ??= (async () => {
    const res = await fetch(browser.runtime.getURL('terms/background-terms.txt'));
    if (!res.ok) throw new Error(`the term list could not be read (${res.status})`);
    installBackgroundTerms(await res.text());
    backgroundRank('the'); // builds the rank map now, while the page is still being read
  })().finally(() => (loading = undefined));
  return loading;
}
