// Display helpers shared by the popup, the reader, the options page and the welcome page.
import { reportLabel, saneDate, type Labelled } from './report-label.ts';

/** "May 16, 2024" in the reader's locale; nothing for a missing or implausible date ("0001-01-01"). */
export function formatDate(iso: string | undefined): string | undefined {
  const ok = saneDate(iso);
  if (!ok) return undefined;
  return new Date(Date.parse(ok)).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

/** "Latest Global News · May 16, 2024": the report's outlet (or "Untitled outlet") and its date when known. */
export function outletLine(r: Labelled & { published?: string }): string {
  return [reportLabel(r), formatDate(r.published)].filter(Boolean).join(' · ');
}
