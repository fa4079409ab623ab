/**
 * The chapter graphics' layouts: what a reader would notice if they went wrong — text running out
 * of its box or off a 320 px phone, boxes on top of each other, marks out of time order.
 */
import { describe, expect, test } from 'vitest';
import type { Graphic } from '../../../src/lib/content/schemas';
import { CLAIM_LABELS } from '../../../src/lib/content/claimStatusLabels';
import { matrixLayout } from '../../../src/lib/graphics/matrixLayout';
import { panelLayout } from '../../../src/lib/graphics/panelLayout';
import { tracksLayout } from '../../../src/lib/graphics/tracksLayout';
import { textWidth } from '../../../src/lib/time/timelineLayout';
import { yearSegments } from '../../../src/lib/time/timeScale';
import type { TextBlock } from '../../../src/lib/graphics/text';

type Box = { x: number; y: number; w: number; h: number };
const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const widest = (t: TextBlock) => Math.max(...t.lines.map((l) => textWidth(l, t.size)));
const base = { chapter: 'c', title: 'A test graphic', alt: 'A graphic made for the tests only.' };

const matrix: Extract<Graphic, { kind: 'matrix' }> = {
  ...base,
  kind: 'matrix',
  columns: [
    { id: 'decide', label: 'Decides to strike' },
    { id: 'targets', label: 'Chooses targets' },
    { id: 'operate', label: 'Operates, launches' },
  ],
  rows: [
    { label: 'Minister, Dec 2024', claimStatus: 'official-claim', cells: { targets: { who: 'belarus', note: "Belarus's leaders" }, operate: { who: 'russia', note: 'Strategic Missile Forces flag' } }, cites: ['s'] },
    { label: "Russia's Defence Ministry, Dec 2025", about: 'tactical nuclear weapons', claimStatus: 'official-claim', cells: { decide: { who: 'both', note: 'together' } }, cites: ['s'] },
  ],
};

describe('matrixLayout', () => {
  for (const width of [300, 640]) {
    test(`at ${width} units every cell's text stays inside its cell, and cells and rows never overlap`, () => {
      const layout = matrixLayout(matrix, width, CLAIM_LABELS);
      const cells = layout.rows.flatMap((r) => r.cells);
      for (const c of cells) {
        expect(c.box.x + c.box.w).toBeLessThanOrEqual(width + 0.5);
        for (const t of [c.name, c.note].filter((t): t is TextBlock => t !== undefined)) {
          expect(t.x + widest(t)).toBeLessThanOrEqual(c.box.x + c.box.w);
          expect(t.y - t.size + t.height).toBeLessThanOrEqual(c.box.y + c.box.h);
        }
      }
      cells.forEach((a, i) => cells.slice(i + 1).forEach((b) => expect(overlap(a.box, b.box)).toBe(false)));
      for (const row of layout.rows) expect(widest(row.label)).toBeLessThanOrEqual(layout.narrow ? width : width * 0.3);
      expect(layout.height).toBeGreaterThan(Math.max(...cells.map((c) => c.box.y + c.box.h)));
    });
  }

  test('a step the claimant does not address reads "Not said"; the row says whose claim it is', () => {
    const layout = matrixLayout(matrix, 640, CLAIM_LABELS);
    expect(layout.rows[0].cells.map((c) => c.name.lines.join(' '))).toEqual(['Not said', 'Belarus', 'Russia']);
    expect(layout.rows[0].status.lines.join(' ')).toBe('Official claim');
    expect(layout.rows[1].label.lines.join(' ')).toContain('on tactical nuclear weapons');
  });

  test('on phones the claimant stands above its cells; on wide screens beside them', () => {
    const narrow = matrixLayout(matrix, 300, CLAIM_LABELS).rows[0];
    const wide = matrixLayout(matrix, 640, CLAIM_LABELS).rows[0];
    expect(narrow.cells[0].box.y).toBeGreaterThan(narrow.status.y);
    expect(narrow.cells[0].box.x).toBe(0);
    expect(wide.cells[0].box.x).toBeGreaterThan(widest(wide.label));
  });
});

const panel: Extract<Graphic, { kind: 'panel' }> = {
  ...base,
  kind: 'panel',
  columns: [
    { heading: 'Independently reported', claimStatus: 'independently-reported', items: [{ text: 'Researchers identified a likely base near the border town', cites: ['s'] }] },
    { heading: 'Claimed by officials', claimStatus: 'official-claim', items: [{ text: 'It is in place, says the minister', cites: ['s'] }, { text: 'It is for deterrence', cites: ['s'] }] },
    { heading: 'Not established', items: [{ text: 'Who can order a launch', cites: ['s'], contradiction: 'q' }] },
  ],
};

describe('panelLayout', () => {
  test('on phones the columns stack, full width, one under the other; wide, they stand side by side, equally tall', () => {
    const narrow = panelLayout(panel, 300);
    expect(narrow.columns.map((c) => c.box.w)).toEqual([300, 300, 300]);
    narrow.columns.slice(1).forEach((c, i) => expect(c.box.y).toBeGreaterThanOrEqual(narrow.columns[i].box.y + narrow.columns[i].box.h));
    const wide = panelLayout(panel, 640);
    expect(new Set(wide.columns.map((c) => c.box.y)).size).toBe(1);
    expect(new Set(wide.columns.map((c) => c.box.h)).size).toBe(1);
    wide.columns.slice(1).forEach((c, i) => expect(c.box.x).toBeGreaterThanOrEqual(wide.columns[i].box.x + wide.columns[i].box.w));
  });

  for (const width of [300, 640]) {
    test(`at ${width} units every line stays inside its column and items do not overlap`, () => {
      for (const column of panelLayout(panel, width).columns) {
        const blocks = [column.heading, ...column.items.map((i) => i.text)];
        for (const t of blocks) {
          expect(t.x + widest(t)).toBeLessThanOrEqual(column.box.x + column.box.w);
          expect(t.y - t.size + t.height).toBeLessThanOrEqual(column.box.y + column.box.h);
        }
        blocks.slice(1).forEach((t, i) => expect(t.y - t.size).toBeGreaterThanOrEqual(blocks[i].y - blocks[i].size + blocks[i].height));
      }
    });
  }

  test('an item that is a disputed question is marked as one', () => {
    expect(panelLayout(panel, 640).columns[2].items[0].open).toBe(true);
  });
});

