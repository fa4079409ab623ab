import { describe, expect, test } from 'vitest';
import { firstSvg, flattenCss, previewCardSvg, standaloneMapSvg, wrapText } from '../../../src/lib/reuse/previewCard';

describe('preview card', () => {
  test('text is escaped, so a title with markup cannot break the SVG', () => {
    const svg = previewCardSvg({ kicker: 'Chapter 1 of 9', title: 'Ties & <threats>', dek: 'A dek that is long enough.', siteName: 'Site' });
    expect(svg).toContain('Ties &amp; &lt;threats&gt;');
    expect(svg).not.toContain('<threats>');
    expect(svg).toMatch(/width="1200" height="630"/);
  });

  test('long text wraps into lines and is cut with an ellipsis after the last allowed line', () => {
    const lines = wrapText('one two three four five six seven eight nine ten', 10, 2);
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => l.length <= 11)).toBe(true);
    expect(lines[1].endsWith('…')).toBe(true);
    expect(wrapText('short', 10, 2)).toEqual(['short']);
  });

  test('the chapter map is placed in the card with its own viewBox', () => {
    const map = '<svg viewBox="0 0 400 300" class="m"><svg><path d="M0 0"/></svg><circle r="2"/></svg>';
    const card = previewCardSvg({ kicker: 'k', title: 'Title', dek: 'A dek long enough', siteName: 'S', mapSvg: map });
    expect(card).toContain('viewBox="0 0 400 300"');
    expect(card).toContain('<circle r="2"/>');
  });

  test('firstSvg takes the whole first SVG element, nested ones included', () => {
    const html = '<figure><svg a="1"><svg b="2"></svg><g/></svg><svg c="3"></svg></figure>';
    expect(firstSvg(html)).toBe('<svg a="1"><svg b="2"></svg><g/></svg>');
    expect(firstSvg('<p>no map</p>')).toBeUndefined();
  });
});

describe('standalone map for the preview', () => {
  test('CSS custom properties are replaced by their values and media queries dropped', () => {
    const css = ':root { --ink: #111; } .sm { --sea: #0af; } .a { fill: var(--sea); stroke: var(--ink); } .b { fill: var(--missing, red); } @media print { .a { fill: black; } }';
    const flat = flattenCss(css);
    expect(flat).toContain('.a { fill: #0af; stroke: #111; }');
    expect(flat).toContain('.b { fill: red; }');
    expect(flat).not.toContain('@media');
    expect(flat).not.toContain('black');
  });

  test('the shared definitions and the styles move into the map’s own SVG', () => {
    const figure = '<figure><svg class="sm-defs" width="0"><defs><g id="base"><path d="M0 0"/></g></defs></svg><div><svg class="sm" viewBox="0 0 10 5"><use href="#base"/></svg></div></figure>';
    const svg = standaloneMapSvg(figure, '.sm-sea { fill: blue; }')!;
    expect(svg).toMatch(/^<svg viewBox="0 0 10 5">/);
    expect(svg).toContain('<g id="base">');
    expect(svg).toContain('<use href="#base"/>');
    expect(svg).toContain('.sm-sea { fill: blue; }');
    expect(standaloneMapSvg('<figure><figcaption>No map</figcaption></figure>', '')).toBeUndefined();
  });
});
