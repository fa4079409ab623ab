/**
 * The numbered notes under a chapter: one per citation marker, in the order remarkCitations
 * numbers them, each resolved to the sources it stands for.
 */
import { findCitations } from './citations';
import type { ContentSet } from './integrity';
import type { ChapterMeta, Figure, Source, TimelineEvent } from './schemas';

export type CitedItem =
  | { kind: 'source'; id: string; source: Source }
  | { kind: 'event'; id: string; event: TimelineEvent; sources: { id: string; source: Source }[] }
  | { kind: 'figure'; id: string; figure: Figure; sources: { id: string; source: Source }[] };

export interface ChapterNote {
  n: number;
  items: CitedItem[];
  /** The marker's aside for the source list ("in TASS's English"), never shown in the running text. */
  note?: string;
}

export function chapterNotes(body: string, content: Pick<ContentSet, 'sources' | 'events' | 'figures'>): ChapterNote[] {
  const sources = new Map(content.sources.map((e) => [e.id, e.data]));
  const events = new Map(content.events.map((e) => [e.id, e.data]));
  const figures = new Map(content.figures.map((e) => [e.id, e.data]));
  const withSources = (ids: string[]) => ids.flatMap((id) => (sources.has(id) ? [{ id, source: sources.get(id)! }] : []));

  return findCitations(body).map((marker, i) => ({
    n: i + 1,
    note: marker.note,
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

/** What a chapter is made of for its notes: the body and its closing "why it matters" line. */
export type NotedChapter = { body?: string; data: Pick<ChapterMeta, 'whyItMatters'> };

/**
 * Every note of a chapter: the body's markers in order, then one for the "why it matters" line,
 * which closes the chapter, so its number is the last (whyItMattersNote gives it).
 */
export function chapterNotesOf(chapter: NotedChapter, content: Pick<ContentSet, 'sources' | 'events' | 'figures'>): ChapterNote[] {
  const why = chapter.data.whyItMatters;
  return chapterNotes(`${chapter.body ?? ''}${why ? `\n\n[@${why.cites.join('; @')}]` : ''}`, content);
}

/** The number of the "why it matters" line's note, if the chapter has the line. */
export function whyItMattersNote(chapter: NotedChapter): number | undefined {
  return chapter.data.whyItMatters ? findCitations(chapter.body ?? '').length + 1 : undefined;
}

/** Every id a chapter cites: its body's markers and its "why it matters" line. */
export function chapterCitedIds(chapter: NotedChapter): string[] {
  return [...findCitations(chapter.body ?? '').flatMap((m) => m.ids), ...(chapter.data.whyItMatters?.cites ?? [])];
}
