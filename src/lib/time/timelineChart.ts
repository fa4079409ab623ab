/**
 * What the timeline's chart is drawn from, for the timeline section (which also lists the eras and
 * names the compressed years) and for the chart's image files: the events oldest first, the eras
 * resolved against them, and the layout in both orientations.
 */
import type { ContentSet } from '../content/integrity';
import type { TimelineEvent } from '../content/schemas';
import { resolveEras, type EraSpan } from './eras';
import { layoutTimeline, type Orientation, type TimelineLayout } from './timelineLayout';
import { yearSegments } from './timeScale';

export const ORIENTATIONS: readonly Orientation[] = ['horizontal', 'vertical'];

export interface TimelineChartData {
  events: { id: string; data: TimelineEvent }[];
  eventData: Map<string, TimelineEvent>;
  eras: EraSpan[];
  layouts: Record<Orientation, TimelineLayout>;
  /** The years drawn narrower than the rest (few events). */
  compressed: number[];
}

export function timelineChart(content: ContentSet): TimelineChartData {
  const events = [...content.events].sort((a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id));
  const eventData = new Map(events.map((e) => [e.id, e.data]));
  const segments = yearSegments(events.map((e) => e.data.date));
  const eras = resolveEras(content.eras, eventData, [segments[0].from, segments[segments.length - 1].to]);
  const input = { events: events.map((e) => ({ id: e.id, ...e.data })), eras, segments, windows: content.chapters.map((c) => c.data.timeline) };
  return {
    events,
    eventData,
    eras,
    layouts: { horizontal: layoutTimeline(input, 'horizontal'), vertical: layoutTimeline(input, 'vertical') },
    compressed: segments.filter((s) => s.compressed).map((s) => s.from.getUTCFullYear()),
  };
}

/**
 * The chart as rendered on a page, made a self-contained SVG file: its namespace and the styles
 * it draws with (the design tokens and the chart's stylesheet) inside it.
 */
export function chartImageSvg(chartHtml: string, css: string): string {
  const open = /^\s*<svg\b[^>]*>/.exec(chartHtml);
  if (!open) throw new Error('timeline chart: no <svg> rendered');
  const tag = open[0].trim().replace(/^<svg\b/, '<svg xmlns="http://www.w3.org/2000/svg"');
  // CDATA: the file is XML, and CSS may hold a '<' (in a comment, say).
  return `${tag}<style><![CDATA[${css}]]></style>${chartHtml.slice(open.index + open[0].length)}`.trim();
}
