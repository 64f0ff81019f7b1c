// Options page: the user corpus (import, list, remove, export).
