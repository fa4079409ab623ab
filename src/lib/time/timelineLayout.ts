/**
 * Where everything on the timeline chart goes, computed at build time for both orientations.
 * Wide screens: time runs across, one lane per actor group, marks that would overlap in a lane
 * stacked, the key moments named in rows above the lanes. Phones: time runs down a narrow strip of
 * lanes where only the key moments are full marks (the rest are ticks), named in a column beside it.
 * Era, lane, tick and key-moment labels are placed so they never collide.
 * Pure geometry in SVG user units: the component only draws what this returns.
 */
import { utcMonth } from 'd3';
import type { TimelineEvent } from '../content/schemas';
import type { EraSpan } from './eras';
import { placeInRows, spreadAlong } from './labelPlacement';
import { dateSpan } from './parseDate';
import { LANES, LANE_LABELS } from './timelineLabels';
import { timeScale, totalWeight, type Segment } from './timeScale';

export type Orientation = 'horizontal' | 'vertical';
type Lane = TimelineEvent['lane'];

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Label {
  lines: string[];
  /** Anchor point of the first line's baseline. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** The area the text covers, for collision checks. */
  box: Box;
}

export interface MarkLayout {
  id: string;
  lane: Lane;
  /**
   * A day is a dot; a month or a year is a bar as long as the period it may mean. On phones a day
   * that is not a key moment is a tick.
   */
  shape: 'dot' | 'bar' | 'tick';
  box: Box;
}

export interface TimelineLayout {
  orientation: Orientation;
  width: number;
  height: number;
  /** The lanes' area, where eras are shaded and chapter windows drawn. */
  plot: Box;
  /** Phones name the lanes in the legend only: their columns are too narrow for text. */
  lanes: { id: Lane; box: Box; label?: Label }[];
  eras: { id: string; box: Box; label: Label }[];
  marks: MarkLayout[];
  ticks: { at: number; major: boolean; line: Box; label?: Label }[];
  /** Where the scale changes between compressed and full years. */
  breaks: number[];
  windows: { key: string; box: Box }[];
  /** The key moments' names, each with the leader line (a polyline) from its mark. */
  keyLabels: { id: string; label: Label; leader: [number, number][] }[];
}

export interface LayoutInput {
  events: readonly ({ id: string } & Pick<TimelineEvent, 'date' | 'lane' | 'keyMoment'>)[];
  eras: readonly EraSpan[];
  segments: readonly Segment[];
  /** Date windows to prepare a highlight for (the chapters'). */
  windows: readonly { from?: string; to?: string }[];
}

export const FONT = 11;
/** Average glyph width of the bold system sans, in em, with a margin so estimates err wide. */
const CHAR = 0.62;
const LINE = 13;
const R = 4.5;
const PITCH = 11;
const PAD = 7;
const MIN_BAR = 13;
const GAP = 2;
/** Height of a row of key-moment labels; the least space between two leaders where they meet the labels. */
const KEY_ROW = 15;
const LEADER_GAP = 9;
/** Space between a leader and its text. */
const KEY_PAD = 4;

const SIZES = {
  horizontal: { width: 1000, gutter: 150, eraRow: 15, axis: 30, minLane: 26 },
  // Phones: a year is short enough for the whole chart to fit in about a screen and a half.
  vertical: { width: 350, perYear: 240, gutter: 40, header: 4, lane: 12, tick: 10, knee: 10, labelColumn: 18 },
} as const;

export const textWidth = (text: string, size = FONT): number => text.length * size * CHAR;

/** Greedy word wrap at an estimated width; a single long word keeps its own line. */
export function wrapWords(text: string, maxWidth: number, size = FONT): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && textWidth(`${last} ${word}`, size) <= maxWidth) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

export const overlaps = (a: Box, b: Box): boolean =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

const round = (n: number) => Math.round(n * 10) / 10;
const roundBox = (b: Box): Box => ({ x: round(b.x), y: round(b.y), w: round(b.w), h: round(b.h) });

