// Display helpers shared by the popup, the reader and the cards.

export function formatDate(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return undefined;
  return new Date(t).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

export function outletLine(r: { source?: string; published?: string }): string {
  return [r.source, formatDate(r.published)].filter(Boolean).join(' · ');
}

/** A short human name for a corpus id when a report has no outlet ("Report 003"). */
export function reportLabel(r: { id: string; source?: string }): string {
  if (r.source) return r.source;
  const m = /^(\d{3})_/.exec(r.id);
  return m ? `Report ${m[1]}` : r.id;
}
