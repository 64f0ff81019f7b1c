// Size limits shared by the core (import checks) and the message validators in src/shared. A module
// of constants only, so a page that validates messages does not load the corpus code with them.

/** Characters of a title (and of an import's file name, shown like one). */
export const MAX_TITLE_CHARS = 1000;
/** Characters of a short field: url, source, published. */
export const MAX_FIELD_CHARS = 2000;
/** Articles one import may hold. */
export const MAX_IMPORT_ARTICLES = 20_000;
/** Characters of body text one article may hold. */
export const MAX_ARTICLE_CHARS = 400_000;
