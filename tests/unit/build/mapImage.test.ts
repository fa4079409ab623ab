import { describe, expect, test } from 'vitest';
import { mapImageCss, mapImageSvg, pathBox, trimDefs, visibleWindow } from '../../../src/lib/build/mapImage';

const defs = (paths: string) => `<svg class="sm-defs" width="0" height="0"><defs><g id="sm-base">${paths}</g></defs></svg>`;
const map = (transform: string, use = '#sm-base') =>
  `<svg class="sm" viewBox="0 0 480 360"><g transform="${transform}"><use href="${use}"></use><use href="#sm-112" class="sm-hl"></use></g><text>Minsk</text></svg>`;

describe('a static map as an SVG file of its own', () => {
  test('the window a view shows is its frame mapped back through scale and translate', () => {
    expect(visibleWindow('scale(2) translate(-100 -50)', { width: 480, height: 360 })).toEqual({ x0: 100, y0: 50, x1: 340, y1: 230 });
    expect(pathBox('M10,20L30,5L-4,8Z')).toEqual({ x0: -4, y0: 5, x1: 30, y1: 20 });
  });

  test('keeps the shapes in view and of the layer drawn, drops the others', () => {
    const inView = '<path id="sm-112" d="M150,60L160,70Z" vector-effect="non-scaling-stroke"></path>';
    const outside = '<path id="sm-840" d="M900,10L950,20Z"></path>';
    const fine = '<path id="sm-f-112" d="M150,60L160,70Z"></path>';
    const occupied = '<path class="sm-occupied" d="M900,10L950,20Z"></path>';
    const window = visibleWindow('scale(2) translate(-100 -50)', { width: 480, height: 360 });
    const kept = trimDefs(inView + outside + fine + occupied, 'sm-base', window);
    expect(kept).toBe(inView + occupied);
    expect(trimDefs(inView + fine, 'sm-fine', window)).toBe(fine);
  });

  test('is self-contained: namespace, its styles with label sizes by the image’s own width, the definitions it uses', () => {
    const figure = `<div>${defs('<path id="sm-112" d="M150,60L160,70Z"></path><path id="sm-840" d="M900,10L950,20Z"></path>')}<figure>${map('scale(2) translate(-100 -50)')}</figure></div>`;
    const svg = mapImageSvg(figure, ':root { --ink: #111; } @container (max-width: 26rem) { .sm { --sm-label: 16px; } }')!;
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" class="sm" viewBox="0 0 480 360">/);
    expect(svg).toContain('@media (max-width: 26rem)');
    expect(svg).not.toContain('@container');
    expect(svg).toContain('id="sm-112"');
    expect(svg).not.toContain('id="sm-840"');
    expect(svg).toContain('<text>Minsk</text>');
    expect(mapImageSvg('<figure><figcaption>No map</figcaption></figure>', '')).toBeUndefined();
    expect(mapImageCss('@container (min-width: 34rem) {}')).toBe('@media (min-width: 34rem) {}');
  });
});
