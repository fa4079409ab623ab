/**
 * Every chapter's static map (the chapter figures, print, embeds, the page without JavaScript), laid
 * out as the page lays it out: each country and place it asks about is named, beside its point or
 * called out with a leader line. Every step's live map is walked in tests/e2e/mapCartography.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { readContent } from '../content/readContentFolder';
import { buildStoryData } from '../../../src/lib/story/buildStoryData';
import { staticOverlay } from '../../../src/lib/map/staticMap';
import { requiredNames } from '../../../src/lib/map/mapLabels';

const story = buildStoryData(readContent('content'));
const views = story.chapters.map((c) => ({ where: c.id, view: c.map }));

describe('static maps name what they are about', () => {
  test('every chapter map', () => {
    const unnamed = views.flatMap(({ where, view }) => {
      const shown = staticOverlay(view).labels.map((l) => l.text.toLowerCase());
      // A distance label may carry its figure on the same line ("Riga 610 km …").
      return requiredNames(view).filter((name) => !shown.some((t) => t === name.toLowerCase() || t.startsWith(`${name.toLowerCase()} `))).map((name) => `${where}: ${name}`);
    });
    expect(unnamed).toEqual([]);
  });
});
