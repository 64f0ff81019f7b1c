// The user's corpus: imports (atomic, deduplicated by content id), listing, removal, export, and the
// searchable Corpus built from the stored articles and memoised until the store changes.
// No extension API here (src/background/user-corpus.ts wires it up), so unit tests run it in Node.
import { buildCorpus, CORPUS_VERSION, serializeCorpus, type CorpusFile } from '../core/corpus/corpus-file.ts';
import { checkImportArticle, type ImportArticle, type ImportLimits } from '../core/corpus/parse-import-file.ts';
import type { Corpus } from '../core/types.ts';
import { corpusOfView, readSnapshot, snapshotOf, type CorpusSnapshot } from './corpus-snapshot.ts';
import { storageErrorMessage, UserCorpusDb, type StoredArticle } from './user-corpus-db.ts';
import { userArticleId } from '../shared/user-article-id.ts';

export interface UserCorpusListingOut {
  articles: Array<{ id: string; title: string; source?: string; url?: string; published?: string; chars: number; addedAt: string }>;
  bytes: number;
  usage?: number;
  quota?: number;
}

export interface UserCorpusStoreOptions {
  limits: ImportLimits;
  now?: () => Date;
  /** navigator.storage.estimate(), when the browser has it. */
  estimate?: () => Promise<{ usage?: number; quota?: number } | undefined>;
  /** Names the build that compiles snapshots (the extension version): others' snapshots are ignored. */
  snapshotTag?: string;
  /** Rebuild the corpus this long after a change, so the next analysis need not (unset: lazily). */
  warmAfterChangeMs?: number;
  /** Called after every change that was stored (e.g. to drop analyses made with the old corpus). */
  onChange?: () => void | Promise<void>;
}

const fmt = (n: number) => n.toLocaleString('en-US');

/** The corpus from stored articles plus a snapshot of their index; null when they do not fit. */
function corpusFromSnapshot(articles: StoredArticle[], snapshot: CorpusSnapshot, tag: string): Corpus | null {
  try {
    const view = readSnapshot(snapshot, tag);
    if (!view || view.ids.length !== articles.length) return null;
    const byId = new Map(articles.map((a) => [a.id, a]));
    return corpusOfView(view, (id) => byId.get(id));
  } catch {
    return null; // e.g. the index format changed with an update: build again
  }
}

