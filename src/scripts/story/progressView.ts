/** The sticky progress line and "Chapter n of N" label, and the table of contents' current entry. */
import type { ViewApplier } from './render';

export function progressView(root: HTMLElement | null): ViewApplier {
  if (root) root.hidden = false;
  const fill = root?.querySelector<HTMLElement>('[data-progress-fill]');
  const label = root?.querySelector<HTMLElement>('[data-progress-label]');
  return (state) => {
    fill?.style.setProperty('--progress', String((state.index + 1) / state.total));
    if (label) label.textContent = `Chapter ${state.index + 1} of ${state.total}: ${state.title}`;
    for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-toc]')) {
      if (link.dataset.toc === state.chapterId) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
    for (const step of document.querySelectorAll<HTMLElement>('[data-chapter]')) {
      step.classList.toggle('is-active', step.dataset.chapter === state.chapterId);
    }
  };
}
