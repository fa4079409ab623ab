/**
 * The verbatim excerpts a reader opens in one place, as small files fetched when they are opened
 * instead of every source at once: one per chapter (the sources of its notes) and one per
 * timeline event (its sources). Same shape as sources.json's list.
 */
import type { ChapterNote } from '../content/chapterNotes';
import type { ContentSet } from '../content/integrity';

export const chapterExcerptsPath = (chapterId: string): string => `/data/excerpts/chapters/${chapterId}.json`;
export const eventExcerptsPath = (eventId: string): string => `/data/excerpts/events/${eventId}.json`;

/**
 * Every source a chapter's notes show: cited directly, or behind a cited figure. A cited event's
 * sources come from the event's own file, in its order.
 */
export function notedSourceIds(notes: readonly ChapterNote[]): string[] {
  const ids = notes.flatMap((note) => note.items.flatMap((item) => (item.kind === 'source' ? [item.id] : item.kind === 'figure' ? item.sources.map((s) => s.id) : [])));
  return [...new Set(ids)].sort();
}

/** The sources named by `ids`, in that order (an event's file lists them as the event does). */
export function excerptsJson(ids: readonly string[], sources: ContentSet['sources']) {
  const byId = new Map(sources.map((s) => [s.id, s.data]));
  return { sources: [...new Set(ids)].flatMap((id) => (byId.has(id) ? [{ id, ...byId.get(id)! }] : [])) };
}
