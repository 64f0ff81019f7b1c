// The browser's messages become plain words; a stopped worker is asked once more.
import { describe, expect, test, vi } from 'vitest';
import { errorKind, isRetryable, plainError, withOneRetry } from '../../src/shared/plain-error.ts';

describe('errorKind', () => {
  test.each([
    ['A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received', 'worker-stopped'],
    ['The message port closed before a response was received.', 'worker-stopped'],
    ['Could not establish connection. Receiving end does not exist.', 'worker-stopped'],
    ["Actor 'Conduits' destroyed before query 'RuntimeMessage' was resolved", 'worker-stopped'],
    ['Extension context invalidated.', 'extension-reloaded'],
    ['no answer from the extension (it may have been reloaded: reopen the page)', 'extension-reloaded'],
    ['No tab with id: 999999.', 'tab-gone'],
    ['Invalid tab ID: 999999', 'tab-gone'],
    ['There is no active tab to read.', 'tab-gone'],
    ['Cannot access contents of the page. Extension manifest must request permission to access the respective host.', 'not-allowed'],
    ['Missing host permission for the tab', 'not-allowed'],
    ['This page has too little text to be an article', 'other'],
  ])('%s -> %s', (message, kind) => {
    expect(errorKind(new Error(message))).toBe(kind);
  });

  test('the plain words never repeat the browser message', () => {
    const p = plainError(new Error('No tab with id: 999999.'));
    expect(`${p.what} ${p.next}`).not.toMatch(/999999|No tab with id/);
    expect(p.next).toMatch(/\w/);
  });

  test('only a stopped worker is worth a retry', () => {
    expect(isRetryable('worker-stopped')).toBe(true);
    for (const k of ['extension-reloaded', 'tab-gone', 'not-allowed', 'other'] as const) expect(isRetryable(k)).toBe(false);
  });
});

describe('withOneRetry', () => {
  const closed = () => new Error('A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received');

  test('a stopped worker is asked once more, and the second answer counts', async () => {
    const task = vi.fn().mockRejectedValueOnce(closed()).mockResolvedValueOnce('answer');
    await expect(withOneRetry(task)).resolves.toBe('answer');
    expect(task).toHaveBeenCalledTimes(2);
  });

  test('only once: a second failure is reported', async () => {
    const task = vi.fn().mockRejectedValue(closed());
    await expect(withOneRetry(task)).rejects.toThrow(/channel closed/);
    expect(task).toHaveBeenCalledTimes(2);
  });

  test('other failures are not retried', async () => {
    const task = vi.fn().mockRejectedValue(new Error('No tab with id: 5'));
    await expect(withOneRetry(task)).rejects.toThrow(/No tab/);
    expect(task).toHaveBeenCalledTimes(1);
  });
});
