/** The events the timeline chart names on itself (`keyMoment`), oldest first: the handout's short timeline. */
import type { TimelineEvent } from '../content/schemas';

export function keyMoments<E extends { id: string; data: Pick<TimelineEvent, 'date' | 'keyMoment'> }>(
  events: readonly E[],
): (E & { data: { keyMoment: NonNullable<TimelineEvent['keyMoment']> } })[] {
  return events
    .filter((e): e is E & { data: { keyMoment: NonNullable<TimelineEvent['keyMoment']> } } => e.data.keyMoment !== undefined)
    .sort((a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id));
}
