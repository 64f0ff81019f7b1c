// What the extension's build gives feedsmith in place of the `entities` package (an alias in
// vite.config.ts): feedsmith calls only decodeHTML, on feed text fields, and the package's full HTML
// table made the worker 37 KB larger. Feeds use HTML 4's names, which decodeEntities knows; Node (the
// CLI, vitest) keeps the package.
import { decodeEntities } from './html-to-text.ts';

/** entities' decodeHTML as feedsmith calls it: the string with its character references decoded. */
export function decodeHTML(s: string): string {
  return decodeEntities(s);
}
