import { describe, expect, test } from 'vitest';
import { parseNotices, readmeShippedLibraries } from '../../../src/lib/publishing/licences';

describe('parseNotices', () => {
  test('one notice per package and version, in name order, texts trimmed', () => {
    const notices = parseNotices([
      { name: 'scrollama', version: '3.2.0', identifier: 'MIT', text: 'MIT License\n\n' },
      { name: 'maplibre-gl', version: '6.17.0', identifier: 'BSD-3-Clause', text: 'Copyright (c) 2023, MapLibre contributors' },
      { name: 'scrollama', version: '3.2.0', identifier: 'MIT', text: 'MIT License' },
    ]);
    expect(notices.map((n) => n.name)).toEqual(['maplibre-gl', 'scrollama']);
    expect(notices[1].text).toBe('MIT License');
  });

  test('a package without a licence text is kept, with an empty text the page explains', () => {
    expect(parseNotices([{ name: 'tiny', version: '1.0.0', identifier: 'ISC' }])[0].text).toBe('');
  });

  test('anything but Vite’s JSON list fails, naming what is wrong', () => {
    expect(() => parseNotices('# Licenses')).toThrow(/expected a JSON array/);
    expect(() => parseNotices([{ name: 'no-version' }])).toThrow(/without name, version and identifier/);
  });
});

describe('readmeShippedLibraries', () => {
  test('reads the package names on the README line, even when the item wraps', () => {
    const readme = [
      '- **Fonts**: none, `no-font`.',
      '- **Libraries shipped to readers**: `maplibre-gl` (BSD-3-Clause) and',
      '  `scrollama` (MIT). `d3` runs only at build time.',
      '- **Code**: MIT (`LICENSE`).',
    ].join('\n');
    expect(readmeShippedLibraries(readme)).toEqual(['maplibre-gl', 'scrollama']);
  });

  test('a README without the line lists nothing', () => {
    expect(readmeShippedLibraries('# Title\n')).toEqual([]);
  });
});
