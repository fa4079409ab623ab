/** A chapter graphic's drawing (as GraphicSvg renders it) as one self-contained SVG file. */
import { firstSvg, innerSvg, viewBoxOf } from '../reuse/previewCard';

export function graphicImageSvg(html: string, css: string): string | undefined {
  const svg = firstSvg(html);
  if (!svg) return undefined;
  const [, , width, height] = viewBoxOf(svg).split(/[\s,]+/);
  return `<svg xmlns="http://www.w3.org/2000/svg" class="cg-svg" viewBox="${viewBoxOf(svg)}" width="${width}" height="${height}"><style>${css}</style>${innerSvg(svg)}</svg>`;
}
