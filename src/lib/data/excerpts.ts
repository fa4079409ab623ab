/**
 * The verbatim excerpts a reader opens in one place, as small files fetched when they are opened
 * instead of every source at once: one per chapter (the sources of its notes) and one per
 * timeline event (its sources). Same shape as sources.json's list.
 */
import type { ChapterNote } from '../content/chapterNotes';
import type { ContentSet } from '../content/integrity';

export const chapterExcerptsPath = (chapterId: string): string => `/data/excerpts/chapters/${chapterId}.json`;
export const eventExcerptsPath = (eventId: string): string => `/data/excerpts/events/${eventId}.json`;

/** Every source a chapter's notes show: cited directly, or behind a cited event or figure. */
export function notedSourceIds(notes: readonly ChapterNote[]): string[] {
  const ids = notes.flatMap((note) => note.items.flatMap((item) => (item.kind === 'source' ? [item.id] : item.sources.map((s) => s.id))));
  return [...new Set(ids)].sort();
}

export function excerptsJson(ids: readonly string[], sources: ContentSet['sources']) {
  const byId = new Map(sources.map((s) => [s.id, s.data]));
  return { sources: [...new Set(ids)].sort().flatMap((id) => (byId.has(id) ? [{ id, ...byId.get(id)! }] : [])) };
}
