/**
 * Where everything in a "known / claimed / open" panel goes: one column per degree of certainty,
 * side by side on wide screens and stacked on phones, each a heading over short bulleted items.
 * Pure geometry in SVG units; the component draws it.
 */
import { scaleBand } from 'd3';
import type { Graphic, TimelineEvent } from '../content/schemas';
import { NARROW_BELOW, round, textBlock, type TextBlock } from './text';

type Panel = Extract<Graphic, { kind: 'panel' }>;

export interface PanelLayout {
  width: number;
  height: number;
  narrow: boolean;
  columns: {
    box: { x: number; y: number; w: number; h: number };
    claimStatus?: TimelineEvent['claimStatus'];
    heading: TextBlock;
    /** Each item's bullet centre and its text; `open` marks an item that leads to a disputed question. */
    items: { bullet: { x: number; y: number }; text: TextBlock; open: boolean }[];
  }[];
}

const HEADING = 14;
const ITEM = 13;
const PAD = 10;
const BULLET = 14;
const ITEM_GAP = 7;
const COLUMN_GAP = 10;

export function panelLayout(graphic: Panel, width: number): PanelLayout {
  const narrow = width < NARROW_BELOW;
  const band = scaleBand<number>()
    .domain(graphic.columns.map((_, i) => i))
    .range([0, width])
    .paddingInner(narrow ? 0 : 0.03);
  const columnWidth = narrow ? width : band.bandwidth();
  let stackTop = 0;
  const columns = graphic.columns.map((column, i) => {
    const x = narrow ? 0 : band(i)!;
    const top = narrow ? stackTop : 0;
    const heading = textBlock(column.heading, x + PAD, top + PAD, columnWidth - 2 * PAD, HEADING);
    let y = top + PAD + heading.height + ITEM_GAP;
    const items = column.items.map((item) => {
      const text = textBlock(item.text, x + PAD + BULLET, y, columnWidth - 2 * PAD - BULLET, ITEM);
      const bullet = { x: round(x + PAD + 5), y: round(y + ITEM * 0.55) };
      y += text.height + ITEM_GAP;
      return { bullet, text, open: item.contradiction !== undefined };
    });
    const h = y - top + PAD - ITEM_GAP;
    if (narrow) stackTop += h + COLUMN_GAP;
    return { box: { x: round(x), y: round(top), w: round(columnWidth), h: round(h) }, claimStatus: column.claimStatus, heading, items };
  });
  // Side by side, every column is as tall as the tallest, so the boxes line up.
  if (!narrow) {
    const tallest = Math.max(...columns.map((c) => c.box.h));
    for (const c of columns) c.box.h = tallest;
  }
  const height = narrow ? stackTop - COLUMN_GAP : Math.max(...columns.map((c) => c.box.h));
  return { width, height: round(height), narrow, columns };
}
