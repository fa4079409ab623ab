/**
 * A chapter in the student handout's short form: its title, the lines it contributes and its map.
 * Which of a chapter's fields it contributes, and in which order, is SHORT_FORM_FIELDS: a new
 * one-line field of the chapters (a "why it matters", say) reaches the handout by being named there.
 */
import type { ChapterMeta } from '../content/schemas';

/** Text fields of a chapter's front matter that the handout prints, in this order; empty ones are skipped. */
export const SHORT_FORM_FIELDS = ['dek'] as const satisfies readonly (keyof ChapterMeta)[];

type ShortFormField = (typeof SHORT_FORM_FIELDS)[number];

export interface ShortChapter<View> {
  id: string;
  order: number;
  title: string;
  /** One paragraph per field of SHORT_FORM_FIELDS that the chapter fills. */
  lines: { field: ShortFormField; text: string }[];
  map: { view: View; alt: string };
}

export function shortChapter<View>(
  chapter: { id: string; data: Pick<ChapterMeta, 'order' | 'title' | 'alt' | ShortFormField> },
  view: View,
): ShortChapter<View> {
  const { data } = chapter;
  return {
    id: chapter.id,
    order: data.order,
    title: data.title,
    lines: SHORT_FORM_FIELDS.flatMap((field) => {
      const text = data[field]?.trim();
      return text ? [{ field, text }] : [];
    }),
    map: { view, alt: data.alt },
  };
}
