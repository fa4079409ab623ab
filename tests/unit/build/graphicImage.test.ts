import { describe, expect, test } from 'vitest';
import { graphicImageSvg } from '../../../src/lib/build/graphicImage';

describe('a chapter graphic as an SVG file of its own', () => {
  test('is self-contained: namespace, its size for the image box, the styles it needs, the drawing', () => {
    const html = '<svg class="cg-svg" viewBox="0 0 260 518.1" width="260" height="518.1" aria-hidden="true"><text class="cg-head">Who decides</text></svg>';
    const svg = graphicImageSvg(html, ':root { --ink: #111; } .cg-head { fill: var(--ink); }')!;
    expect(svg).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" class="cg-svg" viewBox="0 0 260 518.1" width="260" height="518.1"><style>:root { --ink: #111; } .cg-head { fill: var(--ink); }</style><text class="cg-head">Who decides</text></svg>',
    );
  });

  test('says so when nothing was drawn', () => {
    expect(graphicImageSvg('<div>no drawing</div>', '')).toBeUndefined();
  });
});
