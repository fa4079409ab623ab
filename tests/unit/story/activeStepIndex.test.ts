import { describe, expect, test } from 'vitest';
import { activeStepIndex } from '../../../src/scripts/story/scrollSteps';

// Three 500 px steps laid out from `start`, as getBoundingClientRect would report them.
const layout = (start: number) => {
  const tops = [start, start + 500, start + 1000];
  return { tops, bottoms: tops.map((t) => t + 500) };
};

describe('activeStepIndex', () => {
  test('the step containing the trigger line is active', () => {
    const { tops, bottoms } = layout(-600); // second step spans -100..400
    expect(activeStepIndex(tops, bottoms, 300)).toBe(1);
  });

  test('before the first step reaches the line, the first step is active', () => {
    const { tops, bottoms } = layout(800);
    expect(activeStepIndex(tops, bottoms, 300)).toBe(0);
  });

  test('after the last step has passed, the last step stays active', () => {
    const { tops, bottoms } = layout(-5000);
    expect(activeStepIndex(tops, bottoms, 300)).toBe(2);
  });

  test('in a gap between steps, the last step above the line is active', () => {
    const tops = [-900, 400];
    const bottoms = [-400, 900];
    expect(activeStepIndex(tops, bottoms, 300)).toBe(0);
  });

  test('scrolling back up gives the earlier step again (decided from geometry, not history)', () => {
    const down = layout(-1100);
    const up = layout(-600);
    expect(activeStepIndex(down.tops, down.bottoms, 300)).toBe(2);
    expect(activeStepIndex(up.tops, up.bottoms, 300)).toBe(1);
  });
});
