import { expect, test } from 'vitest';
import { buildStoryData, storyDataForBrowser, storyOutline } from '../../../src/lib/story/buildStoryData';
import { readContent } from '../content/readContentFolder';

// Built once per content set for all the pages that embed it; another content set (a later build in
// the same process, an edited copy) must still get its own chapters, never the first one's.
test('the story data follows the content it is built from, even when asked for again', () => {
  const site = readContent('content');
  const edited = { ...site, chapters: site.chapters.slice(1) };
  const ids = (content: typeof site) => buildStoryData(content).chapters.map((c) => c.id);
  expect(ids(site)).toEqual(site.chapters.map((c) => c.id));
  expect(ids(edited)).toEqual(site.chapters.slice(1).map((c) => c.id));
  expect(buildStoryData(site)).toBe(buildStoryData(site));
  // Fitting every chapter's view to the real basemap takes a few seconds on a busy two-core machine.
}, 30_000);

// The page embeds the outline; the map views come in /map-data/story.json with the map.
test('the story outline has every chapter and step of the story data, without their map views', () => {
  const data = buildStoryData(readContent('content'));
  const outline = storyOutline(data);
  const full = storyDataForBrowser(data);
  expect(outline.chapters.map((c) => [c.id, c.steps.map((s) => s.id)])).toEqual(full.chapters.map((c) => [c.id, c.steps.map((s) => s.id)]));
  expect(outline.chapters.flatMap((c) => c.steps).some((s) => 'map' in s)).toBe(false);
  expect(full.chapters.flatMap((c) => c.steps).every((s) => s.map)).toBe(true);
  expect(JSON.stringify(outline).length).toBeLessThan(JSON.stringify(full).length / 10);
}, 30_000);
