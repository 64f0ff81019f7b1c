// Who may call what on the background. `sender.id === runtime.id` holds for the extension's own
// pages and ALSO for its content scripts, which run inside web pages: a page that compromises its
// content script must not reach the user's corpus (export, remove, import) or drive other tabs.
// So: extension pages (popup, options, reader: their URL is on the extension's origin) may send
// anything; content scripts (a tab, a page URL off that origin) only the few messages they need.
// Pure, no browser API: the background passes its own id and origin (runtime.getURL('')).

/** The parts of runtime.MessageSender this decision reads. */
export interface SenderLike {
  id?: string;
  url?: string;
  tab?: unknown;
}

export interface ExtensionSelf {
  /** runtime.id */
  id: string;
  /** runtime.getURL(''), e.g. "chrome-extension://<id>/" or "moz-extension://<uuid>/". */
  origin: string;
}

/** What a content script may ask of the background. */
export const CONTENT_SCRIPT_MESSAGES: ReadonlySet<string> = new Set(['pageNavigated', 'openReport']);

/** The sender is one of the extension's own pages (popup, options, reader), in a tab or not. */
export function isExtensionPage(sender: SenderLike, self: ExtensionSelf): boolean {
  if (sender.id !== self.id || !self.origin || typeof sender.url !== 'string') return false;
  const origin = self.origin.endsWith('/') ? self.origin : `${self.origin}/`;
  return sender.url.startsWith(origin);
}

/** The sender is this extension's content script in a web page. */
export function isContentScript(sender: SenderLike, self: ExtensionSelf): boolean {
  return sender.id === self.id && sender.tab !== undefined && sender.tab !== null && !isExtensionPage(sender, self);
}

/** May `sender` send a message of `type` to the background? */
export function acceptSender(type: string, sender: SenderLike, self: ExtensionSelf): boolean {
  if (isExtensionPage(sender, self)) return true;
  return CONTENT_SCRIPT_MESSAGES.has(type) && isContentScript(sender, self);
}
