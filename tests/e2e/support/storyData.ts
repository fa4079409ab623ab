import type { Page } from 'playwright-core';
import type { StoryChapter, StoryStep } from '../../../src/lib/story/storyState';

/** The story's chapters with every step's map view. */
export interface StoryWithViews {
  chapters: (Omit<StoryChapter, 'steps'> & { steps: Required<StoryStep>[] })[];
}

/**
 * The story's data as the page's script reads it once the map loads (the page itself carries the
 * outline only): fetched from the page, relative to it, so it works under a base path too.
 */
export const storyData = (page: Page): Promise<StoryWithViews> =>
  page.evaluate(() => fetch('map-data/story.json').then((r) => r.json()));
