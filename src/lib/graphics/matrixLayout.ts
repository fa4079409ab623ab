/**
 * Where everything in a "who decides" table goes: claimants down, the steps of a decision across,
 * one cell per pair naming Russia, Belarus, both, or nobody ("not said"). Wide: the claimant's name
 * in a first column. Narrow (phones): the name on its own line above its row of cells, so three
 * steps still fit side by side at 320 px. Pure geometry in SVG units; the component draws it.
 */
import { scaleBand } from 'd3';
import type { Graphic, TimelineEvent } from '../content/schemas';
import { ACTOR_WORDS, NOT_SAID } from './statements';
import { NARROW_BELOW, round, textBlock, type TextBlock } from './text';

type Matrix = Extract<Graphic, { kind: 'matrix' }>;

export interface MatrixCell {
  column: string;
  who?: 'russia' | 'belarus' | 'both';
  box: { x: number; y: number; w: number; h: number };
  /** The actor's name (or "Not said"), then the note. */
  name: TextBlock;
  note?: TextBlock;
}

export interface MatrixLayout {
  width: number;
  height: number;
  narrow: boolean;
  headers: TextBlock[];
  rows: {
    label: TextBlock;
    /** The row's claim status, written out under its label. */
    status: TextBlock & { claimStatus: TimelineEvent['claimStatus'] };
    cells: MatrixCell[];
    /** Where the rule above the row runs. */
    top: number;
  }[];
}

const LABEL = 13;
const SMALL = 11.5;
const PAD = 6;
const ROW_GAP = 8;

export function matrixLayout(graphic: Matrix, width: number, statusWords: Record<TimelineEvent['claimStatus'], string>): MatrixLayout {
  const narrow = width < NARROW_BELOW;
  const labelWidth = narrow ? 0 : Math.round(width * 0.3);
  const band = scaleBand<string>()
    .domain(graphic.columns.map((c) => c.id))
    .range([labelWidth, width])
    .paddingInner(0.06);
  const inner = band.bandwidth() - 2 * PAD;
  const headers = graphic.columns.map((c) => textBlock(c.label, band(c.id)! + PAD, 0, inner, LABEL));
  let y = Math.max(...headers.map((h) => h.height)) + ROW_GAP;

  const rows = graphic.rows.map((row) => {
    const top = y;
    const labelText = row.about ? `${row.label}, on ${row.about}` : row.label;
    const label = textBlock(labelText, 0, top + PAD, narrow ? width : labelWidth - 2 * PAD, LABEL);
    const status = { ...textBlock(statusWords[row.claimStatus], 0, top + PAD + label.height, narrow ? width : labelWidth - 2 * PAD, SMALL), claimStatus: row.claimStatus };
    const cellsTop = narrow ? top + PAD + label.height + status.height + 4 : top + PAD;
    const texts = graphic.columns.map((c) => {
      const cell = row.cells[c.id];
      const x = band(c.id)! + PAD;
      const name = textBlock(cell ? ACTOR_WORDS[cell.who] : NOT_SAID, x, cellsTop + PAD, inner, LABEL);
      const note = cell ? textBlock(cell.note, x, cellsTop + PAD + name.height, inner, SMALL) : undefined;
      return { column: c.id, who: cell?.who, name, note };
    });
    const cellHeight = Math.max(...texts.map((t) => t.name.height + (t.note?.height ?? 0))) + 2 * PAD;
    const cells: MatrixCell[] = texts.map((t) => ({ ...t, box: { x: round(band(t.column)!), y: round(cellsTop), w: round(band.bandwidth()), h: round(cellHeight) } }));
    const labelBottom = top + PAD + label.height + status.height;
    y = Math.max(cellsTop + cellHeight, labelBottom) + ROW_GAP;
    return { label, status, cells, top: round(top) };
  });
  return { width, height: round(y), narrow, headers, rows };
}
