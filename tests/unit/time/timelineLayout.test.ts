import { describe, expect, test } from 'vitest';
import { resolveEras } from '../../../src/lib/time/eras';
import { layoutTimeline, overlaps, wrapWords, textWidth, type Box, type TimelineLayout } from '../../../src/lib/time/timelineLayout';
import { LANES } from '../../../src/lib/time/timelineLabels';
import { timeScale, yearSegments } from '../../../src/lib/time/timeScale';
import type { TimelineEvent } from '../../../src/lib/content/schemas';
import { readContent } from '../content/readContentFolder';

type E = { id: string; date: string; lane: TimelineEvent['lane']; keyMoment?: { label: string } };
// A burst of same-lane days (like December 2025), a month-only and a year-only date, and sparse early years.
const events: E[] = [
  { id: 'early', date: '2016-07', lane: 'nato-allies' },
  { id: 'year', date: '2019', lane: 'nato-allies' },
  ...['2023-03-25', '2023-06-16', '2023-12-25', '2024-06-11', '2024-11-21', '2024-11-22', '2024-12-06'].map((date, i) => ({ id: `a${i}`, date, lane: 'belarus-russia' as const })),
  ...[17, 18, 19, 22, 23, 26, 30].map((d) => ({ id: `dec${d}`, date: `2025-12-${d}`, lane: 'belarus-russia' as const })),
  { id: 'month', date: '2025-08', lane: 'researchers' },
  { id: 'ua', date: '2026-01-09', lane: 'ukraine' },
];
// Key moments, three of them days apart at the end of the chart.
const keyed = { a4: 'First use somewhere', dec18: 'Something arrives', dec26: 'A site is found', dec30: 'Formally on duty', ua: 'Another strike' } as const;
for (const e of events) if (e.id in keyed) e.keyMoment = { label: keyed[e.id as keyof typeof keyed] };
const segments = yearSegments(events.map((e) => e.date));
const eras = resolveEras(
  [
    { id: 'before', data: { label: 'Before first use', description: 'x'.repeat(10) } },
    { id: 'promise', data: { label: 'First use and the promise', startsWith: 'a4', description: 'x'.repeat(10) } },
    { id: 'build-up', data: { label: 'Build-up', startsWith: 'month', description: 'x'.repeat(10) } },
    { id: 'duty', data: { label: 'Combat duty', startsWith: 'dec18', description: 'x'.repeat(10) } },
  ],
  new Map(events.map((e) => [e.id, e])),
  [segments[0].from, segments[segments.length - 1].to],
);
const input = { events, eras, segments, windows: [{ from: '2025-12-15', to: '2025-12-31' }, {}] };
const layouts = { horizontal: layoutTimeline(input, 'horizontal'), vertical: layoutTimeline(input, 'vertical') };
const along = (l: TimelineLayout, b: Box) => (l.orientation === 'horizontal' ? [b.x, b.x + b.w] : [b.y, b.y + b.h]);
const centre = (l: TimelineLayout, b: Box) => (along(l, b)[0] + along(l, b)[1]) / 2;
const across = (l: TimelineLayout, b: Box) => (l.orientation === 'horizontal' ? [b.y, b.y + b.h] : [b.x, b.x + b.w]);
const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 0.01 && inner.y >= outer.y - 0.01 && inner.x + inner.w <= outer.x + outer.w + 0.01 && inner.y + inner.h <= outer.y + outer.h + 0.01;

describe('time scale', () => {
  test('years with few events are narrower than busy years, and time still runs one way', () => {
    const scale = timeScale(segments, [0, 1000]);
    const width = (y: number) => scale(new Date(Date.UTC(y + 1, 0, 1))) - scale(new Date(Date.UTC(y, 0, 1)));
    expect(width(2017)).toBeLessThan(width(2025) / 4);
    const ticks = segments.map((s) => scale(s.from));
    expect([...ticks].sort((a, b) => a - b)).toEqual(ticks);
    expect(scale(segments[segments.length - 1].to)).toBeCloseTo(1000);
  });

  test('the scale runs from the first event’s year to after the last event', () => {
    expect(segments[0].from.toISOString().slice(0, 10)).toBe('2016-01-01');
    expect(segments[segments.length - 1].to.getTime()).toBeGreaterThan(new Date('2026-01-10').getTime());
  });
});

