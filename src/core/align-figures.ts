// PLACEHOLDER until the figures work lands: alignment returns no groups yet.
import type { FigureGroup } from './types.ts';

export interface FigureSource {
  /** Corpus id, or null for the open article. */
  reportId: string | null;
  text: string;
  published?: string;
}

export function alignFigures(_open: FigureSource, _related: FigureSource[]): FigureGroup[] {
  return [];
}
