/**
 * The sticky progress line and "Chapter n of N" label, the table of contents' current entry, and
 * the current chapter and step marked `is-active` (for the layout).
 */
import type { ViewApplier } from './render';

export function progressView(root: HTMLElement | null): ViewApplier {
  if (root) root.hidden = false;
  const fill = root?.querySelector<HTMLElement>('[data-progress-fill]');
  const label = root?.querySelector<HTMLElement>('[data-progress-label]');
  const chapters = [...document.querySelectorAll<HTMLElement>('[data-chapter]')];
  return (state) => {
    // Through the chapters, and through the steps within the current one.
    fill?.style.setProperty('--progress', String((state.index + (state.stepIndex + 1) / state.stepTotal) / state.total));
    if (label) label.textContent = `Chapter ${state.index + 1} of ${state.total}: ${state.title}`;
    for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-toc]')) {
      if (link.dataset.toc === state.chapterId) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
    for (const chapter of chapters) {
      const active = chapter.dataset.chapter === state.chapterId;
      chapter.classList.toggle('is-active', active);
      for (const step of chapter.querySelectorAll<HTMLElement>('.step[data-step]')) {
        step.classList.toggle('is-active', active && step.dataset.step === state.stepId);
      }
    }
  };
}
