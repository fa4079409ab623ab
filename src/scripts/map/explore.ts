/**
 * "Explore the map": after the last chapter the reader may pan and zoom. The graphic then takes
 * the window, is exposed to assistive tech with its legend, and "Back to the story" (or Escape) returns.
 */
import type { MapLegend } from './mapLegend';

export interface Explore {
  /** Show the offer only at the end of the story. */
  offerAt(lastChapter: boolean): void;
  /** Called by the live map to switch its input handlers. */
  onChange(listener: (exploring: boolean) => void): void;
}

export function setupExplore(root: HTMLElement, legend: MapLegend): Explore {
  const box = root.querySelector<HTMLElement>('[data-map-explore]');
  const start = root.querySelector<HTMLButtonElement>('[data-explore-start]');
  const end = root.querySelector<HTMLButtonElement>('[data-explore-end]');
  const frame = root.querySelector<HTMLElement>('[data-map-frame]');
  const listeners: ((exploring: boolean) => void)[] = [];
  let live = false;
  let offered = false;

  const set = (exploring: boolean) => {
    root.classList.toggle('is-exploring', exploring);
    // During the story the map is out of reach of assistive tech and of the keyboard alike; while
    // exploring, the story's cards under it are (Tab must not lead behind the map).
    if (frame) frame.inert = !exploring;
    const steps = root.closest('.story')?.querySelector<HTMLElement>('.story__steps');
    if (steps) steps.inert = exploring;
    if (exploring) frame?.removeAttribute('aria-hidden');
    else frame?.setAttribute('aria-hidden', 'true');
    legend.expose(exploring);
    if (start) start.hidden = exploring;
    if (end) end.hidden = !exploring;
    listeners.forEach((l) => l(exploring));
    (exploring ? end : start)?.focus();
  };
  start?.addEventListener('click', () => set(true));
  end?.addEventListener('click', () => set(false));
  root.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && root.classList.contains('is-exploring')) set(false);
  });
  const refresh = () => {
    if (box) box.hidden = !(live && offered);
  };
  return {
    offerAt(lastChapter) {
      offered = lastChapter;
      if (!lastChapter && root.classList.contains('is-exploring')) set(false);
      refresh();
    },
    onChange(listener) {
      live = true;
      listeners.push(listener);
      refresh();
    },
  };
}
