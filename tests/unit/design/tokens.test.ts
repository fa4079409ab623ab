import { describe, expect, test } from 'vitest';
import { COLOURS, MAP, tokensCss } from '../../../src/lib/design/tokens';

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('design tokens', () => {
  test('become one :root rule with a custom property per token', () => {
    const css = tokensCss();
    expect(css.startsWith(':root {')).toBe(true);
    expect(css).toContain(`--paper: ${COLOURS.paper};`);
    expect(css).toContain(`--map-highlight-host: ${MAP.highlight.host};`);
    expect(css).toContain(`--map-outline-nato: ${COLOURS.nato};`);
    expect(css).toContain('--story-bar: 3.5rem;');
    // Every property once.
    const names = [...css.matchAll(/--([\w-]+):/g)].map((m) => m[1]);
    expect(new Set(names).size).toBe(names.length);
  });

  test('text colours keep AA contrast (4.5:1) on the paper and on white', () => {
    for (const ink of ['ink', 'ink-2', 'accent-ink', 'nato', 'claim-official', 'claim-independent', 'claim-contested'] as const) {
      expect(contrast(COLOURS[ink], COLOURS.paper), ink).toBeGreaterThanOrEqual(4.5);
      expect(contrast(COLOURS[ink], COLOURS.surface), ink).toBeGreaterThanOrEqual(4.5);
    }
  });

  test('map labels (ink) stay AA on every country fill they may sit on', () => {
    for (const fill of [...Object.values(MAP.base), ...Object.values(MAP.highlight), MAP.sea]) expect(contrast(COLOURS.ink, fill), fill).toBeGreaterThanOrEqual(4.5);
  });

  test('no stylesheet or map script spells a palette colour itself', async () => {
    const { readFile } = await import('node:fs/promises');
    const files = ['src/styles/global.css', 'src/components/map/staticMap.css', 'src/components/map/storyGraphic.css', 'src/scripts/map/liveMap.ts', 'src/lib/reuse/previewCard.ts'];
    for (const f of files) expect((await readFile(f, 'utf8')).match(/#[0-9a-f]{6}\b|#[0-9a-f]{3}\b/gi), f).toBeNull();
  });
});