const tracks: Extract<Graphic, { kind: 'tracks' }> = {
  ...base,
  kind: 'tracks',
  tracks: [
    { label: 'First weapon', marks: [{ event: 'a1', label: 'Announced' }, { event: 'a2', label: 'Papers signed' }, { event: 'a3', label: 'First delivery, he says' }] },
    { label: 'Second weapon', marks: [{ event: 'b1', label: 'Asked for' }, { event: 'b2', label: 'On duty, they say' }] },
  ],
};
const events = new Map([
  ['a1', { date: '2023-03-25', claimStatus: 'official-claim' as const }],
  ['a2', { date: '2023-05-25', claimStatus: 'official-claim' as const }],
  ['a3', { date: '2023-06-16', claimStatus: 'contested' as const }],
  ['b1', { date: '2024-12-06', claimStatus: 'official-claim' as const }],
  ['b2', { date: '2025-12-30', claimStatus: 'independently-reported' as const }],
]);
// The timeline's own years: 2016 is a quiet year before the busy ones, so the timeline draws it short.
const timelineDates = ['2016-07-08', ...[...events.values()].map((e) => e.date), '2023-01-01', '2024-01-01', '2025-01-01', '2025-02-01'];
const segments = yearSegments(timelineDates);

describe('tracksLayout', () => {
  test('wide: time runs across in date order, each track on its own line, on the timeline\'s years only where the marks are', () => {
    const layout = tracksLayout(tracks, events, segments, 640);
    const x = (id: string) => layout.marks.find((m) => m.id === id)!.x;
    expect(x('a1')).toBeLessThan(x('a2'));
    expect(x('a3')).toBeLessThan(x('b1'));
    expect(x('b1')).toBeLessThan(x('b2'));
    expect(layout.axis.ticks.flatMap((t) => (t.label ? [t.label.text] : []))).toEqual(['2023', '2024', '2025']);
    const y = (track: number) => new Set(layout.marks.filter((m) => m.track === track).map((m) => m.y));
    expect(y(0).size).toBe(1);
    expect([...y(1)][0]).toBeGreaterThan([...y(0)][0]);
    expect(layout.marks.find((m) => m.id === 'a3')!.claimStatus).toBe('contested');
  });

  test('narrow: time runs down, tracks side by side, labels beside them in time order without overlapping, inside the width', () => {
    const layout = tracksLayout(tracks, events, segments, 260);
    expect(layout.narrow).toBe(true);
    const y = (id: string) => layout.marks.find((m) => m.id === id)!.y;
    expect(y('a1')).toBeLessThan(y('a2'));
    expect(y('b1')).toBeLessThan(y('b2'));
    const labels = [...layout.labels].sort((a, b) => a.text.y - b.text.y);
    expect(labels.map((l) => l.id)).toEqual(['a1', 'a2', 'a3', 'b1', 'b2']);
    labels.slice(1).forEach((l, i) => expect(l.text.y - l.text.size).toBeGreaterThanOrEqual(labels[i].text.y - labels[i].text.size + labels[i].text.height));
    for (const l of labels) expect(l.text.x + widest(l.text)).toBeLessThanOrEqual(260);
    expect(layout.height).toBeGreaterThan(y('b2'));
  });

  test('a year the timeline compresses is drawn as short here too', () => {
    const early: typeof tracks = { ...tracks, tracks: [{ label: 'Early', marks: [{ event: 'e1', label: 'Quiet year' }, { event: 'a1', label: 'Busy year' }] }, tracks.tracks[1]] };
    const withEarly = new Map([...events, ['e1', { date: '2016-07-08', claimStatus: 'official-claim' as const }]]);
    const layout = tracksLayout(early, withEarly, segments, 640);
    const ticks = layout.axis.ticks.map((t) => t.x1);
    const widths = ticks.slice(1).map((x, i) => x - ticks[i]);
    // 2016 to 2022 are compressed: each is far narrower than 2023.
    expect(widths[0]).toBeLessThan(widths[widths.length - 3] / 4);
  });

  test('a mark on an event the timeline does not have is an error, not a silent gap', () => {
    const broken = { ...tracks, tracks: [{ label: 'x', marks: [{ event: 'ghost', label: 'Nothing' }, { event: 'a1', label: 'A' }] }, tracks.tracks[1]] };
    expect(() => tracksLayout(broken, events, segments, 640)).toThrow(/ghost/);
  });
});

test('every graphic in content/ lays out at the three widths the story draws, inside its width', async () => {
  const { readContent } = await import('../content/readContentFolder');
  const content = readContent('content');
  const eventFacts = new Map(content.events.map((e) => [e.id, e.data]));
  const timeline = yearSegments(content.events.map((e) => e.data.date));
  for (const { data } of content.graphics) {
    for (const width of [260, 420, 600]) {
      const layout =
        data.kind === 'matrix' ? matrixLayout(data, width, CLAIM_LABELS) : data.kind === 'panel' ? panelLayout(data, width) : tracksLayout(data, eventFacts, timeline, width);
      expect(layout.width).toBe(width);
      expect(layout.height).toBeGreaterThan(50);
    }
  }
});
