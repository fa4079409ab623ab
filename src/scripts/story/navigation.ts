/**
 * Keyboard paths through the story: the chapters' own next/previous links move focus to the
 * target heading, and "n"/"p" do the same while focus is inside the story.
 */
import { prefersReducedMotion } from './motion';

export function goToChapter(id: string): void {
  const heading = document.getElementById(`${id}-title`);
  const chapter = document.getElementById(id);
  if (!heading || !chapter) return;
  chapter.scrollIntoView({ behavior: prefersReducedMotion() ? 'instant' : 'smooth', block: 'start' });
  heading.focus({ preventScroll: true });
}

/** `onStep` gets the chapter the reader's focus is in: keys move from where the reader is, not from scroll state. */
export function setupKeyboard(steps: HTMLElement[], onStep: (step: 1 | -1, fromChapterId: string) => void): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-step]')) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      goToChapter(link.hash.slice(1));
    });
  }
  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement;
    if (target.closest('input, textarea, select, [contenteditable]')) return;
    const from = steps.find((s) => s.contains(target))?.dataset.chapter;
    if (!from) return;
    if (event.key === 'n') onStep(1, from);
    else if (event.key === 'p') onStep(-1, from);
    else return;
    event.preventDefault();
  });
}
