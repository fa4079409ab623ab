/**
 * Arrow keys move along the events: one event summary is in the tab order at a time (roving
 * tabindex), so Tab leaves the list in one step and arrows walk it, skipping filtered-out events.
 */
import { EVENT_ITEM } from './eventItem';

export interface Roving {
  /** Makes this summary the one Tab returns to. */
  setCurrent(summary: HTMLElement): void;
  /** Re-homes the tab stop after filtering. */
  refresh(): void;
}

export function setupRovingFocus(list: HTMLElement, summaries: HTMLElement[]): Roving {
  let current = summaries[0];
  const visible = () => summaries.filter((s) => !s.closest<HTMLElement>(EVENT_ITEM)?.hidden);
  const setCurrent = (summary: HTMLElement) => {
    current = summary;
    for (const s of summaries) s.tabIndex = s === summary ? 0 : -1;
  };
  list.addEventListener('keydown', (event) => {
    const from = event.target as HTMLElement;
    if (!summaries.includes(from) || event.altKey || event.ctrlKey || event.metaKey) return;
    const shown = visible();
    const index = shown.indexOf(from);
    const target = {
      ArrowDown: shown[index + 1],
      ArrowRight: shown[index + 1],
      ArrowUp: shown[index - 1],
      ArrowLeft: shown[index - 1],
      Home: shown[0],
      End: shown[shown.length - 1],
    }[event.key];
    if (!target) return;
    event.preventDefault();
    setCurrent(target);
    target.focus();
  });
  list.addEventListener('focusin', (event) => {
    if (summaries.includes(event.target as HTMLElement)) setCurrent(event.target as HTMLElement);
  });
  setCurrent(current);
  return {
    setCurrent,
    refresh() {
      const shown = visible();
      if (shown.length > 0 && !shown.includes(current)) setCurrent(shown[0]);
    },
  };
}
