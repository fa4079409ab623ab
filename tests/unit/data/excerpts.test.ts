import { beforeAll, describe, expect, test } from 'vitest';
import { chapterCitedIds, chapterNotesOf } from '../../../src/lib/content/chapterNotes';
import type { ContentSet } from '../../../src/lib/content/integrity';
import { excerptsJson, notedSourceIds } from '../../../src/lib/data/excerpts';
import { sourcesJson, dataMeta } from '../../../src/lib/data/dataExports';
import { site } from '../../../src/lib/content/site';
import { readContent } from '../content/readContentFolder';

let content: ContentSet;
beforeAll(() => {
  content = readContent('content');
});

describe("one chapter's excerpts instead of every source", () => {
  test("a chapter's file holds every source its notes show (direct, or behind a cited figure), no other", () => {
    const events = new Set(content.events.map((e) => e.id));
    const sourcesOf = new Map(content.figures.map((f) => [f.id, f.data.sources]));
    for (const chapter of content.chapters) {
      const cited = chapterCitedIds(chapter).flatMap((id) => (events.has(id) ? [] : (sourcesOf.get(id) ?? [id])));
      const file = excerptsJson(notedSourceIds(chapterNotesOf(chapter, content)), content.sources);
      expect(new Set(file.sources.map((s) => s.id)), chapter.id).toEqual(new Set(cited));
      expect(file.sources.length, chapter.id).toBeLessThan(content.sources.length);
    }
  });

  test('each entry is the same as in sources.json, excerpt and translation included', () => {
    const all = new Map(sourcesJson(content, dataMeta(site, new URL('https://example.org'))).sources.map((s) => [s.id, s]));
    const [event] = content.events;
    for (const source of excerptsJson(event.data.sources, content.sources).sources) expect(source).toEqual(all.get(source.id));
  });

  test("an event's file lists its sources in the event's order, as the timeline does (a cited event's note shows them so)", () => {
    const event = content.events.find((e) => e.data.sources.length > 2 && e.data.sources.join() !== [...e.data.sources].sort().join())!;
    expect(excerptsJson(event.data.sources, content.sources).sources.map((s) => s.id)).toEqual(event.data.sources);
  });

  test('an unknown id is left out rather than sent empty', () => {
    expect(excerptsJson(['no-such-source'], content.sources).sources).toEqual([]);
  });
});