export function layoutTimeline(input: LayoutInput, orientation: Orientation): TimelineLayout {
  const horizontal = orientation === 'horizontal';
  const H = SIZES.horizontal;
  const V = SIZES.vertical;
  const alongStart = horizontal ? H.gutter + 10 : V.header + 10;
  const alongEnd = horizontal ? H.width - 10 : alongStart + totalWeight(input.segments) * V.perYear;
  const scale = timeScale(input.segments, [alongStart, alongEnd]);
  const at = (d: Date) => scale(d);
  /** Along/across to x/y: time runs along x on wide screens and along y on phones. */
  const place = (a0: number, a1: number, c0: number, c1: number): Box =>
    roundBox(horizontal ? { x: a0, y: c0, w: a1 - a0, h: c1 - c0 } : { x: c0, y: a0, w: c1 - c0, h: a1 - a0 });

  // Along the time axis: a dot for a day, a bar for the whole month or year a date may mean.
  const spans = input.events.map((e) => {
    const [start, end] = dateSpan(e.date);
    const day = e.date.length === 10;
    const a0 = day ? at(new Date((start.getTime() + end.getTime()) / 2)) - R : at(start);
    const a1 = day ? a0 + 2 * R : Math.max(at(end), a0 + MIN_BAR);
    return { ...e, day, a0, a1, row: 0 };
  });
  const keys = spans.filter((s) => s.keyMoment);

  // Stack marks that would touch into rows within their lane (wide screens; phones draw ticks).
  const rowsPerLane = new Map<Lane, number>();
  for (const lane of horizontal ? LANES : []) {
    const ends: number[] = [];
    for (const s of spans.filter((m) => m.lane === lane).sort((a, b) => a.a0 - b.a0)) {
      let row = ends.findIndex((end) => end + GAP <= s.a0);
      if (row === -1) row = ends.push(s.a1) - 1;
      else ends[row] = s.a1;
      s.row = row;
    }
    rowsPerLane.set(lane, ends.length);
  }
  const thickness = (lane: Lane) =>
    horizontal ? Math.max(H.minLane, 2 * PAD + (rowsPerLane.get(lane) ?? 0) * PITCH - (PITCH - 2 * R)) : V.lane;

  // Eras first on wide screens: their label rows sit above the lanes.
  const eraLabels: Label[] = [];
  if (horizontal) {
    for (const era of input.eras) {
      const w = textWidth(era.label);
      const x = Math.min(Math.max(at(era.start) + 4, alongStart), alongEnd - w);
      let row = 0;
      while (eraLabels.some((l) => overlaps(l.box, { x: x - 6, y: row * H.eraRow, w: w + 12, h: H.eraRow }))) row++;
      eraLabels.push({ lines: [era.label], x, y: (row + 1) * H.eraRow - 4, anchor: 'start', box: { x, y: row * H.eraRow, w, h: H.eraRow } });
    }
  }
  const eraArea = horizontal ? (Math.max(0, ...eraLabels.map((l) => l.box.y + l.box.h)) || 0) + 4 : 0;

  // Then, on wide screens, the rows of key-moment labels, each on a leader from its mark. Marks a
  // few days apart would have their leaders on top of each other: they are spread a little first.
  const keyRows = horizontal
    ? placeInRows(
        spreadAlong(keys.map((k) => ({ id: k.id, at: (k.a0 + k.a1) / 2, size: LEADER_GAP })), { start: 8, end: H.width - 4, gap: 0 }).map((p) => ({
          id: p.id,
          at: p.top + LEADER_GAP / 2,
          width: textWidth(keys.find((k) => k.id === p.id)!.keyMoment!.label),
        })),
        { min: 8, max: H.width - 4, pad: KEY_PAD },
      )
    : [];
  const keyBand = keyRows.length ? (Math.max(...keyRows.map((p) => p.row)) + 1) * KEY_ROW + 6 : 0;

  const lanes: TimelineLayout['lanes'] = [];
  let cursor = horizontal ? eraArea + keyBand : V.gutter;
  for (const lane of LANES) {
    const size = thickness(lane);
    const box = place(alongStart - 10, alongEnd + 10, cursor, cursor + size);
    if (horizontal) {
      const lines = wrapWords(LANE_LABELS[lane], H.gutter - 16);
      const y = round(cursor + size / 2 - ((lines.length - 1) * LINE) / 2 + FONT / 3);
      lanes.push({ id: lane, box, label: { lines, x: H.gutter - 8, y, anchor: 'end', box: { x: 8, y: cursor, w: H.gutter - 16, h: size } } });
    } else lanes.push({ id: lane, box });
    cursor += size;
  }
  const acrossStart = horizontal ? eraArea + keyBand : V.gutter;
  const acrossEnd = cursor;
  const plot = place(alongStart - 10, alongEnd + 10, acrossStart, acrossEnd);
  const laneStart = new Map(lanes.map((l) => [l.id, horizontal ? l.box.y : l.box.x]));

  const marks: MarkLayout[] = spans.map((s) => {
    const lane = laneStart.get(s.lane) ?? 0;
    if (horizontal) {
      const c0 = lane + PAD + s.row * PITCH;
      return { id: s.id, lane: s.lane, shape: s.day ? 'dot' : 'bar', box: place(s.a0, s.a1, c0, c0 + 2 * R) };
    }
    const mid = lane + V.lane / 2;
    if (!s.day) return { id: s.id, lane: s.lane, shape: 'bar', box: place(s.a0, s.a1, mid - 2, mid + 2) };
    if (s.keyMoment) return { id: s.id, lane: s.lane, shape: 'dot', box: place(s.a0, s.a1, mid - R, mid + R) };
    return { id: s.id, lane: s.lane, shape: 'tick', box: place(s.a0 + R - 1, s.a0 + R + 1, mid - V.tick / 2, mid + V.tick / 2) };
  });
  const markOf = new Map(marks.map((m) => [m.id, m]));

  // On phones, era labels and key moments share a column to the right of the lanes: eras at their
  // start, key moments as near their marks as the eras and each other allow.
  const column = { x: acrossEnd + V.knee + V.labelColumn, w: V.width - (acrossEnd + V.knee + V.labelColumn) - 4 };
  if (!horizontal) {
    for (const era of input.eras) {
      const lines = wrapWords(era.label, column.w);
      const prev = eraLabels[eraLabels.length - 1];
      const top = Math.max(at(era.start) + 3, prev ? prev.box.y + prev.box.h + 6 : 0);
      eraLabels.push({ lines, x: column.x, y: round(top + FONT), anchor: 'start', box: { x: column.x, y: top, w: column.w, h: lines.length * LINE } });
    }
  }
  const eras = input.eras.map((era, i) => ({
    id: era.id,
    box: place(at(era.start), at(era.end), horizontal ? 0 : acrossStart, horizontal ? acrossEnd : V.width),
    label: eraLabels[i],
  }));

  const keyLabels: TimelineLayout['keyLabels'] = [];
  if (horizontal) {
    for (const p of keyRows) {
      const mark = markOf.get(p.id)!;
      const top = eraArea + keyBand - 6 - (p.row + 1) * KEY_ROW;
      const text = keys.find((k) => k.id === p.id)!.keyMoment!.label;
      const x = p.anchor === 'start' ? p.x0 + KEY_PAD : p.x1 - KEY_PAD;
      const label: Label = { lines: [text], x: round(x), y: round(top + FONT), anchor: p.anchor, box: roundBox({ x: p.x0, y: top, w: p.x1 - p.x0, h: KEY_ROW }) };
      const leader: [number, number][] = [
        [round(p.at), round(top + 2)],
        [round(p.at), round(acrossStart - 2)],
        [round(mark.box.x + mark.box.w / 2), round(mark.box.y - 1)],
      ];
      keyLabels.push({ id: p.id, label, leader });
    }
  } else {
    const lines = new Map(keys.map((k) => [k.id, wrapWords(k.keyMoment!.label, column.w)]));
    const spread = spreadAlong(
      keys.map((k) => ({ id: k.id, at: (k.a0 + k.a1) / 2, size: lines.get(k.id)!.length * LINE })),
      { start: alongStart - 10, end: alongEnd + 10, gap: 5, taken: eraLabels.map((l) => ({ from: l.box.y, to: l.box.y + l.box.h })) },
    );
    for (const p of spread) {
      const mark = markOf.get(p.id)!;
      const own = lines.get(p.id)!;
      const label: Label = { lines: own, x: column.x, y: round(p.top + FONT), anchor: 'start', box: roundBox({ x: column.x, y: p.top, w: column.w, h: own.length * LINE }) };
      const leader: [number, number][] = [
        [round(mark.box.x + mark.box.w + 1), round(p.at)],
        [acrossEnd + V.knee, round(p.at)],
        [column.x - 4, round(p.top + LINE / 2)],
      ];
      keyLabels.push({ id: p.id, label, leader });
    }
  }

  // The axis: years (major, labelled) and quarters of full years (minor, labelled if they fit).
  const axisAt = acrossEnd + 4;
  const ticks: TimelineLayout['ticks'] = [];
  const taken: Box[] = [];
  const tickLabel = (a: number, text: string, size: number): Label | undefined => {
    const w = textWidth(text, size);
    const label: Label = horizontal
      ? { lines: [text], x: round(a + 2), y: axisAt + 16, anchor: 'start', box: { x: a + 2, y: axisAt + 6, w, h: LINE } }
      : { lines: [text], x: V.gutter - 8, y: round(a + size / 3), anchor: 'end', box: { x: V.gutter - 8 - w, y: a - size / 2, w, h: size } };
    const fits = horizontal ? label.box.x + w <= alongEnd + 10 : true;
    if (!fits || taken.some((b) => overlaps(b, { ...label.box, x: label.box.x - 3, w: label.box.w + 6 }))) return undefined;
    taken.push(label.box);
    return label;
  };
  const tickLine = (a: number, major: boolean): Box =>
    horizontal ? place(a, a, acrossStart, axisAt + (major ? 6 : 3)) : place(a, a, V.gutter - (major ? 6 : 3), acrossEnd);
  // Labels go to full years first, then the compressed years, then quarters, wherever they fit.
  const planned: { a: number; major: boolean; text: string; rank: number }[] = [];
  for (const s of input.segments) {
    planned.push({ a: at(s.from), major: true, text: String(s.from.getUTCFullYear()), rank: s.compressed ? 1 : 0 });
    if (s.compressed) continue;
    for (const q of utcMonth.every(3)!.range(utcMonth.offset(s.from, 1), s.to)) {
      planned.push({ a: at(q), major: false, text: q.toLocaleString('en', { month: 'short', timeZone: 'UTC' }), rank: 2 });
    }
  }
  const labels = new Map(
    [...planned].sort((p, q) => p.rank - q.rank).map((p) => [p, tickLabel(p.a, p.text, p.major ? FONT : FONT - 1)] as const),
  );
  for (const p of planned) ticks.push({ at: round(p.a), major: p.major, line: tickLine(p.a, p.major), label: labels.get(p) });
  const breaks = input.segments
    .slice(1)
    .filter((s, i) => s.compressed !== input.segments[i].compressed)
    .map((s) => round(at(s.from)));

  const windows = input.windows.map(({ from, to }) => {
    const a0 = from ? at(dateSpan(from)[0]) : alongStart;
    const a1 = to ? at(dateSpan(to)[1]) : alongEnd;
    return { key: windowKey({ from, to }), box: place(a0, a1, acrossStart, acrossEnd) };
  });
  const lowest = Math.max(alongEnd, ...keyLabels.map((k) => k.label.box.y + k.label.box.h), ...eraLabels.map((l) => l.box.y + l.box.h));

  return {
    orientation,
    width: round(horizontal ? H.width : V.width),
    height: round(horizontal ? axisAt + 24 : lowest + 16),
    plot,
    lanes,
    eras,
    marks,
    ticks,
    breaks,
    windows,
    keyLabels,
  };
}

/** How the page names a date window, so the browser can find the one a chapter's state asks for. */
export const windowKey = ({ from, to }: { from?: string; to?: string }): string => `${from ?? ''}/${to ?? ''}`;
