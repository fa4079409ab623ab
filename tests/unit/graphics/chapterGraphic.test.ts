import { describe, expect, test } from 'vitest';
import { chapterGraphic, repeatedGraphics } from '../../../src/lib/graphics/chapterGraphic';
import { readContent } from '../content/readContentFolder';

const chapter = (id: string, fit: string[], highlight: string[]) => ({
  id,
  data: { map: { fit, highlight, rings: [], distancesTo: [], paths: [] } },
});

describe('a chapter shows its own graphic, else its map view', () => {
  test('a diagram wins over the map', () => {
    const graphics = [{ id: 'who-decides', data: { chapter: 'control', kind: 'matrix' as const } }];
    expect(chapterGraphic(chapter('control', ['belarus'], []), graphics)).toEqual({ type: 'diagram', kind: 'matrix', id: 'who-decides' });
  });

  test('two chapters in a row that frame the same places repeat themselves, whatever the order of the ids or the highlights', () => {
    const chapters = [chapter('a', ['belarus', 'moscow'], ['belarus']), chapter('b', ['moscow', 'belarus'], ['minsk']), chapter('c', ['belarus', 'poland'], ['minsk'])];
    expect(repeatedGraphics(chapters, [])).toEqual([{ chapter: 'b', previous: 'a' }]);
  });

  test('a diagram between two identical maps breaks the repetition', () => {
    const chapters = [chapter('a', ['belarus'], ['belarus']), chapter('b', ['belarus'], ['belarus']), chapter('c', ['belarus'], ['belarus'])];
    expect(repeatedGraphics(chapters, [{ id: 'panel', data: { chapter: 'b', kind: 'panel' } }])).toEqual([]);
  });
});

test('in the story, every chapter shows something other than the chapter before it', () => {
  const content = readContent('content');
  const chapters = content.chapters.sort((a, b) => a.data.order - b.data.order);
  expect(repeatedGraphics(chapters, content.graphics)).toEqual([]);
});