export class UserCorpusStore {
  readonly db: UserCorpusDb;
  private generation = 0;
  private memo: { generation: number; corpus: Promise<Corpus | null> } | undefined;
  private warmTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    factory: IDBFactory,
    private readonly options: UserCorpusStoreOptions,
  ) {
    this.db = new UserCorpusDb(factory);
  }

  private async changed(): Promise<void> {
    this.generation++;
    this.memo = undefined;
    if (this.options.warmAfterChangeMs !== undefined) {
      clearTimeout(this.warmTimer);
      this.warmTimer = setTimeout(() => void this.load().catch(() => undefined), this.options.warmAfterChangeMs);
    }
    try {
      await this.options.onChange?.();
    } catch {
      // A stale cached analysis is not worth failing a stored change for.
    }
  }

  /** How the last corpus was loaded (for tests and diagnostics). */
  lastLoad: 'built' | 'snapshot' | 'empty' | undefined;

  /**
   * The stored articles as a searchable corpus (origin 'user'); null when there are none. Loaded
   * from the stored snapshot of the current revision when there is one; otherwise built (seconds
   * for thousands of articles) and the snapshot saved for the next service worker.
   */
  load(): Promise<Corpus | null> {
    if (this.memo && this.memo.generation === this.generation) return this.memo.corpus;
    const generation = this.generation;
    const corpus = this.loadFresh();
    const memo = { generation, corpus };
    this.memo = memo;
    // A failed load is not remembered: the next request tries again.
    corpus.catch(() => {
      if (this.memo === memo) this.memo = undefined;
    });
    return corpus;
  }

  private async loadFresh(): Promise<Corpus | null> {
    const { articles, revision, snapshot } = await this.db.loadState();
    if (!articles.length) {
      this.lastLoad = 'empty';
      return null;
    }
    const tag = `${CORPUS_VERSION}:${this.options.snapshotTag ?? ''}`;
    if (snapshot && snapshot.revision === revision) {
      const fromSnapshot = corpusFromSnapshot(articles, snapshot, tag);
      if (fromSnapshot) {
        this.lastLoad = 'snapshot';
        return fromSnapshot;
      }
    }
    articles.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const corpus = buildCorpus(
      articles.map((a) => ({
        id: a.id,
        title: a.title,
        paragraphs: a.text.split('\n\n'),
        origin: 'user' as const,
        ...(a.url ? { url: a.url } : {}),
        ...(a.source ? { source: a.source } : {}),
        ...(a.published ? { published: a.published } : {}),
      })),
    );
    this.lastLoad = 'built';
    // Best effort: without it the next service worker builds again.
    await this.db.saveSnapshot(snapshotOf(corpus, revision, tag)).catch(() => false);
    return corpus;
  }

  /**
   * Stores the articles in one transaction, or throws and stores nothing. Articles are checked
   * again here (the background is the last line), and the same article twice keeps the last copy:
   * `merged` counts the articles that gave way so (an id is the article's address, when it has one,
   * so different articles under one address are merged, and the reply says how many).
   */
  async importArticles(importedFrom: string, articles: ImportArticle[]): Promise<{ added: number; total: number; merged: number }> {
    const { limits } = this.options;
    if (articles.length === 0) throw new Error('There is nothing to import.');
    if (articles.length > limits.maxArticles) {
      throw new Error(`This import holds ${fmt(articles.length)} articles; Parallax imports up to ${fmt(limits.maxArticles)} at a time. Nothing was stored.`);
    }
    const addedAt = (this.options.now?.() ?? new Date()).toISOString();
    const byId = new Map<string, StoredArticle>();
    articles.forEach((raw, k) => {
      const checked = checkImportArticle(raw, limits);
      if ('reason' in checked) throw new Error(`Article ${k + 1}${articles.length > 1 ? ` of ${fmt(articles.length)}` : ''} was refused: ${checked.reason}. Nothing was stored.`);
      const a = checked.article;
      const id = userArticleId(a);
      byId.delete(id); // keep the last copy, in order
      byId.set(id, { id, ...a, addedAt, importedFrom });
    });
    let added: number;
    try {
      ({ added } = await this.db.putAll([...byId.values()]));
    } catch (e) {
      throw new Error(`${storageErrorMessage(e)} Nothing from this import was stored.`);
    }
    await this.changed();
    const total = (await this.db.allSummaries()).length;
    return { added, total, merged: articles.length - byId.size };
  }

  async list(): Promise<UserCorpusListingOut> {
    const summaries = await this.db.allSummaries();
    summaries.sort((a, b) => (a.addedAt === b.addedAt ? a.title.localeCompare(b.title) : a.addedAt < b.addedAt ? 1 : -1));
    let bytes = 0;
    const articles = summaries.map(({ bytes: b, ...rest }) => {
      bytes += b;
      return rest;
    });
    const out: UserCorpusListingOut = { articles, bytes };
    try {
      const est = await this.options.estimate?.();
      if (typeof est?.usage === 'number') out.usage = est.usage;
      if (typeof est?.quota === 'number') out.quota = est.quota;
    } catch {
      // The estimate is a nicety.
    }
    return out;
  }

  async remove(ids: string[]): Promise<{ removed: number }> {
    let result: { removed: number };
    try {
      result = await this.db.deleteIds(ids);
    } catch (e) {
      throw new Error(`${storageErrorMessage(e)} Nothing was removed.`);
    }
    if (result.removed) await this.changed();
    return result;
  }

  /** The stored articles as a compiled corpus file, importable again (here or with the CLI). */
  async exportCorpus(): Promise<CorpusFile> {
    const corpus = await this.load();
    if (!corpus) throw new Error('You have no articles of your own: there is nothing to export.');
    return serializeCorpus(corpus);
  }
}
