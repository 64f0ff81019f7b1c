// The followed-sources messages: validated like every other, and refused from content scripts.
import { describe, expect, it } from 'vitest';
import { acceptSender } from '../../src/shared/accept-sender.ts';
import { backgroundValidators } from '../../src/shared/message-validators.ts';

const self = { id: 'ext', origin: 'chrome-extension://ext/' };
const contentScript = { id: 'ext', url: 'https://news.example/story', tab: { id: 3 } };
const optionsPage = { id: 'ext', url: 'chrome-extension://ext/src/options/index.html', tab: { id: 4 } };

describe('followed-sources messages', () => {
  it.each(['listSources', 'addSource', 'removeSource', 'setSourcePaused', 'refreshSources', 'setSourceSettings', 'exportSourcesOpml', 'sourcePermissionsChanged', 'fetchFullText'])('%s: the options page may send it, a content script may not', (type) => {
    expect(acceptSender(type, optionsPage, self)).toBe(true);
    expect(acceptSender(type, contentScript, self)).toBe(false);
  });

  it('rebuilds valid payloads with only their fields', () => {
    expect(backgroundValidators.addSource({ url: 'https://example.org/rss', extra: 1 })).toEqual({ url: 'https://example.org/rss' });
    expect(backgroundValidators.setSourcePaused({ id: 's1', paused: true })).toEqual({ id: 's1', paused: true });
    expect(backgroundValidators.setSourceSettings({ intervalMinutes: 30, retentionDays: 30 })).toEqual({ intervalMinutes: 30, retentionDays: 30 });
  });

  it.each([
    ['addSource', { url: '' }],
    ['addSource', { url: 'x'.repeat(9000) }],
    ['removeSource', { id: 5 }],
    ['setSourcePaused', { id: 's1', paused: 'yes' }],
    ['setSourceSettings', { intervalMinutes: 1, retentionDays: 30 }],
    ['setSourceSettings', { intervalMinutes: 30, retentionDays: 0 }],
    ['setSourceSettings', { intervalMinutes: 30.5, retentionDays: 30 }],
  ] as const)('%s refuses %j', (type, payload) => {
    expect(() => (backgroundValidators[type] as (p: unknown) => unknown)(payload)).toThrow();
  });
});
