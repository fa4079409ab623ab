/**
 * The numbered notes under a chapter: one per citation marker, in the order remarkCitations
 * numbers them, each resolved to the sources it stands for.
 */
import { findCitations } from './citations';
import type { ContentSet } from './integrity';
import type { Figure, Source, TimelineEvent } from './schemas';

export type CitedItem =
  | { kind: 'source'; id: string; source: Source }
  | { kind: 'event'; id: string; event: TimelineEvent; sources: { id: string; source: Source }[] }
  | { kind: 'figure'; id: string; figure: Figure; sources: { id: string; source: Source }[] };

export interface ChapterNote {
  n: number;
  items: CitedItem[];
}

export function chapterNotes(body: string, content: Pick<ContentSet, 'sources' | 'events' | 'figures'>): ChapterNote[] {
  const sources = new Map(content.sources.map((e) => [e.id, e.data]));
  const events = new Map(content.events.map((e) => [e.id, e.data]));
  const figures = new Map(content.figures.map((e) => [e.id, e.data]));
  const withSources = (ids: string[]) => ids.flatMap((id) => (sources.has(id) ? [{ id, source: sources.get(id)! }] : []));

  return findCitations(body).map((marker, i) => ({
    n: i + 1,
    items: marker.ids.flatMap((id): CitedItem[] => {
      if (sources.has(id)) return [{ kind: 'source', id, source: sources.get(id)! }];
      if (events.has(id)) {
        const event = events.get(id)!;
        return [{ kind: 'event', id, event, sources: withSources(event.sources) }];
      }
      if (figures.has(id)) {
        const figure = figures.get(id)!;
        return [{ kind: 'figure', id, figure, sources: withSources(figure.sources) }];
      }
      return [];
    }),
  }));
}
