/**
 * A typed adapter over scrollama. Scrollama tells us *when* to look (its enter/exit callbacks);
 * which step is active is then decided from geometry, so resizes, zooms, jumps and scrolling
 * back never leave the story on a stale step (its enter/exit order alone is not reliable).
 */
import scrollama from 'scrollama';

export interface StepWatcher {
  /** Reports the active step on the next check even if it has not changed. */
  reset(): void;
  destroy(): void;
}

/** The step whose box contains the trigger line, else the last one above it, else the first. */
export function activeStepIndex(tops: readonly number[], bottoms: readonly number[], line: number): number {
  let active = 0;
  for (let i = 0; i < tops.length; i++) {
    if (tops[i] <= line) active = i;
    if (tops[i] <= line && bottoms[i] > line) return i;
  }
  return active;
}

export function watchSteps(
  steps: HTMLElement[],
  onActive: (index: number) => void,
  /**
   * Trigger line as a fraction of the viewport height from the top: the middle of the text band on
   * phones (the map holds the top 56 %).
   */
  offset = 0.75,
): StepWatcher {
  let last = -1;
  let frame = 0;
  const check = () => {
    frame = 0;
    const line = window.innerHeight * offset;
    const boxes = steps.map((s) => s.getBoundingClientRect());
    // A chapter's heading belongs to its first step: a chapter's link lands on the heading, and on a
    // small screen the step itself may start below the line.
    const tops = steps.map((s, i) => (s.previousElementSibling?.classList.contains('chapter__head') ? s.previousElementSibling.getBoundingClientRect().top : boxes[i].top));
    const index = activeStepIndex(tops, boxes.map((b) => b.bottom), line);
    if (index !== last) {
      last = index;
      onActive(index);
    }
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(check);
  };

  // scrollama's types only allow offsets in tenths; its code takes any fraction.
  const scroller = scrollama()
    .setup({ step: steps, offset: offset as scrollama.DecimalType })
    .onStepEnter(schedule)
    .onStepExit(schedule);
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule);
  check();
  return {
    reset() {
      last = -1;
      schedule();
    },
    destroy() {
      scroller.destroy();
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      if (frame) cancelAnimationFrame(frame);
    },
  };
}
