import { describe, expect, test } from 'vitest';
import { neighbourChapter, storyState, type StoryData } from '../../../src/lib/story/storyState';

const view = (w: number) => ({ bounds: [[w, 50], [w + 5, 55]] as [[number, number], [number, number]], highlight: [`p${w}`] });
const data: StoryData = {
  chapters: [
    { id: 'one', title: 'One', map: view(1), timeline: { events: ['a'] } },
    { id: 'two', title: 'Two', map: view(2), timeline: { events: ['b'], from: '2025-01' } },
    { id: 'three', title: 'Three', map: view(3), timeline: { events: [] } },
  ],
  eventViews: { b: view(9) },
} as unknown as StoryData;

describe('storyState', () => {
  test('a chapter id gives that chapter’s complete map and timeline state and its address', () => {
    const state = storyState(data, { chapterId: 'two' });
    expect(state).toMatchObject({ chapterId: 'two', index: 1, total: 3, title: 'Two', hash: '#two' });
    expect(state.map).toEqual(data.chapters[1].map);
    expect(state.timeline).toEqual(data.chapters[1].timeline);
  });

  test('the same chapter always gives the same state, whatever came before (no deltas)', () => {
    const direct = storyState(data, { chapterId: 'three' });
    storyState(data, { chapterId: 'one' });
    expect(storyState(data, { chapterId: 'three' })).toEqual(direct);
  });

  test('an unknown chapter falls back to the first', () => {
    expect(storyState(data, { chapterId: '<script>' }).chapterId).toBe('one');
  });

  test('a selected event with places takes over the map and marks the timeline', () => {
    const state = storyState(data, { chapterId: 'one', eventId: 'b' });
    expect(state.map).toEqual(data.eventViews.b);
    expect(state.timeline.selected).toBe('b');
    expect(state.hash).toBe('#event-b');
  });

  test('an event without a map view leaves the chapter state alone', () => {
    const state = storyState(data, { chapterId: 'one', eventId: 'a' });
    expect(state.eventId).toBeUndefined();
    expect(state.map).toEqual(data.chapters[0].map);
  });
});

describe('neighbourChapter', () => {
  test('steps forward and back, and stops at the ends', () => {
    expect(neighbourChapter(data, 'one', 1)).toBe('two');
    expect(neighbourChapter(data, 'two', -1)).toBe('one');
    expect(neighbourChapter(data, 'one', -1)).toBe('one');
    expect(neighbourChapter(data, 'three', 1)).toBe('three');
  });
});
