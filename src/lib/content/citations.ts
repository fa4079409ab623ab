/**
 * Citation markers in chapter Markdown: `[@id]` or `[@id1; @id2]`, where each id names a
 * source, an event (its sources are cited and its claim status shown) or a figure. A marker may
 * carry a note for the source list after a bar, `[@id | in TASS's English]`: shown in the
 * chapter's source note, never in the running text.
 */
const MARKER = /\[@([a-z0-9-]+(?:\s*;\s*@[a-z0-9-]+)*)(?:\s*\|\s*([^\]|]*?))?\s*\]/g;

export interface CitationMarker {
  ids: string[];
  /** The marker's note for the source list, if it has one. */
  note?: string;
  /** Offset of the marker in the text. */
  index: number;
  length: number;
}

export function findCitations(text: string): CitationMarker[] {
  return [...text.matchAll(MARKER)].map((m) => ({
    ids: m[1].split(';').map((part) => part.trim().replace(/^@/, '')),
    note: m[2]?.trim() || undefined,
    index: m.index ?? 0,
    length: m[0].length,
  }));
}

/** Quotations of three words or more in curly or straight double quotes. */
const QUOTE = /[“"]([^”"\n]+?)[”"]/g;

export interface Quotation {
  text: string;
  index: number;
}

export function findQuotations(text: string): Quotation[] {
  return [...text.matchAll(QUOTE)]
    .filter((m) => m[1].trim().split(/\s+/).length >= 3)
    .map((m) => ({ text: m[1], index: m.index ?? 0 }));
}

/** Quotations in a paragraph with no citation marker after them in that paragraph. */
export function unattributedQuotations(markdown: string): Quotation[] {
  const out: Quotation[] = [];
  for (const paragraph of markdown.split(/\n\s*\n/)) {
    const cites = findCitations(paragraph);
    for (const q of findQuotations(paragraph)) {
      if (!cites.some((c) => c.index > q.index)) out.push(q);
    }
  }
  return out;
}
