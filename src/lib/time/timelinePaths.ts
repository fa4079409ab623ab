/** Where the timeline's own files are served, under the site's base (see sitePath); browser code uses these too. */
import type { Orientation } from './timelineLayout';

/** An entry's body on its own: what the compact timeline fetches when a reader opens the event. */
export const timelineEntryPath = (eventId: string): string => `/timeline/entries/${eventId}/`;

/** The chart drawn in one orientation, as an image: what the compact timeline shows. */
export const chartImagePath = (orientation: Orientation): string => `/timeline/chart/${orientation}.svg`;
