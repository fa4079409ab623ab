/**
 * The timeline's part of the story state: the chapter's events highlighted, its date window
 * drawn, the event the reader picked marked. Complete on every call, so it can be applied in any order.
 */
import { windowKey } from '../../lib/time/timelineLayout';
import type { ViewApplier } from '../story/render';
import { eventIdOf } from './eventItem';

export function timelineView(root: HTMLElement, items: HTMLElement[], marksOf: (id: string) => Element[]): ViewApplier {
  const hint = root.querySelector<HTMLElement>('[data-tl-focus]');
  return (state) => {
    const focus = new Set(state.timeline.events);
    for (const item of items) {
      const id = eventIdOf(item);
      const selected = id === state.timeline.selected;
      item.classList.toggle('is-focus', focus.has(id));
      item.classList.toggle('is-selected', selected);
      for (const mark of marksOf(id)) {
        mark.classList.toggle('is-focus', focus.has(id));
        mark.classList.toggle('is-selected', selected);
      }
    }
    // Looked up on every call: an image of the chart may have become the inline chart (inlineCharts.ts).
    for (const chart of root.querySelectorAll('[data-chart]')) chart.classList.toggle('has-focus', focus.size > 0);
    const key = windowKey(state.timeline);
    for (const w of root.querySelectorAll<SVGElement>('[data-window]')) w.classList.toggle('is-current', w.dataset.window === key);
    if (hint) {
      hint.hidden = focus.size === 0;
      hint.textContent = `Highlighted: the ${focus.size} events told in chapter ${state.index + 1}, “${state.title}”, and the dates it covers.`;
    }
  };
}
