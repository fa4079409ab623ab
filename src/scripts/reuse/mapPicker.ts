/**
 * The map embed lists every chapter's map (all visible without JS); with JS a chapter picker
 * shows one at a time. A fragment (/embed/map/#where-it-is) chooses the first map shown.
 */
import { knownFragment } from '../../lib/url/readLocation';

export function setupMapPicker(root: HTMLElement | null): void {
  if (!root) return;
  const select = root.querySelector<HTMLSelectElement>('select');
  const panels = [...root.querySelectorAll<HTMLElement>('[data-map-panel]')];
  if (!select || panels.length === 0) return;
  const ids = panels.map((p) => p.dataset.mapPanel ?? '');
  const show = (id: string) => {
    for (const panel of panels) panel.hidden = panel.dataset.mapPanel !== id;
    select.value = id;
  };
  show(knownFragment(location.hash, ids) ?? ids[0]);
  root.classList.add('is-picking');
  select.closest('[hidden]')?.removeAttribute('hidden');
  select.addEventListener('change', () => {
    if (ids.includes(select.value)) show(select.value);
  });
}
