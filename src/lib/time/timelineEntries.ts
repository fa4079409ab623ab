/**
 * Every timeline entry with what it shows beyond its event: its sources, the disputes it is part
 * of, the first chapter that tells it, and whether the map can show it. Oldest first. Shared by
 * the timeline list and the per-event entries the home page fetches when an event is opened.
 */
import type { ContentSet } from '../content/integrity';
import type { Source, TimelineEvent } from '../content/schemas';
import { mappablePlaces } from '../story/buildStoryData';

export interface TimelineEntry {
  id: string;
  event: TimelineEvent;
  sources: { id: string; source: Source }[];
  disputes: { id: string; question: string }[];
  /** The chapter that tells the event, with a link to it. */
  chapter?: { href: string; title: string };
  mappable: boolean;
}

/** `linkBase`: where the story's chapters live, '' on the page that has them, '/' elsewhere. */
export function timelineEntries(content: ContentSet, linkBase: '' | '/'): TimelineEntry[] {
  const sources = new Map(content.sources.map((s) => [s.id, s.data]));
  const chapterOf = new Map<string, { href: string; title: string }>();
  for (const c of content.chapters) for (const id of c.data.timeline.events) if (!chapterOf.has(id)) chapterOf.set(id, { href: `${linkBase}#${c.id}`, title: c.data.title });
  const located = mappablePlaces(content);
  return [...content.events]
    .sort((a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id))
    .map(({ id, data }) => ({
      id,
      event: data,
      sources: data.sources.map((sid) => ({ id: sid, source: sources.get(sid)! })),
      disputes: content.contradictions.filter((c) => c.data.events.includes(id)).map((c) => ({ id: c.id, question: c.data.question })),
      chapter: chapterOf.get(id),
      mappable: data.places.some((pid) => located.has(pid)),
    }));
}
