// IndexedDB plumbing shared by the user's articles and the followed sources' stores: requests and
// transactions as promises, and one database connection per store that reopens after a close.

export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** Settles when the transaction commits or aborts. A failed request is never `preventDefault`ed,
 * so it aborts the whole transaction: that is what makes a write all-or-nothing. */
export function finished(tx: IDBTransaction): Promise<void> {
  const done = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new DOMException('The change was cancelled', 'AbortError'));
  });
  done.catch(() => undefined); // awaited later; never an unhandled rejection meanwhile
  return done;
}

/** One connection to a database, opened on first use and again after the browser closes it. */
export class DatabaseConnection {
  private pending: Promise<IDBDatabase> | undefined;

  constructor(
    private readonly factory: IDBFactory,
    private readonly name: string,
    private readonly version: number,
    private readonly upgrade: (db: IDBDatabase) => void,
  ) {}

  open(): Promise<IDBDatabase> {
    this.pending ??= new Promise<IDBDatabase>((resolve, reject) => {
      const req = this.factory.open(this.name, this.version);
      req.onupgradeneeded = () => this.upgrade(req.result);
      req.onsuccess = () => {
        const db = req.result;
        // Another version elsewhere wants to upgrade, or the browser closed it: reopen next time.
        db.onversionchange = () => {
          db.close();
          this.pending = undefined;
        };
        db.onclose = () => (this.pending = undefined);
        resolve(db);
      };
      req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened'));
      req.onblocked = () => reject(new DOMException('Parallax’s storage is busy in another window', 'InvalidStateError'));
    }).catch((e: unknown) => {
      this.pending = undefined;
      throw e;
    });
    return this.pending;
  }

  /** Closes the connection (tests reopen the store on the same factory). */
  async close(): Promise<void> {
    const p = this.pending;
    this.pending = undefined;
    if (p) (await p.catch(() => undefined))?.close();
  }
}
