import { describe, expect, test } from 'vitest';
import { SHORT_FORM_FIELDS, shortChapter } from '../../../src/lib/handout/shortChapter';

const chapter = {
  id: 'where-it-is',
  data: { order: 4, title: 'Where it is', dek: 'Researchers point to a former air base; Minsk has not said.', alt: 'Map of eastern Belarus with the reported site marked.' },
};
const view = { bounds: [1, 2, 3, 4] };

describe('shortChapter', () => {
  test('gives the title, the dek as its one line, and the map with its text alternative', () => {
    expect(shortChapter(chapter, view)).toEqual({
      id: 'where-it-is',
      order: 4,
      title: 'Where it is',
      lines: [{ field: 'dek', text: 'Researchers point to a former air base; Minsk has not said.' }],
      map: { view, alt: 'Map of eastern Belarus with the reported site marked.' },
    });
  });

  test('the map view is passed through untouched (the handout draws the story’s own static map)', () => {
    expect(shortChapter(chapter, view).map.view).toBe(view);
  });

  test('a field with only white space contributes no empty paragraph', () => {
    expect(shortChapter({ ...chapter, data: { ...chapter.data, dek: '   ' } }, view).lines).toEqual([]);
  });

  test('contributes only the fields SHORT_FORM_FIELDS names, in that order: never the chapter body', () => {
    const lines = shortChapter({ ...chapter, data: { ...chapter.data, body: 'The whole chapter.' } as typeof chapter.data }, view).lines;
    expect(lines.map((l) => l.field)).toEqual(SHORT_FORM_FIELDS.filter((f) => f in chapter.data));
    expect(JSON.stringify(lines)).not.toContain('The whole chapter.');
  });
});
