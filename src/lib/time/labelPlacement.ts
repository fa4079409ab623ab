/**
 * Where the timeline's key-moment labels go, so that no label covers another label or another
 * label's leader line. Two arrangements, one per orientation of the chart:
 * - in rows (time across): each label hangs on a vertical leader from its mark, its text to the
 *   right of the leader or, where that does not fit, to the left; a label that collides moves up a row;
 * - along a column (time down): labels keep their order in time and are pushed apart just enough,
 *   around spans that are already taken (the era names).
 * Pure arithmetic in SVG user units; it throws rather than return labels that overlap.
 */

export interface RowItem {
  id: string;
  /** Position of the mark along the time axis: where the leader stands. */
  at: number;
  /** Width of the label's text. */
  width: number;
}

export interface RowPlacement {
  id: string;
  at: number;
  /** 0 is the row next to the marks; higher rows are further away. */
  row: number;
  /** Which end of the text touches the leader. */
  anchor: 'start' | 'end';
  /** The span the label covers, leader included. */
  x0: number;
  x1: number;
}

export interface RowOptions {
  /** The span labels must stay inside. */
  min: number;
  max: number;
  /** Space between the leader and its text. */
  pad?: number;
  /** Smallest clear space between a label and anything else in its row. */
  gap?: number;
  maxRows?: number;
}

/**
 * Labels in rows. Which label is placed first decides which one ends up nearer the marks: later
 * labels first suits text that runs right of its leader, earlier first suits text that runs left
 * (near the chart's right edge). Both ways are tried; the one with fewer rows wins.
 */
export function placeInRows(items: readonly RowItem[], options: RowOptions): RowPlacement[] {
  const byTime = [...items].sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
  const tries = [
    rowsInOrder([...byTime].reverse(), ['start', 'end'], options),
    rowsInOrder(byTime, ['end', 'start'], options),
  ];
  const done = tries.filter((t): t is RowPlacement[] => Array.isArray(t));
  if (done.length === 0) throw new Error(`no room in ${options.maxRows ?? MAX_ROWS} rows for the timeline label "${tries[0]}"`);
  const rows = (placed: RowPlacement[]) => Math.max(0, ...placed.map((p) => p.row));
  const best = done.reduce((a, b) => (rows(b) < rows(a) ? b : a));
  return best.sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
}

const MAX_ROWS = 8;

/**
 * Greedy: each label in the lowest row where its text fits on the preferred side of its leader, else
 * on the other side; the id of the first label that fits nowhere otherwise.
 */
function rowsInOrder(order: readonly RowItem[], sides: readonly RowPlacement['anchor'][], { min, max, pad = 4, gap = 6, maxRows = MAX_ROWS }: RowOptions): RowPlacement[] | string {
  const placed: RowPlacement[] = [];
  const fits = (c: RowPlacement) =>
    c.x0 >= min &&
    c.x1 <= max &&
    placed.every((p) => {
      if (p.row === c.row) return c.x1 + gap <= p.x0 || p.x1 + gap <= c.x0;
      // A label further out has its leader pass through the rows below it.
      const [outer, inner] = p.row > c.row ? [p, c] : [c, p];
      return outer.at <= inner.x0 - gap / 2 || outer.at >= inner.x1 + gap / 2;
    });
  for (const item of order) {
    const candidate = (anchor: RowPlacement['anchor'], row: number): RowPlacement =>
      anchor === 'start'
        ? { id: item.id, at: item.at, row, anchor, x0: item.at, x1: item.at + pad + item.width }
        : { id: item.id, at: item.at, row, anchor, x0: item.at - pad - item.width, x1: item.at };
    const found = sides.flatMap((side) => Array.from({ length: maxRows }, (_, row) => candidate(side, row))).find(fits);
    if (!found) return item.id;
    placed.push(found);
  }
  return placed;
}

export interface LineItem {
  id: string;
  /** Position of the mark along the time axis; the label is centred on it if there is room. */
  at: number;
  /** Height of the label's text. */
  size: number;
}

export interface Span {
  from: number;
  to: number;
}

export interface LineOptions {
  start: number;
  end: number;
  gap?: number;
  /** Spans no label may cover. */
  taken?: readonly Span[];
}

/** Labels along a column, in the order of their marks; returns where each label's top edge goes. */
export function spreadAlong(items: readonly LineItem[], { start, end, gap = 4, taken = [] }: LineOptions): { id: string; at: number; top: number }[] {
  const sorted = [...items].sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
  const blocker = (top: number, size: number) => taken.find((t) => top < t.to + gap && t.from - gap < top + size);
  const tops: number[] = [];
  // Down from the top: each label as near its mark as the ones before it allow.
  sorted.forEach((item, i) => {
    let top = Math.max(item.at - item.size / 2, start, i > 0 ? tops[i - 1] + sorted[i - 1].size + gap : start);
    for (let t = blocker(top, item.size); t; t = blocker(top, item.size)) top = t.to + gap;
    tops.push(top);
  });
  // Up from the bottom: labels pushed past the end, or into the next one, move back up.
  for (let i = sorted.length - 1; i >= 0; i--) {
    const limit = i === sorted.length - 1 ? end : tops[i + 1] - gap;
    if (tops[i] + sorted[i].size <= limit) continue;
    tops[i] = limit - sorted[i].size;
    for (let t = blocker(tops[i], sorted[i].size); t; t = blocker(tops[i], sorted[i].size)) tops[i] = t.from - gap - sorted[i].size;
  }
  sorted.forEach((item, i) => {
    const clash = tops[i] < start || tops[i] + item.size > end || (i > 0 && tops[i] < tops[i - 1] + sorted[i - 1].size + gap) || blocker(tops[i], item.size);
    if (clash) throw new Error(`no room between ${start} and ${end} for the timeline label "${item.id}"`);
  });
  return sorted.map((item, i) => ({ id: item.id, at: item.at, top: tops[i] }));
}
