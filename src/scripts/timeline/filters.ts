/** Filters by actor group and kind: hides list items and fades their marks; says how many remain. */
import { KIND_LABELS, LANE_LABELS } from '../../lib/time/timelineLabels';
import { eventIdOf } from './eventItem';

export interface Filters {
  /** Makes sure an event is visible, clearing the filters if they hide it. */
  reveal(item: HTMLElement): void;
  /** Applies the filters again (to marks drawn since). */
  apply(): void;
}

/** An element with its class, attributes and children; text children are text, never markup. */
function el(tag: string, attributes: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** The form's fields, with how many events each keeps. Written here: without JS there is nothing to filter with. */
function fields(items: HTMLElement[]): HTMLElement[] {
  const fieldset = (legend: string, name: 'lane' | 'kind', labels: Record<string, string>) => {
    const options = Object.entries(labels).flatMap(([value, label]) => {
      const n = items.filter((item) => item.dataset[name] === value).length;
      return n > 0 ? [el('label', {}, el('input', { type: 'checkbox', name, value, checked: '' }), ` ${label} `, el('span', { class: 'tl-filters__n' }, `(${n})`))] : [];
    });
    return el('fieldset', {}, el('legend', {}, legend), ...options);
  };
  const status = el(
    'div',
    { class: 'tl-filters__status' },
    el('p', { class: 'tl-filters__count', 'data-tl-count': '', 'aria-live': 'polite' }, `Showing all ${items.length} events.`),
    el('button', { type: 'reset', class: 'button' }, 'Show all'),
  );
  return [fieldset('Who', 'lane', LANE_LABELS), fieldset('Kind of event', 'kind', KIND_LABELS), status];
}

export function setupFilters(form: HTMLFormElement, items: HTMLElement[], marksOf: (id: string) => Element[], onChange: () => void): Filters {
  form.replaceChildren(...fields(items));
  const status = form.querySelector('[data-tl-count]');
  const apply = () => {
    const checked = (name: string) => new Set([...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value));
    const lanes = checked('lane');
    const kinds = checked('kind');
    let shown = 0;
    for (const item of items) {
      const visible = lanes.has(item.dataset.lane ?? '') && kinds.has(item.dataset.kind ?? '');
      item.hidden = !visible;
      for (const mark of marksOf(eventIdOf(item))) mark.classList.toggle('is-filtered', !visible);
      if (visible) shown++;
    }
    if (status) status.textContent = shown === items.length ? `Showing all ${shown} events.` : `Showing ${shown} of ${items.length} events.`;
    onChange();
  };
  form.addEventListener('change', apply);
  // The reset event fires before the inputs change back.
  form.addEventListener('reset', () => setTimeout(apply));
  form.addEventListener('submit', (e) => e.preventDefault());
  form.hidden = false;
  return {
    apply,
    reveal(item) {
      if (!item.hidden) return;
      form.reset();
      for (const input of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) input.checked = true;
      apply();
    },
  };
}
