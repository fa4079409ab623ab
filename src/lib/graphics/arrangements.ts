/**
 * A chapter graphic laid out at each width it is drawn at: the story's text column (beside the
 * sticky map, or alone on tablets and large phones), phones below 400 px down to 320 px, and a
 * printed page. Each drawing is shown near its own size, so its text keeps about its size.
 */
import type { ContentSet } from '../content/integrity';
import { CLAIM_LABELS } from '../content/claimStatusLabels';
import { matrixLayout, type MatrixLayout } from './matrixLayout';
import { panelLayout, type PanelLayout } from './panelLayout';
import { tracksLayout, type TracksLayout } from './tracksLayout';
import { yearSegments } from '../time/timeScale';

export const GRAPHIC_WIDTHS = { medium: 420, small: 260, wide: 600 } as const;
export type GraphicSize = keyof typeof GRAPHIC_WIDTHS;

export type Arrangement = { size: GraphicSize; svgId: string } & (
  | { kind: 'matrix'; layout: MatrixLayout }
  | { kind: 'panel'; layout: PanelLayout }
  | { kind: 'tracks'; layout: TracksLayout }
);

/** Where one drawing is served as an SVG file of its own (under the site's base, see sitePath). */
export const graphicImagePath = (id: string, size: GraphicSize): string => `/graphics/${id}-${size}.svg`;

export function graphicArrangements(graphicId: string, content: ContentSet): Arrangement[] {
  const entry = content.graphics.find((g) => g.id === graphicId);
  if (!entry) throw new Error(`content/graphics: no graphic "${graphicId}"`);
  const g = entry.data;
  const events = new Map(content.events.map((e) => [e.id, e.data]));
  return (Object.keys(GRAPHIC_WIDTHS) as GraphicSize[]).map((size): Arrangement => {
    const width = GRAPHIC_WIDTHS[size];
    const svgId = `graphic-${graphicId}-${size}`;
    if (g.kind === 'matrix') return { size, svgId, kind: g.kind, layout: matrixLayout(g, width, CLAIM_LABELS) };
    if (g.kind === 'panel') return { size, svgId, kind: g.kind, layout: panelLayout(g, width) };
    // The timeline's own years and compression, so the tracks read on the same scale as the timeline.
    const segments = yearSegments(content.events.map((e) => e.data.date));
    return { size, svgId, kind: g.kind, layout: tracksLayout(g, events, segments, width) };
  });
}
