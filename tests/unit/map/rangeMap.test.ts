/**
 * The real story's range map and strike paths: what a reader asks first ("can it reach us, and
 * how fast?") is answered on the map itself, with who says so.
 */
import { describe, expect, test } from 'vitest';
import { readContent } from '../content/readContentFolder';
import { buildStoryData } from '../../../src/lib/story/buildStoryData';
import { containsPoint } from '../../../src/lib/geo/bounds';
import { staticOverlay } from '../../../src/lib/map/staticMap';
import { legendFor } from '../../../src/lib/map/legend';

const content = readContent('content');
const story = buildStoryData(content);
const chapter = (id: string) => story.chapters.find((c) => c.id === id)!.map;

describe('chapter 2: how far it is said to reach', () => {
  const view = chapter('what-oreshnik-is');
  const ring = view.rings.find((r) => r.km === 5500)!;

  test('the 5,500 km estimate is a ring in view, labelled with who reported it', () => {
    expect(ring.by).toMatch(/Reuters/);
    expect(ring.labelAt).toBeDefined();
    expect(containsPoint(view.bounds, ring.labelAt!)).toBe(true);
    expect(legendFor(view).map((e) => e.text)).toContain('Up to 5,500 km — estimate reported by Reuters');
  });

  test('at least five European capitals inside it carry their distance from the reported site', () => {
    const capitals = view.distances.filter((d) => containsPoint(view.bounds, d.at) && d.computedKm < ring.km);
    expect(capitals.length).toBeGreaterThanOrEqual(5);
  });

  test('the static map (and so the social card and print) labels the ring and at least five capitals', () => {
    const labels = staticOverlay(view).labels;
    expect(labels.filter((l) => l.kind === 'ring').map((l) => [l.text, ...(l.detail ?? [])].join(' '))).toContain('Up to 5,500 km estimate reported by Reuters');
    expect(labels.filter((l) => l.kind === 'distance').length).toBeGreaterThanOrEqual(5);
  });
});

describe('strike paths', () => {
  const events = new Map(content.events.map((e) => [e.id, e.data]));
  const sources = new Set(content.sources.map((s) => s.id));
  const strikeChapters = content.chapters.flatMap((c) =>
    c.data.timeline.events.filter((id) => events.get(id)?.kind === 'strike').map((id) => ({ chapter: c, strike: id })),
  );

  test('the story tells both strikes', () => {
    expect(strikeChapters.map((s) => s.strike).sort()).toEqual(['oreshnik-first-use-dnipro', 'oreshnik-strike-lviv']);
  });

  test.each(strikeChapters.map((s) => [s.chapter.id, s.strike, s.chapter] as const))('%s draws the path of %s, attributed', (_id, strike, c) => {
    const target = events.get(strike)!.places;
    const path = c.data.map.paths.find((p) => target.includes(p.to));
    expect(path, `a path to one of ${target.join(', ')}`).toBeDefined();
    // Who says where it was launched from is part of the label, with a source behind it.
    expect(path!.claimant).toMatch(/Air Force|intelligence|ministry|said|warned/i);
    expect(path!.sources.length).toBeGreaterThan(0);
    for (const s of path!.sources) expect(sources.has(s)).toBe(true);
    const view = chapter(c.id);
    const drawn = view.paths.find((p) => p.claim === path!.claim)!;
    expect(containsPoint(view.bounds, drawn.from) && containsPoint(view.bounds, drawn.to)).toBe(true);
    const drawnStatic = staticOverlay(view);
    expect(drawnStatic.paths.length).toBeGreaterThan(0);
    // The static map (print, no-JS, social card) carries the claim and who makes it.
    expect(drawnStatic.labels.find((l) => l.kind === 'path')).toMatchObject({ text: path!.claim, detail: expect.arrayContaining([path!.claimant]) });
  });
});
