import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// The live map imports these from maplibre-gl and calls these methods on its Map: an upgrade that
// renames or drops one must fail here, not in a reader's browser. Read from the installed package's
// type declarations (importing the library itself needs a browser).
const require = createRequire(import.meta.url);
const dts = readFileSync(require.resolve('maplibre-gl/dist/maplibre-gl.d.ts'), 'utf8');
const exportList = dts.slice(dts.lastIndexOf('export {'));

describe('maplibre-gl still offers what the map uses', () => {
  test.each(['Map', 'Marker', 'NavigationControl', 'setWorkerUrl'])('exports %s', (name) => {
    expect(new RegExp(`(export declare (class|function) ${name}\\b)|([{,]\\s*(Map\\$1 as )?${name}\\s*[,}])`).test(dts) || exportList.includes(` ${name},`) || exportList.includes(`as ${name},`)).toBe(true);
  });

  test.each(['setFilter', 'getSource', 'fitBounds', 'addImage', 'hasImage', 'setMissingStyleImageResolver', 'addControl', 'removeControl', 'hasControl', 'getCanvas', 'setMaxBounds', 'once'])('Map has %s()', (method) => {
    expect(dts).toMatch(new RegExp(`\\n\\s+${method}\\(`));
  });

  test('the worker file the bundler is given exists', () => {
    expect(() => require.resolve('maplibre-gl/dist/maplibre-gl-worker.mjs')).not.toThrow();
  });

  test('the Map options the story relies on are still accepted', () => {
    for (const option of ['interactive', 'maxBounds', 'attributionControl', 'canvasContextAttributes', 'scrollZoom', 'dragPan', 'keyboard']) {
      expect(dts).toMatch(new RegExp(`\\n\\s+${option}\\?:`));
    }
  });
});
