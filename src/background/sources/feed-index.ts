// The feed items as searchable corpora, one per segment. A fetch adds one small segment built from
// its new items only; when there are too many, the smallest are merged (plan-compaction.ts). A
// changed or deleted item rebuilds only its own segment. Segments are stored with their compiled
// index, so a restarted worker loads them instead of indexing again.
import { buildCorpus } from '../../core/corpus/corpus-file.ts';
import { PackedStringList } from '../../core/corpus/packed-strings.ts';
import { planCompaction } from '../../core/feeds/plan-compaction.ts';
import type { Corpus } from '../../core/types.ts';
import { compiledPartsOf, corpusOfView, readCompiledParts, type StoredText } from '../corpus-snapshot.ts';
import type { FeedsDb, ItemChange, StoredItem, StoredSegment } from './feeds-db.ts';

/** What a segment is built from: a stored item, or an article of a segment being merged. */
export interface SegmentDoc extends StoredText {
  summaryOnly?: boolean;
}

export function docOfItem(it: StoredItem): SegmentDoc {
  return { id: it.id, title: it.title, text: it.text, source: it.outlet, summaryOnly: it.summaryOnly, ...(it.url ? { url: it.url } : {}), ...(it.published ? { published: it.published } : {}) };
}

/** Marks a corpus's articles as feed reports (the corpus file format does not carry it). */
function asFeedCorpus(corpus: Corpus, summaryOnly: (id: string) => boolean): Corpus {
  for (const a of corpus.articles) {
    a.origin = 'feed';
    if (summaryOnly(a.id)) a.summaryOnly = true;
  }
  return corpus;
}

/** A segment of `docs` (ids in index order), compiled. */
export function buildSegment(id: number, docs: SegmentDoc[], tag: string): { segment: StoredSegment; corpus: Corpus } {
  const corpus = buildCorpus(
    docs.map((d) => ({ id: d.id, title: d.title, paragraphs: d.text.split('\n\n'), ...(d.source ? { source: d.source } : {}), ...(d.url ? { url: d.url } : {}), ...(d.published ? { published: d.published } : {}) })),
  );
  const summaryOnly = new Set(docs.filter((d) => d.summaryOnly).map((d) => d.id));
  return {
    segment: { id, tag, ...compiledPartsOf(corpus) },
    corpus: asFeedCorpus(corpus, (x) => summaryOnly.has(x)),
  };
}

/** A stored segment with its items' texts; null when it is another build's or does not fit them (rebuilt). */
function corpusOfSegment(seg: StoredSegment, items: Map<string, StoredItem>, tag: string): Corpus | null {
  if (seg.tag !== tag) return null;
  try {
    const view = readCompiledParts(seg);
    const corpus = view && corpusOfView(view, (id) => {
      const it = items.get(id);
      return it && docOfItem(it);
    });
    return corpus && asFeedCorpus(corpus, (x) => !!items.get(x)?.summaryOnly);
  } catch {
    return null;
  }
}

/** The item ids a segment holds, whatever build stored it (an older one kept them as an array); none when unreadable. */
function segmentItemIds(seg: StoredSegment): string[] {
  const ids: unknown = seg.ids;
  if (Array.isArray(ids)) return ids.filter((x): x is string => typeof x === 'string');
  try {
    const list = new PackedStringList(seg.ids);
    return Array.from({ length: list.length }, (_, k) => list.at(k)!);
  } catch {
    return []; // its items are indexed again as orphans
  }
}

export class FeedIndex {
  /** Segment id -> its corpus and item ids. */
  private segments = new Map<number, { corpus: Corpus; size: number }>();
  private loaded: Promise<void> | undefined;
  /** How the last load went, for tests: segments loaded from storage vs rebuilt. */
  lastLoad = { loaded: 0, rebuilt: 0 };

  constructor(
    private readonly db: FeedsDb,
    private readonly tag: string,
  ) {}

  /** Loads every stored segment (once per worker); a segment of another build is rebuilt. */
  load(): Promise<void> {
    this.loaded ??= this.loadFresh().catch((e: unknown) => {
      this.loaded = undefined;
      throw e;
    });
    return this.loaded;
  }

