/** Where corrections show up: on the chapters and events they change, newest first, and in the "last updated" day. */
import { describe, expect, test } from 'vitest';
import { correctionsForChapter, correctionsForEvent, newestFirst } from '../../../src/lib/corrections/correctionsFor';
import { lastUpdated } from '../../../src/lib/corrections/lastUpdated';
import { affectedTargets } from '../../../src/lib/corrections/affectedTargets';
import { readContent } from '../content/readContentFolder';

const content = readContent('tests/fixtures/content/good');
const chapter = (id: string) => content.chapters.find((c) => c.id === id)!;
const ids = (list: readonly { id: string }[]) => list.map((c) => c.id);

test('newest first; corrections of the same day keep file-name order', () => {
  expect(ids(newestFirst(content.corrections))).toEqual([
    '2025-06-25-borders',
    '2025-06-20-claimed-range',
    '2025-06-20-east-city-point',
    '2025-05-10-doubt-month',
    '2025-04-02-term-wording',
  ]);
});

describe('a chapter shows the corrections to what it shows', () => {
  test('named directly, through a place on its map, and through an event its text cites', () => {
    // the-claim is named by claimed-range, maps East City and cites the analysts-doubt event.
    expect(ids(correctionsForChapter(chapter('the-claim'), content.corrections))).toEqual([
      '2025-06-20-claimed-range',
      '2025-06-20-east-city-point',
      '2025-05-10-doubt-month',
    ]);
  });

  test('not site-wide, glossary or dispute corrections that name nothing it shows', () => {
    expect(correctionsForChapter(chapter('the-doubt'), content.corrections)).toEqual([]);
  });

  test('a figure drawn as a ring counts even when the text does not cite it', () => {
    const quiet = { ...chapter('the-claim'), id: 'elsewhere', body: 'Nothing cited here.' };
    const range = content.corrections.find((c) => c.id === '2025-06-20-claimed-range')!;
    const figureOnly = { ...range, data: { ...range.data, affects: { ...range.data.affects, chapters: [] } } };
    expect(ids(correctionsForChapter(quiet, [figureOnly]))).toEqual(['2025-06-20-claimed-range']);
  });
});

test('an event shows only the corrections that name it', () => {
  expect(ids(correctionsForEvent('analysts-doubt', content.corrections))).toEqual(['2025-05-10-doubt-month']);
  expect(correctionsForEvent('minister-says-in-place', content.corrections)).toEqual([]);
});

test('"last updated" is the newest correction\'s day, or the "as of" day while the log is empty', () => {
  expect(lastUpdated(content.corrections, content.asOf)).toBe('2025-06-25');
  expect(lastUpdated([], content.asOf)).toBe(content.asOf);
});

test('what a correction changed reads as titles, names and terms, linked where readers find them', () => {
  const byId = (id: string) => content.corrections.find((c) => c.id === id)!.data.affects;
  expect(affectedTargets(byId('2025-06-20-claimed-range'), content)).toEqual([
    { kind: 'chapter', label: 'The claim', path: '/#the-claim' },
    { kind: 'figure', label: 'Claimed range 1000 km' },
  ]);
  expect(affectedTargets(byId('2025-04-02-term-wording'), content)).toEqual([
    { kind: 'contradiction', label: 'When was the system put in place?', path: '/method/#contradiction-when-in-place' },
    { kind: 'glossary', label: 'Test system', path: '/lesson/#term-test-system' },
  ]);
  expect(affectedTargets(byId('2025-05-10-doubt-month'), content)).toEqual([
    { kind: 'event', label: 'Analysts doubt the claim', path: '/timeline/#event-analysts-doubt' },
  ]);
  expect(affectedTargets(byId('2025-06-25-borders'), content)).toEqual([{ kind: 'site', label: 'The whole site' }]);
});
