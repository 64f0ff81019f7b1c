// The popup reads the tab's cached analysis under the key the background writes it under.
import { expect, test } from 'vitest';
import { tabKey as backgroundKey } from '../../src/background/tab-cache-store.ts';
import { tabKey as popupKey } from '../../src/popup/tab-key.ts';

test.each([0, 1, 42, 999999, 2 ** 31 - 1])('tab %i', (id) => {
  expect(popupKey(id)).toBe(backgroundKey(id));
});