  private async loadFresh(): Promise<void> {
    const [segs, items] = await Promise.all([this.db.segments(), this.db.items()]);
    const byId = new Map(items.map((i) => [i.id, i]));
    const fresh = new Map<number, { corpus: Corpus; size: number }>();
    const change: ItemChange = { putSegments: [], deleteSegments: [] };
    const indexed = new Set<string>();
    for (const seg of segs) {
      let corpus = corpusOfSegment(seg, byId, this.tag);
      if (corpus) this.lastLoad.loaded++;
      else {
        const live = segmentItemIds(seg)
          .map((id) => byId.get(id))
          .filter((x): x is StoredItem => !!x);
        if (!live.length) {
          change.deleteSegments!.push(seg.id);
          continue;
        }
        const built = buildSegment(seg.id, live.map(docOfItem), this.tag);
        change.putSegments!.push(built.segment);
        corpus = built.corpus;
        this.lastLoad.rebuilt++;
      }
      for (const a of corpus.articles) indexed.add(a.id);
      fresh.set(seg.id, { corpus, size: corpus.articles.length });
    }
    // Items that no segment holds (a write interrupted): index them now.
    const orphans = items.filter((i) => !indexed.has(i.id));
    if (orphans.length) {
      const id = Math.max(0, ...fresh.keys()) + 1;
      const built = buildSegment(id, orphans.map(docOfItem), this.tag);
      change.putSegments!.push(built.segment);
      fresh.set(id, { corpus: built.corpus, size: orphans.length });
    }
    if (change.putSegments!.length || change.deleteSegments!.length) await this.db.apply(change).catch(() => undefined);
    this.segments = fresh;
  }

  corpora(): Corpus[] {
    return [...this.segments.values()].map((s) => s.corpus).filter((c) => c.articles.length > 0);
  }

  /** Item count indexed. */
  size(): number {
    let n = 0;
    for (const s of this.segments.values()) n += s.size;
    return n;
  }

  private nextId(): number {
    return Math.max(0, ...this.segments.keys()) + 1;
  }

  /**
   * The change that stores `added` in a new segment, rebuilds the segments holding `updated` or
   * removed items from their live articles, and merges segments when there are too many (no stored
   * item is read: merged segments are rebuilt from their in-memory articles). Apply the change to
   * the db, then call commit().
   */
  plan(added: StoredItem[], updated: StoredItem[], removedIds: Iterable<string>): { change: ItemChange; commit: () => void } {
    const removed = new Set(removedIds);
    const updatedById = new Map(updated.map((u) => [u.id, docOfItem(u)]));
    const next = new Map(this.segments);
    const change: ItemChange = { put: [...added, ...updated], putSegments: [], deleteSegments: [], deleteIds: [...removed] };
    const touched = new Set<number>();
    if (removed.size || updatedById.size) {
      for (const [sid, s] of this.segments) if (s.corpus.articles.some((a) => removed.has(a.id) || updatedById.has(a.id))) touched.add(sid);
    }
    let id = this.nextId();
    if (added.length) {
      const sid = id++;
      const built = buildSegment(sid, added.map(docOfItem), this.tag);
      change.putSegments!.push(built.segment);
      next.set(sid, { corpus: built.corpus, size: added.length });
    }
    const rebuild = (sids: number[]) => {
      const members: SegmentDoc[] = [];
      for (const sid of sids) {
        for (const a of next.get(sid)?.corpus.articles ?? []) {
          if (removed.has(a.id)) continue;
          members.push(updatedById.get(a.id) ?? { id: a.id, title: a.title, text: a.text, ...(a.source ? { source: a.source } : {}), ...(a.url ? { url: a.url } : {}), ...(a.published ? { published: a.published } : {}), ...(a.summaryOnly ? { summaryOnly: true } : {}) });
        }
        next.delete(sid);
        change.deleteSegments!.push(sid);
      }
      if (!members.length) return;
      const sid = id++;
      const built = buildSegment(sid, members, this.tag);
      change.putSegments!.push(built.segment);
      next.set(sid, { corpus: built.corpus, size: members.length });
    };
    const entries = [...next.entries()];
    const merge = planCompaction(entries.map(([, s]) => ({ size: s.size, deleted: 0 }))).map((i) => entries[i]![0]);
    if (merge.length >= 2) {
      rebuild(merge);
      for (const m of merge) touched.delete(m);
    }
    for (const sid of touched) rebuild([sid]);
    return { change, commit: () => (this.segments = next) };
  }
}
