/** Filters by actor group and kind: hides list items and fades their marks; says how many remain. */
export interface Filters {
  /** Makes sure an event is visible, clearing the filters if they hide it. */
  reveal(item: HTMLElement): void;
}

export function setupFilters(form: HTMLFormElement, items: HTMLElement[], marksOf: (id: string) => Element[], onChange: () => void): Filters {
  const status = form.querySelector('[data-tl-count]');
  const apply = () => {
    const checked = (name: string) => new Set([...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value));
    const lanes = checked('lane');
    const kinds = checked('kind');
    let shown = 0;
    for (const item of items) {
      const visible = lanes.has(item.dataset.lane ?? '') && kinds.has(item.dataset.kind ?? '');
      item.hidden = !visible;
      for (const mark of marksOf(item.dataset.eventId ?? '')) mark.classList.toggle('is-filtered', !visible);
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
    reveal(item) {
      if (!item.hidden) return;
      form.reset();
      for (const input of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) input.checked = true;
      apply();
    },
  };
}