describe.each(['horizontal', 'vertical'] as const)('%s timeline layout', (orientation) => {
  const layout = layouts[orientation];
  const mark = (id: string) => layout.marks.find((m) => m.id === id)!;

  test('every event is drawn once, inside the lane of its actor group', () => {
    expect(layout.marks.map((m) => m.id).sort()).toEqual(events.map((e) => e.id).sort());
    for (const e of events) {
      const lane = layout.lanes.find((l) => l.id === e.lane)!;
      expect(inside(mark(e.id).box, lane.box), e.id).toBe(true);
    }
    expect(layout.lanes.map((l) => l.id)).toEqual(LANES);
  });

  test('every key moment is named once, with a leader from its own mark to its label', () => {
    expect(layout.keyLabels.map((k) => k.label.lines.join(' ')).sort()).toEqual(Object.values(keyed).sort());
    for (const k of layout.keyLabels) {
      // One end of the leader touches the mark, the other the label (within a few units).
      const touches = (p: [number, number], b: Box) => p[0] >= b.x - 4 && p[0] <= b.x + b.w + 4 && p[1] >= b.y - 4 && p[1] <= b.y + b.h + 4;
      const ends = [k.leader[0], k.leader[k.leader.length - 1]];
      expect(ends.some((p) => touches(p, mark(k.id).box)), k.id).toBe(true);
      expect(ends.some((p) => touches(p, k.label.box)), k.id).toBe(true);
    }
  });

  test('lanes do not overlap each other', () => {
    for (const [i, a] of layout.lanes.entries()) for (const b of layout.lanes.slice(i + 1)) expect(overlaps(a.box, b.box)).toBe(false);
  });

  test('a day is a dot (down, a tick unless a key moment); a month-only or year-only date is a longer bar, never a day', () => {
    expect(mark('dec17').shape).toBe(orientation === 'horizontal' ? 'dot' : 'tick');
    expect(mark('dec18').shape).toBe('dot');
    expect(mark('month').shape).toBe('bar');
    expect(mark('year').shape).toBe('bar');
    const len = (id: string) => along(layout, mark(id).box)[1] - along(layout, mark(id).box)[0];
    expect(len('month')).toBeGreaterThan(len('dec17'));
  });

  test('across, marks never overlap: a burst of days in one lane is stacked; down, only key moments are dots', () => {
    const dots = layout.marks.filter((m) => m.shape === 'dot');
    if (orientation === 'horizontal') {
      for (const [i, a] of dots.entries()) for (const b of dots.slice(i + 1)) expect(overlaps(a.box, b.box), `${a.id} / ${b.id}`).toBe(false);
      const rows = new Set(['dec17', 'dec18', 'dec19'].map((id) => across(layout, mark(id).box)[0]));
      expect(rows.size).toBe(3);
    } else {
      expect(dots.map((m) => m.id).sort()).toEqual(Object.keys(keyed).filter((id) => id !== 'month').sort());
      expect(mark('dec17').shape).toBe('tick');
    }
  });

  test('an event sits in time inside the era in force on its date', () => {
    const era = (id: string) => layout.eras.find((e) => e.id === id)!;
    const [a0, a1] = along(layout, era('duty').box);
    expect(centre(layout, mark('dec26').box)).toBeGreaterThan(a0);
    expect(centre(layout, mark('dec26').box)).toBeLessThan(a1);
    expect(centre(layout, mark('dec17').box)).toBeLessThan(a0);
    const [b0] = along(layout, era('build-up').box);
    expect(along(layout, mark('month').box)[0]).toBeCloseTo(b0, 0);
  });

  test('era, lane, tick and key-moment labels do not collide with each other and stay on the chart', () => {
    const labels = [
      ...layout.eras.map((e) => e.label),
      ...layout.lanes.flatMap((l) => (l.label ? [l.label] : [])),
      ...layout.ticks.flatMap((t) => (t.label ? [t.label] : [])),
      ...layout.keyLabels.map((k) => k.label),
    ];
    for (const [i, a] of labels.entries()) {
      for (const b of labels.slice(i + 1)) expect(overlaps(a.box, b.box), `${a.lines} / ${b.lines}`).toBe(false);
      expect(inside(a.box, { x: 0, y: 0, w: layout.width, h: layout.height }), String(a.lines)).toBe(true);
    }
    expect(layout.ticks.filter((t) => t.major && t.label).map((t) => t.label!.lines[0])).toContain('2025');
  });

  test('a chapter’s date window covers the days it names', () => {
    const w = layout.windows.find((x) => x.key === '2025-12-15/2025-12-31')!;
    const [w0, w1] = along(layout, w.box);
    for (const id of ['dec17', 'dec30']) {
      expect(centre(layout, mark(id).box)).toBeGreaterThan(w0);
      expect(centre(layout, mark(id).box)).toBeLessThan(w1);
    }
    expect(along(layout, mark('ua').box)[0]).toBeGreaterThan(w1);
  });

  test('the scale break is drawn where narrow years meet full ones', () => {
    expect(layout.breaks).toHaveLength(1);
  });
});

test('the real content lays out without colliding labels at both orientations', () => {
  const content = readContent('content');
  const segs = yearSegments(content.events.map((e) => e.data.date));
  const realEras = resolveEras(content.eras, new Map(content.events.map((e) => [e.id, e.data])), [segs[0].from, segs[segs.length - 1].to]);
  for (const orientation of ['horizontal', 'vertical'] as const) {
    const l = layoutTimeline({ events: content.events.map((e) => ({ id: e.id, ...e.data })), eras: realEras, segments: segs, windows: [] }, orientation);
    const labels = [
      ...l.eras.map((e) => e.label),
      ...l.lanes.flatMap((x) => (x.label ? [x.label] : [])),
      ...l.ticks.flatMap((t) => (t.label ? [t.label] : [])),
      ...l.keyLabels.map((k) => k.label),
    ];
    for (const [i, a] of labels.entries()) for (const b of labels.slice(i + 1)) expect(overlaps(a.box, b.box), `${orientation}: ${a.lines} / ${b.lines}`).toBe(false);
    if (orientation === 'horizontal') for (const [i, a] of l.marks.entries()) for (const b of l.marks.slice(i + 1)) expect(overlaps(a.box, b.box), `${a.id} / ${b.id}`).toBe(false);
    // The issue this answers: the chart names its key moments, and on a phone it is no longer a tall column of dots.
    expect(l.keyLabels.length).toBeGreaterThanOrEqual(6);
    if (orientation === 'vertical') expect(l.height).toBeLessThanOrEqual(1.5 * 844);
  }
});

test('word wrap keeps lines within the width it is given', () => {
  const lines = wrapWords('Researchers and analysts', 60);
  expect(lines.join(' ')).toBe('Researchers and analysts');
  for (const line of lines.filter((l) => l.includes(' '))) expect(textWidth(line)).toBeLessThanOrEqual(60);
  expect(lines.length).toBeGreaterThan(1);
});
