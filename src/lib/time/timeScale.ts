/**
 * The timeline's time scale: the quiet years before events pick up are drawn narrow, so a decade of background
 * does not squeeze the months everything happened in. The break is drawn and explained on the chart.
 */
import { scaleUtc, utcMonth, utcYear, type ScaleTime } from 'd3';
import { dateSpan } from './parseDate';

export interface Segment {
  from: Date;
  to: Date;
  /** Share of a full year's length this segment is drawn with. */
  weight: number;
  compressed: boolean;
}

export interface ScaleOptions {
  /** Years before the first year with at least this many events are compressed. */
  minEvents?: number;
  /** How much of a full year's length a compressed year gets. */
  compressedWeight?: number;
}

const YEAR_MS = 365.25 * 24 * 3600 * 1000;

/** One segment per calendar year, from the first event's year to a month after the last event. */
export function yearSegments(dates: readonly string[], { minEvents = 3, compressedWeight = 1 / 8 }: ScaleOptions = {}): Segment[] {
  if (dates.length === 0) throw new Error('a timeline needs at least one dated event');
  const spans = dates.map(dateSpan);
  const first = utcYear.floor(new Date(Math.min(...spans.map(([s]) => s.getTime()))));
  const end = utcMonth.offset(utcMonth.ceil(new Date(Math.max(...spans.map(([, e]) => e.getTime())))), 1);
  const perYear = new Map<number, number>();
  for (const [s] of spans) perYear.set(s.getUTCFullYear(), (perYear.get(s.getUTCFullYear()) ?? 0) + 1);
  // Only the quiet years before the first busy one are background; later lulls keep their length.
  const firstBusy = Math.min(...[...perYear].filter(([, n]) => n >= minEvents).map(([year]) => year));
  return utcYear.range(first, end).map((from) => {
    const to = new Date(Math.min(utcYear.offset(from, 1).getTime(), end.getTime()));
    const compressed = from.getUTCFullYear() < firstBusy;
    const weight = ((to.getTime() - from.getTime()) / YEAR_MS) * (compressed ? compressedWeight : 1);
    return { from, to, weight, compressed };
  });
}

export const totalWeight = (segments: readonly Segment[]): number => segments.reduce((sum, s) => sum + s.weight, 0);

/** A piecewise-linear d3 UTC scale over the segments, mapped onto [start, end]. */
export function timeScale(segments: readonly Segment[], [start, end]: readonly [number, number]): ScaleTime<number, number> {
  const perWeight = (end - start) / totalWeight(segments);
  const range = [start];
  for (const s of segments) range.push(range[range.length - 1] + s.weight * perWeight);
  return scaleUtc<number, number>()
    .domain([segments[0].from, ...segments.map((s) => s.to)])
    .range(range)
    .clamp(true);
}
