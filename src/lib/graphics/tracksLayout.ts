/**
 * Where everything in a "tracks" graphic goes: two or three sequences of timeline events on the
 * timeline's own time scale (the same years, the same compression), so their pace can be compared.
 * Wide: time runs across, one band per track, labels in rows above the marks on leader lines.
 * Narrow (small phones): time runs down, one thin column per track, labels in a column beside them.
 * Pure geometry in SVG units; the component draws it.
 */
import { utcYear } from 'd3';
import type { Graphic, TimelineEvent } from '../content/schemas';
import { placeInRows, spreadAlong } from '../time/labelPlacement';
import { dateSpan } from '../time/parseDate';
import { textWidth } from '../time/timelineLayout';
import { timeScale, type Segment } from '../time/timeScale';
import { lineHeight, round, textBlock, type TextBlock } from './text';

type Tracks = Extract<Graphic, { kind: 'tracks' }>;
type EventFacts = Pick<TimelineEvent, 'date' | 'claimStatus'>;

export interface TracksLayout {
  width: number;
  height: number;
  narrow: boolean;
  /** Track names: above each band when wide, as a legend at the top when narrow (with a sample mark). */
  tracks: { index: number; name: TextBlock; swatch?: { x: number; y: number }; line?: { x1: number; x2: number; y: number } }[];
  marks: { id: string; track: number; x: number; y: number; claimStatus: TimelineEvent['claimStatus'] }[];
  labels: { id: string; text: TextBlock; anchor: 'start' | 'end'; leader: [number, number][] }[];
  axis: { line: { x1: number; y1: number; x2: number; y2: number }; ticks: { x1: number; y1: number; x2: number; y2: number; label?: { text: string; x: number; y: number } }[] };
}

export const R = 5.5;
const NAME = 13;
const LABEL = 12;
const ROW = 17;
const PER_YEAR = 150;
/** Time runs across from this width: a text column beside the map holds three years with labels in rows. */
const ACROSS_FROM = 360;

/** The timeline's segments for the calendar years the marks fall in. */
export function segmentsFor(dates: readonly Date[], segments: readonly Segment[]): Segment[] {
  const from = utcYear.floor(new Date(Math.min(...dates.map((d) => d.getTime()))));
  const to = utcYear.ceil(new Date(Math.max(...dates.map((d) => d.getTime()) ) + 1));
  const inside = segments.filter((s) => s.to > from && s.from < to);
  if (inside.length === 0) throw new Error('the graphic\'s marks lie outside the timeline\'s years');
  return inside;
}

export function tracksLayout(graphic: Tracks, events: ReadonlyMap<string, EventFacts>, segments: readonly Segment[], width: number): TracksLayout {
  const facts = (id: string) => {
    const e = events.get(id);
    if (!e) throw new Error(`no event "${id}" for the graphic's mark`);
    return e;
  };
  const all = graphic.tracks.flatMap((t, track) => t.marks.map((m) => ({ ...m, track, date: dateSpan(facts(m.event).date)[0], claimStatus: facts(m.event).claimStatus })));
  const years = segmentsFor(all.map((m) => m.date), segments);
  return width < ACROSS_FROM ? vertical(graphic, all, years, width) : horizontal(graphic, all, years, width);
}

type PlacedMark = Tracks['tracks'][number]['marks'][number] & { track: number; date: Date; claimStatus: TimelineEvent['claimStatus'] };

function yearTicks(years: readonly Segment[], at: (d: Date) => number) {
  return [...years.map((s) => s.from), years[years.length - 1].to].map((d) => ({ d, a: round(at(d)) }));
}

