// The user's own articles (IndexedDB). Until the import feature lands there are none.
import type { Corpus } from '../core/types.ts';

export async function loadUserCorpus(): Promise<Corpus | null> {
  return null;
}
