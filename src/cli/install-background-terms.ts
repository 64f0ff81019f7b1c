// Node entry points (CLI, scripts, tests) import this first: it installs the general-English term list
// from public/terms/ (the file the extension ships) before anything is analysed. See background-idf.ts.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { backgroundTermsInstalled, installBackgroundTerms } from '../core/text/background-idf.ts';

export const BACKGROUND_TERMS_FILE = resolve(import.meta.dirname, '../../public/terms/background-terms.txt');

if (!backgroundTermsInstalled()) installBackgroundTerms(readFileSync(BACKGROUND_TERMS_FILE, 'utf8'));
