import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { chartImageSvg } from '../../../src/lib/time/timelineChart';

// The chart as the component renders it on a page (HTML serialisation, no namespace).
const rendered = '<svg class="tl-chart" viewBox="0 0 10 10" width="10" height="10" data-chart="horizontal"><g class="tl-marks"><a href="#event-x" data-mark="x"><circle cx="5" cy="5" r="4"></circle></a></g></svg>';

describe('the chart as an image file', () => {
  test('is a well-formed SVG document with its styles inside, even when the CSS holds a "<"', () => {
    const svg = chartImageSvg(`\n${rendered}\n`, ':root { --ink: #111; } /* served at /timeline/chart/<orientation>.svg */ .tl-mark { color: var(--ink); }');
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="tl-chart" viewBox="0 0 10 10" width="10" height="10" data-chart="horizontal"><style>/);
    expect(svg).toContain('.tl-mark { color: var(--ink); }');
    expect(svg).toContain('data-mark="x"');
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  test('fails the build when nothing was drawn', () => {
    expect(() => chartImageSvg('<p>no chart</p>', '')).toThrow(/no <svg>/);
  });
});
