/**
 * Presenter mode's slides: one per step of the story, in reading order. The story controller
 * moves between steps; this says which slide a step is, what the counter reads and which way a
 * swipe goes.
 */

export interface Slide {
  chapterId: string;
  stepId: string;
}

/** Every step of every chapter, in order. */
export function slidesOf(chapters: readonly { id: string; steps: readonly string[] }[]): Slide[] {
  return chapters.flatMap((c) => c.steps.map((stepId) => ({ chapterId: c.id, stepId })));
}

/**
 * The slide showing a step; a chapter without a (known) step starts at its first slide, as its
 * address does; an unknown chapter is the first slide.
 */
export function slideIndexOf(slides: readonly Slide[], at: { chapterId: string; stepId?: string }): number {
  const step = slides.findIndex((s) => s.chapterId === at.chapterId && s.stepId === at.stepId);
  if (step >= 0) return step;
  return Math.max(0, slides.findIndex((s) => s.chapterId === at.chapterId));
}

/** What the counter reads, e.g. "Slide 7 of <all steps> · Chapter 2: What Oreshnik is". */
export function slideCounter(index: number, total: number, chapter: { index: number; title: string }): string {
  return `Slide ${index + 1} of ${total} · Chapter ${chapter.index + 1}: ${chapter.title}`;
}

/** Shortest horizontal travel, in CSS pixels, that counts as a swipe rather than a tap. */
export const SWIPE_MIN = 48;

/**
 * A finger's travel from touch to lift: a mostly horizontal swipe to the left shows the next
 * slide, to the right the previous one (as a page is turned); anything else is not a swipe.
 */
export function swipeAction(dx: number, dy: number): 'next' | 'previous' | null {
  if (Math.abs(dx) < SWIPE_MIN || Math.abs(dx) < 1.5 * Math.abs(dy)) return null;
  return dx < 0 ? 'next' : 'previous';
}
