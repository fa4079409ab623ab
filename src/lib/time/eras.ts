/**
 * The phases shaded behind the timeline. An era opens on the date of the sourced event named in
 * content/eras/ and runs until the next one opens, so no boundary is ever an invented date.
 */
import type { Era, TimelineEvent } from '../content/schemas';
import { dateSpan } from './parseDate';

export interface EraSpan {
  id: string;
  label: string;
  description: string;
  /** The event that opens the era and its date (at its own precision); none for the first era. */
  startsWith?: string;
  from?: string;
  start: Date;
  end: Date;
}

export function resolveEras(
  eras: readonly { id: string; data: Era }[],
  events: ReadonlyMap<string, Pick<TimelineEvent, 'date'>>,
  domain: readonly [Date, Date],
): EraSpan[] {
  const opened = eras
    .map(({ id, data }) => {
      const from = data.startsWith === undefined ? undefined : events.get(data.startsWith)?.date;
      if (data.startsWith !== undefined && from === undefined) throw new Error(`era ${id}: no event ${data.startsWith}`);
      return { id, label: data.label, description: data.description, startsWith: data.startsWith, from, start: from ? dateSpan(from)[0] : domain[0] };
    })
    .sort((a, b) => a.start.getTime() - b.start.getTime());
  return opened.map((era, i) => ({ ...era, end: opened[i + 1]?.start ?? domain[1] }));
}

/** The era a date belongs to; an imprecise date belongs to the era its first day falls in. */
export function eraOf(date: string, eras: readonly EraSpan[]): EraSpan | undefined {
  const t = dateSpan(date)[0].getTime();
  return eras.find((e) => e.start.getTime() <= t && t < e.end.getTime());
}
