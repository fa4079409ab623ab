import { describe, expect, test } from 'vitest';
import { mapListItems, mapListsOnPage, type MapListItem } from '../../../src/lib/map/mapList';
import { buildStoryData } from '../../../src/lib/story/buildStoryData';
import { readContent } from '../content/readContentFolder';

const item = (key: string, extra: Partial<MapListItem> = {}): MapListItem => ({ key, name: key, text: `${key} as drawn here.`, sources: [], ...extra });
const source = { publisher: 'Reuters', url: 'https://example.org/a' };

describe('map lists on a page with several maps', () => {
  test("a place's note and sources are given by the first list that shows it; later lists keep what their map shows and link there", () => {
    const [first, second, third] = mapListsOnPage([
      { id: 'one', title: 'One', items: [item('place-a', { note: 'Long note.', sources: [source] }), item('place-b')] },
      { id: 'two', title: 'Two', items: [item('place-a', { text: 'Drawn as an area.', note: 'Long note.', sources: [source] })] },
      { id: 'three', title: 'Three', items: [item('place-b'), item('place-a', { note: 'Long note.', sources: [source] })] },
    ]);
    expect(first[0]).toMatchObject({ id: 'map-one-place-a', note: 'Long note.', sources: [source] });
    expect(second[0]).toMatchObject({ text: 'Drawn as an area.', note: undefined, sources: [], elsewhere: { href: '#map-one-place-a', title: 'One' } });
    expect(third[1].elsewhere?.href).toBe('#map-one-place-a');
    // Nothing to give once (no note, no sources): every list names it in full, and nothing links to it.
    expect(first[1]).toEqual(item('place-b'));
    expect(third[0]).toEqual(item('place-b'));
  });

  test('an item shown once keeps no anchor', () => {
    const [[only]] = mapListsOnPage([{ id: 'one', title: 'One', items: [item('place-a', { note: 'Note.', sources: [source] })] }]);
    expect(only.id).toBeUndefined();
  });

  test("the story's nine lists give every note and source their maps' own lists give, each note once", () => {
    const content = readContent('content');
    const maps = buildStoryData(content).chapters.map((c, i) => ({ id: c.id, title: content.chapters[i].data.title, items: mapListItems(c.map, content) }));
    const full = maps.flatMap((m) => m.items);
    const page = mapListsOnPage(maps).flat();
    expect(page.length).toBe(full.length);
    expect(new Set(page.flatMap((i) => i.sources.map((s) => s.url)))).toEqual(new Set(full.flatMap((i) => i.sources.map((s) => s.url))));
    const notes = page.flatMap((i) => (i.note ? [i.note] : []));
    expect(new Set(notes)).toEqual(new Set(full.flatMap((i) => (i.note ? [i.note] : []))));
    const noted = page.filter((i) => i.note || i.sources.length).map((i) => i.key);
    expect(noted.length).toBe(new Set(noted).size);
    expect(noted.length).toBeLessThan(full.filter((i) => i.note || i.sources.length).length);
    // Every link lands on an item of an earlier list that gives the note and sources.
    const anchors = new Map(page.flatMap((i) => (i.id ? [[`#${i.id}`, i]] : [])));
    for (const link of page.filter((i) => i.elsewhere)) expect(anchors.get(link.elsewhere!.href)?.key).toBe(link.key);
  }, 30_000);
});
