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

export function setupKeyboard(steps: HTMLElement[], onStep: (step: 1 | -1) => void): void {
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
    if (!steps.some((s) => s.contains(target))) return;
    if (event.key === 'n') onStep(1);
    else if (event.key === 'p') onStep(-1);
    else return;
    event.preventDefault();
  });
}
