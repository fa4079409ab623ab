/**
 * The pages behind a list of cited ids, where an event or a figure stands for its own sources:
 * what a reader needs to check a one-line statement, one link per page.
 */
import type { ContentSet } from './integrity';
import { groupByPage, type CitedPage } from '../sources/describeSource';

export function citedPages(ids: readonly string[], content: Pick<ContentSet, 'sources' | 'events' | 'figures'>): CitedPage[] {
  const sources = new Map(content.sources.map((e) => [e.id, e.data]));
  const standsFor = new Map<string, readonly string[]>([
    ...content.events.map((e) => [e.id, e.data.sources] as const),
    ...content.figures.map((e) => [e.id, e.data.sources] as const),
  ]);
  const sourceIds = ids.flatMap((id) => (sources.has(id) ? [id] : (standsFor.get(id) ?? [])));
  return groupByPage(sourceIds.flatMap((id) => (sources.has(id) ? [{ id, source: sources.get(id)! }] : [])));
}