function horizontal(graphic: Tracks, marks: PlacedMark[], years: Segment[], width: number): TracksLayout {
  const scale = timeScale(years, [8, width - 8]);
  const out: TracksLayout = { width, height: 0, narrow: false, tracks: [], marks: [], labels: [], axis: { line: { x1: 0, y1: 0, x2: 0, y2: 0 }, ticks: [] } };
  let y = 0;
  graphic.tracks.forEach((track, index) => {
    const own = marks.filter((m) => m.track === index);
    const name = textBlock(track.label, 0, y, width, NAME);
    const placed = placeInRows(own.map((m) => ({ id: m.event, at: round(scale(m.date)), width: textWidth(m.label, LABEL) })), { min: 0, max: width, pad: 4, gap: 8 });
    const rows = Math.max(...placed.map((p) => p.row)) + 1;
    const marksY = round(y + name.height + 6 + rows * ROW + 10);
    for (const p of placed) {
      const m = own.find((o) => o.event === p.id)!;
      const top = marksY - 10 - (p.row + 1) * ROW;
      const text = { ...textBlock(m.label, p.anchor === 'start' ? p.at + 4 : p.at - 4, top, width, LABEL) };
      out.labels.push({ id: p.id, text, anchor: p.anchor, leader: [[p.at, round(top + 2)], [p.at, round(marksY - R - 1)]] });
      out.marks.push({ id: p.id, track: index, x: p.at, y: marksY, claimStatus: m.claimStatus });
    }
    out.tracks.push({ index, name, line: { x1: 8, x2: width - 8, y: marksY } });
    y = marksY + R + 16;
  });
  const axisY = round(y);
  out.axis.line = { x1: 8, y1: axisY, x2: width - 8, y2: axisY };
  const ticks = yearTicks(years, scale);
  out.axis.ticks = ticks.map(({ d, a }, i) => {
    const next = ticks[i + 1];
    // A year's name sits in the middle of its span; the closing tick has no year of its own.
    return { x1: a, y1: axisY, x2: a, y2: axisY + 6, label: next ? { text: String(d.getUTCFullYear()), x: round((a + next.a) / 2), y: axisY + 18 } : undefined };
  });
  out.height = axisY + 24;
  return out;
}

function vertical(graphic: Tracks, marks: PlacedMark[], years: Segment[], width: number): TracksLayout {
  const out: TracksLayout = { width, height: 0, narrow: true, tracks: [], marks: [], labels: [], axis: { line: { x1: 0, y1: 0, x2: 0, y2: 0 }, ticks: [] } };
  let y = 0;
  graphic.tracks.forEach((track, index) => {
    const name = textBlock(track.label, 22, y, width - 22, NAME);
    out.tracks.push({ index, name, swatch: { x: 8, y: round(y + NAME / 2 + 1) } });
    y += name.height + 4;
  });
  const axisX = 42;
  const trackX = (t: number) => axisX + 14 + t * 16;
  const labelX = trackX(graphic.tracks.length - 1) + 16;
  const top = y + 16;
  const length = years.reduce((sum, s) => sum + s.weight, 0) * PER_YEAR;
  const scale = timeScale(years, [top, top + length]);
  const blocks = new Map(marks.map((m) => [m.event, textBlock(m.label, labelX, 0, width - labelX, LABEL)]));
  const spread = spreadAlong(marks.map((m) => ({ id: m.event, at: scale(m.date), size: blocks.get(m.event)!.height })), { start: top - 8, end: top + length + 8, gap: 5 });
  for (const p of spread) {
    const m = marks.find((o) => o.event === p.id)!;
    const block = blocks.get(p.id)!;
    const text = { ...block, y: round(p.top + LABEL * 0.9) };
    const at = round(p.at);
    const x = trackX(m.track);
    out.marks.push({ id: p.id, track: m.track, x, y: at, claimStatus: m.claimStatus });
    out.labels.push({ id: p.id, text, anchor: 'start', leader: [[x + R + 1, at], [labelX - 10, at], [labelX - 3, round(p.top + lineHeight(LABEL) / 2)]] });
  }
  out.axis.line = { x1: axisX, y1: top, x2: axisX, y2: round(top + length) };
  out.axis.ticks = yearTicks(years, scale).map(({ d, a }, i, all) => ({
    x1: axisX - 6,
    y1: a,
    x2: axisX,
    y2: a,
    label: i < all.length - 1 ? { text: String(d.getUTCFullYear()), x: axisX - 9, y: round(a + LABEL * 0.9) } : undefined,
  }));
  out.height = round(top + length + 12);
  return out;
}
