/**
 * The sticky map's legend: only what the view shows, behind a "Legend (n)" button. CSS opens it
 * on wide screens and shuts it on narrow ones until the reader chooses (no script decides, so
 * nothing moves when this loads). During the story, like the map it keys, it is hidden from
 * assistive tech and out of the tab order (each chapter has its own text version, and a focused
 * button could sit under a card); explore mode exposes it.
 */
import { legendFor } from '../../lib/map/legend';
import type { MapView } from '../../lib/map/mapView';

export interface MapLegend {
  show(view: MapView): void;
  expose(exposed: boolean): void;
}

export function mapLegend(root: HTMLElement): MapLegend {
  const box = root.querySelector<HTMLElement>('[data-map-legend]');
  const toggle = box?.querySelector<HTMLButtonElement>('[data-legend-toggle]');
  const list = box?.querySelector<HTMLElement>('[data-legend-list]');
  let shown: MapView | undefined;

  const isOpen = () => Boolean(list?.checkVisibility());
  toggle?.addEventListener('click', () => {
    if (box) box.dataset.open = String(!isOpen());
  });
  // The list opens and shuts by a click or by CSS at a width change: either way the box resizes.
  if (box) {
    new ResizeObserver(() => {
      toggle?.setAttribute('aria-expanded', String(isOpen()));
      // The static view keeps its focus area above the legend (storyGraphic.css).
      root.style.setProperty('--legend-height', `${box.offsetHeight}px`);
    }).observe(box);
  }

  return {
    show(view) {
      if (!box || !toggle || !list || view === shown) return;
      shown = view;
      const entries = legendFor(view);
      list.replaceChildren(
        ...entries.map((entry) => {
          const item = document.createElement('li');
          const symbol = document.createElement('span');
          symbol.className = `legend-symbol legend-symbol--${entry.symbol}`;
          item.append(symbol, entry.text);
          return item;
        }),
      );
      toggle.textContent = `Legend (${entries.length})`;
      box.hidden = entries.length === 0;
    },
    expose(exposed) {
      if (exposed) {
        box?.removeAttribute('aria-hidden');
        toggle?.removeAttribute('tabindex');
      } else {
        box?.setAttribute('aria-hidden', 'true');
        toggle?.setAttribute('tabindex', '-1');
      }
    },
  };
}
