/**
 * Static maps at close range: the Belarus-scale chapter maps are drawn from Natural Earth's finer
 * (1:50m) shapes, the wide ones from the coarse (1:110m) shapes every page already carries.
 */
import { describe, expect, test } from 'vitest';
import { readContent } from '../content/readContentFolder';
import { buildStoryData } from '../../../src/lib/story/buildStoryData';
import { baseCountries, staticOverlay } from '../../../src/lib/map/staticMap';

const content = readContent('content');
const story = buildStoryData(content);
const places = new Map(content.places.map((p) => [p.id, p.data]));
const chapter = (id: string) => story.chapters.find((c) => c.id === id)!.map;

describe('static maps at close range', () => {
  test('a Belarus-scale view uses the finer shapes; a Europe-wide one the coarse', () => {
    expect(staticOverlay(chapter('where-it-is')).fine).toBe(true);
    expect(staticOverlay(chapter('how-it-got-there')).fine).toBe(true);
    expect(staticOverlay(chapter('what-oreshnik-is')).fine).toBe(false);
  });

  test("the finer Belarus has many more turns to its border than the coarse one, and the views' highlighted countries are all there", () => {
    const turns = (d: string) => d.split(/[LMlm]/).length;
    const belarus = (fine: boolean) => baseCountries(places, { fine }).find((c) => c.iso === '112')!.d;
    expect(turns(belarus(true))).toBeGreaterThan(3 * turns(belarus(false)));
    const fineIsos = new Set(baseCountries(places, { fine: true }).map((c) => c.iso));
    for (const c of story.chapters.filter((c) => staticOverlay(c.map).fine)) for (const h of c.map.countries) expect(fineIsos, `${c.id}: ${h.name}`).toContain(h.iso);
  });
});
