/**
 * A chapter's static map as an SVG file of its own (served at /map-data/static/<id>.svg), so the
 * story page links the maps as lazy images instead of carrying every map and the shared base map
 * in its HTML. The file holds what the map draws from the page: its styles and only the base-map
 * shapes that fall inside its frame.
 */
import { allSvgs, innerSvg, viewBoxOf } from '../reuse/previewCard';

/** Where a chapter's map image is served, under the site's base (see sitePath). */
export const mapImagePath = (id: string): string => `/map-data/static/${id}.svg`;

/** The rendered size of the frame the static maps are drawn in (StaticMapSvg's viewBox). */
export function mapImageSize(svg: string): { width: number; height: number } {
  const [, , width, height] = viewBoxOf(svg).split(/[\s,]+/).map(Number);
  return { width, height };
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The bounding box of a path written in absolute coordinate pairs (as d3-geo writes them). */
export function pathBox(d: string): Box | undefined {
  const numbers = d.match(/-?\d*\.?\d+(?:e-?\d+)?/gi)?.map(Number) ?? [];
  if (numbers.length < 2) return undefined;
  const box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  for (let i = 0; i + 1 < numbers.length; i += 2) {
    box.x0 = Math.min(box.x0, numbers[i]);
    box.x1 = Math.max(box.x1, numbers[i]);
    box.y0 = Math.min(box.y0, numbers[i + 1]);
    box.y1 = Math.max(box.y1, numbers[i + 1]);
  }
  return box;
}

/**
 * The part of the base map's coordinates the view shows: StaticMapSvg moves the base map into its
 * frame with `scale(s) translate(tx ty)`, so the frame (0…width, 0…height) is that window.
 */
export function visibleWindow(transform: string, frame: { width: number; height: number }): Box | undefined {
  const m = /scale\(([-\d.e]+)\)\s*translate\(([-\d.e]+)[\s,]+([-\d.e]+)\)/.exec(transform);
  if (!m) return undefined;
  const [s, tx, ty] = m.slice(1).map(Number);
  return { x0: -tx, y0: -ty, x1: frame.width / s - tx, y1: frame.height / s - ty };
}

const overlaps = (a: Box, b: Box) => a.x0 <= b.x1 && a.x1 >= b.x0 && a.y0 <= b.y1 && a.y1 >= b.y0;

/**
 * Drops the base map's shapes the view does not draw: those of the layer it does not use (coarse
 * `sm-…` or fine `sm-f-…`) and those wholly outside its window. Shapes without an id (occupied
 * areas, hatchings) stay.
 */
export function trimDefs(defs: string, layer: string, window: Box | undefined): string {
  return defs.replace(/<path\b[^>]*\bid="(sm-[^"]+)"[^>]*\/?>(?:<\/path>)?/g, (path, id: string) => {
    const fine = id.startsWith('sm-f-');
    if (fine !== (layer === 'sm-fine')) return '';
    const box = pathBox(/\bd="([^"]*)"/.exec(path)?.[1] ?? '');
    return !window || !box || overlaps(box, window) ? path : '';
  });
}

/**
 * The page's static-map CSS for a file of its own: the label sizes the page sets by the map's
 * container width become media queries, which inside an SVG image ask the image's own width.
 */
export function mapImageCss(css: string): string {
  return css.replace(/@container\s*\(/g, '@media (');
}

/** The figure's map (as StaticMap renders it, with MapDefs) as one self-contained SVG file. */
export function mapImageSvg(figureHtml: string, css: string): string | undefined {
  const svgs = allSvgs(figureHtml);
  const map = svgs.find((s) => /^<svg\b[^>]*\bclass="sm"/.test(s));
  if (!map) return undefined;
  const inner = innerSvg(map);
  const layer = /<use href="#(sm-base|sm-fine)"/.exec(inner)?.[1] ?? 'sm-base';
  const transform = /<g transform="([^"]+)"/.exec(inner)?.[1] ?? '';
  const window = visibleWindow(transform, mapImageSize(map));
  const defs = svgs
    .filter((s) => /^<svg\b[^>]*\bclass="sm-defs"/.test(s))
    .map((s) => trimDefs(innerSvg(s), layer, window))
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" class="sm" viewBox="${viewBoxOf(map)}"><style>${mapImageCss(css)}</style>${defs}${inner}</svg>`;
}
