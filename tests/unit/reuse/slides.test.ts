import { describe, expect, test } from 'vitest';
import { slideCounter, slideIndexOf, slidesOf, swipeAction, SWIPE_MIN } from '../../../src/lib/reuse/slides';

const slides = slidesOf([
  { id: 'announcement', steps: ['in-belarus', 'why'] },
  { id: 'what-it-is', steps: ['first-strike', 'claims', 'how-far'] },
  { id: 'reactions', steps: ['tusk'] },
]);

describe('slides', () => {
  test('one slide per step, chapter by chapter, in reading order', () => {
    expect(slides.map((s) => `${s.chapterId}/${s.stepId}`)).toEqual([
      'announcement/in-belarus',
      'announcement/why',
      'what-it-is/first-strike',
      'what-it-is/claims',
      'what-it-is/how-far',
      'reactions/tusk',
    ]);
  });

  test('a step is found across chapters; a chapter alone, or with an unknown step, starts at its first slide', () => {
    expect(slideIndexOf(slides, { chapterId: 'what-it-is', stepId: 'how-far' })).toBe(4);
    expect(slideIndexOf(slides, { chapterId: 'reactions' })).toBe(5);
    expect(slideIndexOf(slides, { chapterId: 'what-it-is', stepId: 'gone' })).toBe(2);
    // Step ids repeat across chapters: the chapter decides.
    expect(slideIndexOf(slidesOf([{ id: 'a', steps: ['how-far'] }, { id: 'b', steps: ['how-far'] }]), { chapterId: 'b', stepId: 'how-far' })).toBe(1);
  });

  test('an unknown chapter is the first slide', () => {
    expect(slideIndexOf(slides, { chapterId: 'nowhere', stepId: 'x' })).toBe(0);
  });

  test('the counter counts from 1 and names the chapter', () => {
    expect(slideCounter(6, 45, { index: 1, title: 'What Oreshnik is' })).toBe('Slide 7 of 45 · Chapter 2: What Oreshnik is');
  });
});

describe('swipes', () => {
  test('a swipe to the left is the next slide, to the right the previous', () => {
    expect(swipeAction(-120, 10)).toBe('next');
    expect(swipeAction(120, -10)).toBe('previous');
  });

  test('a short or mostly vertical movement is no swipe (a tap, or scrolling a long card)', () => {
    expect(swipeAction(-(SWIPE_MIN - 1), 0)).toBeNull();
    expect(swipeAction(0, 0)).toBeNull();
    expect(swipeAction(-100, 90)).toBeNull();
    expect(swipeAction(80, -200)).toBeNull();
  });
});
