/**
 * "Where sources disagree" lists questions by how much they matter to the story (rank 1 first),
 * whatever the order of their files; loadContent() hands every page the list in this order.
 */
import { expect, test } from 'vitest';
import { byRank } from '../../../src/lib/content/contradictionOrder';
import { readContent } from './readContentFolder';

const entry = (id: string, rank: number) => ({ id, data: { rank } });

test('contradictions are listed by rank, not alphabetically by file name', () => {
  const files = [entry('a-minor-date', 3), entry('b-who-controls', 1), entry('c-how-many', 2)];
  expect(byRank(files).map((c) => c.id)).toEqual(['b-who-controls', 'c-how-many', 'a-minor-date']);
  expect(files.map((c) => c.id)).toEqual(['a-minor-date', 'b-who-controls', 'c-how-many']);
});

test('the real list opens with the question that matters most and gives every question its own place', () => {
  const ranked = byRank(readContent('content').contradictions);
  expect(ranked[0].id).toBe('oreshnik-control');
  expect(ranked.map((c) => c.data.rank)).toEqual(ranked.map((_, i) => i + 1));
});
