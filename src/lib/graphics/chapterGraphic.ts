/**
 * What each chapter shows beside its text: its own graphic if it has one, else its map view. Two
 * chapters in a row that show the same thing give the reader nothing new, so the content tests
 * check that no chapter repeats the one before it.
 */
import type { ChapterMeta, Graphic } from '../content/schemas';

export type ChapterGraphic =
  | { type: 'diagram'; kind: Graphic['kind']; id: string }
  | { type: 'map'; fit: string[]; highlight: string[] };

export function chapterGraphic(chapter: { id: string; data: Pick<ChapterMeta, 'map'> }, graphics: readonly { id: string; data: Pick<Graphic, 'chapter' | 'kind'> }[]): ChapterGraphic {
  const own = graphics.find((g) => g.data.chapter === chapter.id);
  if (own) return { type: 'diagram', kind: own.data.kind, id: own.id };
  const sorted = (ids: readonly string[]) => [...new Set(ids)].sort();
  return { type: 'map', fit: sorted(chapter.data.map.fit), highlight: sorted(chapter.data.map.highlight) };
}

/**
 * A map view is the same picture as another when it frames the same places: a few highlighted
 * dots more or less on the same Belarus-and-Russia frame read as the same map (issue #12 found
 * five chapters showing it), so highlights alone do not make a view new.
 */
const key = (g: ChapterGraphic): string => (g.type === 'diagram' ? `diagram ${g.id}` : `map ${g.fit.join(',')}`);

/** Chapters (ids) whose graphic is the same as the previous chapter's, in story order. */
export function repeatedGraphics(chapters: readonly { id: string; data: Pick<ChapterMeta, 'map'> }[], graphics: Parameters<typeof chapterGraphic>[1]): { chapter: string; previous: string }[] {
  const keys = chapters.map((c) => key(chapterGraphic(c, graphics)));
  return chapters.flatMap((c, i) => (i > 0 && keys[i] === keys[i - 1] ? [{ chapter: c.id, previous: chapters[i - 1].id }] : []));
}
