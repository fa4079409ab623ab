/**
 * Where each source is used: the chapters that cite it (directly or through an event or a
 * figure), the timeline events and figures built on it, and the places it locates.
 * Lets the method page list every source with its uses, and shows unused sources.
 */
import { chapterCitedIds } from '../content/chapterNotes';
import type { ContentSet } from '../content/integrity';

export interface SourceUsage {
  chapters: string[];
  events: string[];
  figures: string[];
  places: string[];
}

export function sourceUsage(content: Pick<ContentSet, 'sources' | 'events' | 'figures' | 'places' | 'chapters'>): Map<string, SourceUsage> {
  const usage = new Map<string, SourceUsage>(
    content.sources.map((s) => [s.id, { chapters: [], events: [], figures: [], places: [] }]),
  );
  const add = (sourceId: string, kind: keyof SourceUsage, id: string) => {
    const list = usage.get(sourceId)?.[kind];
    if (list && !list.includes(id)) list.push(id);
  };
  const sourcesOf = new Map<string, string[]>([
    ...content.events.map((e) => [e.id, e.data.sources] as [string, string[]]),
    ...content.figures.map((f) => [f.id, f.data.sources] as [string, string[]]),
  ]);
  for (const e of content.events) e.data.sources.forEach((s) => add(s, 'events', e.id));
  for (const f of content.figures) f.data.sources.forEach((s) => add(s, 'figures', f.id));
  for (const p of content.places) p.data.sources.forEach((s) => add(s, 'places', p.id));
  for (const c of content.chapters) {
    for (const id of chapterCitedIds(c)) {
      for (const s of usage.has(id) ? [id] : (sourcesOf.get(id) ?? [])) add(s, 'chapters', c.id);
    }
  }
  return usage;
}
