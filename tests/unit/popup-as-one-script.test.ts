import { describe, expect, it } from 'vitest';
import { popupHtmlWithOneScript } from '../../scripts/popup-as-one-script.ts';

// The popup page as vite writes it: a module entry, its preloaded chunks, the stylesheet.
const BUILT = `<head>
    <script type="module" crossorigin src="/src/popup/index.js"></script>
    <link rel="modulepreload" crossorigin href="/modulepreload-polyfill.js">
    <link rel="modulepreload" crossorigin href="/format.js">
    <link rel="stylesheet" crossorigin href="/index.css">
  </head>`;

describe('popupHtmlWithOneScript', () => {
  const out = popupHtmlWithOneScript(BUILT);
  it('loads one deferred classic script and no module chunks', () => {
    expect(out).toContain('<script src="/src/popup/index.js" defer></script>');
    expect(out).not.toMatch(/type="module"|modulepreload/);
  });
  it('keeps the stylesheet', () => {
    expect(out).toContain('<link rel="stylesheet" crossorigin href="/index.css">');
  });
  it('is idempotent (the build may call it after each of its passes)', () => {
    expect(popupHtmlWithOneScript(out)).toBe(out);
  });
});
