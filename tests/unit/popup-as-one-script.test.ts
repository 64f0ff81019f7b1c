import { describe, expect, it } from 'vitest';
import { linkedStylesheet, popupHtmlWithInlineStyle, popupHtmlWithOneScript } from '../../scripts/popup-as-one-script.ts';

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

describe('popupHtmlWithInlineStyle', () => {
  const page = popupHtmlWithOneScript(BUILT);
  it('finds the stylesheet the page links', () => {
    expect(linkedStylesheet(page)).toBe('index.css');
    expect(linkedStylesheet('<head><title>x</title></head>')).toBeUndefined();
  });
  const out = popupHtmlWithInlineStyle(page, 'a{color:red}b::after{content:"$&"}');
  it('puts the rules in a style element instead of the link, keeping the script', () => {
    expect(out).toContain('<style>a{color:red}b::after{content:"$&"}</style>');
    expect(out).not.toContain('rel="stylesheet"');
    expect(out).toContain('<script src="/src/popup/index.js" defer></script>');
  });
  it('cannot be closed early by the rules it inlines', () => {
    expect(popupHtmlWithInlineStyle(page, 'x{content:"</style><script>"}')).not.toMatch(/<\/style><script>/);
  });
});
