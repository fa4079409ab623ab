import { describe, expect, test } from 'vitest';
import { neighbourChapter, neighbourStep, storyState, type StoryData } from '../../../src/lib/story/storyState';

const view = (w: number) => ({ bounds: [[w, 50], [w + 5, 55]] as [[number, number], [number, number]], highlight: [`p${w}`] });
const data: StoryData = {
  chapters: [
    { id: 'one', title: 'One', steps: [{ id: 'start', map: view(1) }], timeline: { events: ['a'] } },
    {
      id: 'two',
      title: 'Two',
      steps: [
        { id: 'claim', map: view(2) },
        { id: 'site', map: view(4) },
        { id: 'doubt', map: view(5) },
      ],
      timeline: { events: ['b'], from: '2025-01' },
    },
    { id: 'three', title: 'Three', steps: [{ id: 'start', map: view(3) }], timeline: { events: [] } },
  ],
  eventViews: { b: view(9) },
} as unknown as StoryData;

describe('storyState', () => {
  test('a chapter id gives that chapter’s complete map and timeline state and its address', () => {
    const state = storyState(data, { chapterId: 'two' });
    expect(state).toMatchObject({ chapterId: 'two', index: 1, total: 3, title: 'Two', hash: '#two', stepId: 'claim', stepIndex: 0, stepTotal: 3 });
    expect(state.map).toEqual(data.chapters[1].steps[0].map);
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
    expect(state.map).toEqual(data.chapters[0].steps[0].map);
  });

  test('a later step shows its own map, keeps the chapter’s timeline and is addressed #chapter/step', () => {
    const state = storyState(data, { chapterId: 'two', stepId: 'site' });
    expect(state).toMatchObject({ chapterId: 'two', stepId: 'site', stepIndex: 1, hash: '#two/site' });
    expect(state.map).toEqual(view(4));
    expect(state.timeline).toEqual(data.chapters[1].timeline);
  });

  test('a chapter’s first step is the chapter’s own address; an unknown step falls back to it', () => {
    expect(storyState(data, { chapterId: 'two', stepId: 'claim' }).hash).toBe('#two');
    expect(storyState(data, { chapterId: 'two', stepId: 'nope' })).toMatchObject({ stepId: 'claim', hash: '#two' });
  });

  test('an event selected on a later step takes the map and the address, and leaves the step where it is', () => {
    const state = storyState(data, { chapterId: 'two', stepId: 'doubt', eventId: 'b' });
    expect(state).toMatchObject({ stepId: 'doubt', hash: '#event-b', map: view(9) });
  });
});

describe('neighbourStep', () => {
  test('moves through a chapter’s steps and on across chapter boundaries, stopping at the ends', () => {
    expect(neighbourStep(data, { chapterId: 'one', stepId: 'start' }, 1)).toEqual({ chapterId: 'two', stepId: 'claim' });
    expect(neighbourStep(data, { chapterId: 'two', stepId: 'claim' }, 1)).toEqual({ chapterId: 'two', stepId: 'site' });
    expect(neighbourStep(data, { chapterId: 'two', stepId: 'doubt' }, 1)).toEqual({ chapterId: 'three', stepId: 'start' });
    expect(neighbourStep(data, { chapterId: 'three', stepId: 'start' }, -1)).toEqual({ chapterId: 'two', stepId: 'doubt' });
    expect(neighbourStep(data, { chapterId: 'one', stepId: 'start' }, -1)).toEqual({ chapterId: 'one', stepId: 'start' });
    expect(neighbourStep(data, { chapterId: 'three', stepId: 'start' }, 1)).toEqual({ chapterId: 'three', stepId: 'start' });
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
