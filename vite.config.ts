// One manifest, two browsers: TARGET=chrome|firefox picks the {{browser}}. keys and the output folder.
// TEST_BUILD=1 adds host permissions for 127.0.0.1/localhost only, so tests can drive the extension
// without a toolbar click; nothing else differs from the release build.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import webExtension from 'vite-plugin-web-extension';
import { popupAsOneScript } from './scripts/popup-as-one-script.ts';

const target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';
const testBuild = process.env.TEST_BUILD === '1';

// The test build only: lets an end-to-end test open the card's shadow root for axe (create-page-host.ts);
// Firefox's test build opens no welcome tab at install: a tab opening then made the BiDi harness's
// waits for extension pages fail on CI (the welcome page itself is tested by opening it).
const define = {
  __PARALLAX_TEST_BUILD__: JSON.stringify(testBuild),
  __PARALLAX_NO_WELCOME_TAB__: JSON.stringify(testBuild && target === 'firefox'),
  // Firefox's background page parses HTML itself; Chrome's worker hands pages to the offscreen
  // document, so its bundle leaves the reader (Readability) out.
  __PARALLAX_BACKGROUND_HAS_DOM__: JSON.stringify(target === 'firefox'),
};

export default defineConfig({
  root: import.meta.dirname,
  define,
  publicDir: resolve(import.meta.dirname, 'public'),
  // feedsmith's `entities` (it calls decodeHTML only) becomes our decoder, src/core/feeds/decode-html.ts: the
  // package's full HTML table made the worker 37 KB larger. Only the bare name: no other path is ours.
  resolve: { alias: [{ find: /^entities$/, replacement: resolve(import.meta.dirname, 'src/core/feeds/decode-html.ts') }] },
  build: {
    outDir: resolve(import.meta.dirname, 'dist', testBuild ? `${target}-test` : target),
    emptyOutDir: true,
    target: 'es2022',
    // Minified with source maps: both stores accept that, and a third of the bytes to parse on every
    // popup open and worker start.
    minify: true,
    sourcemap: true,
    // Readability (CommonJS) counts as having side effects, so a bundle that imports it without calling
    // it (Chrome's worker: see __PARALLAX_BACKGROUND_HAS_DOM__) would still carry it. It has none.
    rollupOptions: { treeshake: { moduleSideEffects: (id: string) => !/[\\/]@mozilla[\\/]readability[\\/]/.test(id) } },
  },
  plugins: [
    popupAsOneScript({ root: import.meta.dirname, define }),
    webExtension({
      browser: target,
      skipManifestValidation: true,
      disableAutoLaunch: true,
      printSummary: false,
      // One entry a line, so branches that add a page merge cleanly.
      additionalInputs: [
        'src/content/index.ts',
        'src/reader/index.html',
        'src/welcome/index.html',
        ...(target === 'chrome' ? ['src/offscreen/index.html'] : []),
      ],
      transformManifest(manifest) {
        if (testBuild) {
          const m = manifest as typeof manifest & { host_permissions?: string[] };
          m.host_permissions = ['http://127.0.0.1/*', 'http://localhost/*'];
        }
        return manifest;
      },
    }),
  ],
});
