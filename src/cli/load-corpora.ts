// Loads the corpus the CLI analyses against: a compiled corpus file, or a folder compiled on the fly.
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildCorpus, parseCorpusFile } from '../core/corpus/corpus-file.ts';
import type { Corpus } from '../core/types.ts';
import { readArticleFolder } from './read-article-files.ts';

export const DEFAULT_CORPUS = resolve(import.meta.dirname, '../../seeds');

export function loadCorpus(path: string): Corpus {
  if (statSync(path).isDirectory()) return buildCorpus(readArticleFolder(path).articles);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${path}: not valid JSON (${(e as Error).message})`);
  }
  try {
    return parseCorpusFile(data);
  } catch (e) {
    throw new Error(`${path}: ${(e as Error).message}`);
  }
}
