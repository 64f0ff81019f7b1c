// What went wrong, in a reader's words. The browser's own messages ("No tab with id: 999999",
// "...the message channel closed before a response was received") mean nothing to a reader, so
// they are sorted into a few kinds, each with what happened and what to try. Pure.

export type ErrorKind = 'worker-stopped' | 'extension-reloaded' | 'tab-gone' | 'not-allowed' | 'other';

/** Chrome's and Firefox's words for each kind, as their messages say them. */
const PATTERNS: Array<[ErrorKind, RegExp]> = [
  // The service worker (or Firefox's background page) stopped while the question was in flight.
  ['worker-stopped', /message (?:channel|port) closed|receiving end does not exist|could not establish connection|message manager disconnected|destroyed before query|disconnected port/i],
  ['extension-reloaded', /extension context invalidated|no answer from the extension/i],
  ['tab-gone', /no tab with id|invalid tab id|no active tab|tab was closed|no tab/i],
  ['not-allowed', /cannot access|missing host permission|cannot be scripted|permission/i],
];

export function errorKind(e: unknown): ErrorKind {
  const message = e instanceof Error ? e.message : String(e);
  for (const [kind, re] of PATTERNS) if (re.test(message)) return kind;
  return 'other';
}

/** Worth asking once more: the worker starts again on the next message. */
export function isRetryable(kind: ErrorKind): boolean {
  return kind === 'worker-stopped';
}

export interface PlainError {
  /** What happened. */
  what: string;
  /** What to try. */
  next: string;
}

const WORDS: Record<ErrorKind, PlainError> = {
  'worker-stopped': { what: 'Parallax stopped while it was reading this page.', next: 'Try again. If it happens again, reload the page first.' },
  'extension-reloaded': { what: 'Parallax was updated or restarted while this window was open.', next: 'Close this window, reload the page and open Parallax again.' },
  'tab-gone': { what: 'The tab Parallax was asked to read is no longer there.', next: 'Open the article again, then click the Parallax button.' },
  'not-allowed': { what: 'The browser does not let Parallax read this page.', next: 'Open the article in a normal tab (not a browser or store page) and try again.' },
  other: { what: 'Parallax could not finish reading this page.', next: 'Try again. If it keeps failing, reload the page.' },
};

export function plainError(e: unknown): PlainError {
  return WORDS[errorKind(e)];
}

/** Runs `task`; when it fails in a way worth one more try, runs it once more. */
export async function withOneRetry<T>(task: () => Promise<T>): Promise<T> {
  try {
    return await task();
  } catch (e) {
    if (!isRetryable(errorKind(e))) throw e;
    return task();
  }
}
