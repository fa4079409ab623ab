/** Placeholder until the timeline module defines the full focus; see the timeline issue. */
import type { ChapterMeta } from '../content/schemas';

export interface TimelineFocus {
  events: string[];
  from?: string;
  to?: string;
  selected?: string;
}

export function timelineFocusFor(timeline: ChapterMeta['timeline']): TimelineFocus {
  return { events: timeline.events, from: timeline.from, to: timeline.to };
}
