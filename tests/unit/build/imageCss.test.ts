import { describe, expect, test } from 'vitest';
import { imageCss } from '../../../src/lib/build/imageCss';

describe('CSS for an SVG file of its own', () => {
  test('keeps the tokens its rules use, directly or through another token, and drops the rest and the comments', () => {
    const css = ':root {\n  --ink: #111;\n  --accent: #a00;\n  --label: var(--ink);\n  --unused: 3rem;\n}\n/* why */\n.sm-label { fill: var(--label); }\n.sm { --sm-label: 13px; font-size: var(--sm-label); }';
    const out = imageCss(css);
    expect(out).toContain('--ink: #111;');
    expect(out).toContain('--label: var(--ink);');
    expect(out).toContain('--sm-label: 13px;');
    expect(out).not.toContain('--accent');
    expect(out).not.toContain('--unused');
    expect(out).not.toContain('why');
    expect(out).toContain('.sm-label { fill: var(--label); }');
  });
});
