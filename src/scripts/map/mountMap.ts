/**
 * The story's map view. Loaded when the reader nears the story: it swaps the sticky static SVG
 * to each chapter's view at once, then starts MapLibre (its own, larger chunk) if the browser
 * can run it. If it cannot, or MapLibre fails, the static maps stay and a short note says so.
 */
import type { RenderOptions, ViewApplier } from '../story/render';
import type { StoryState } from '../../lib/story/storyState';
import { staticView } from './staticView';
import { setupExplore } from './explore';
import { mapLegend } from './mapLegend';

export async function mountMap(): Promise<ViewApplier | undefined> {
  const root = document.querySelector<HTMLElement>('[data-story-graphic]');
  if (!root) return undefined;
  const showStatic = staticView(root);
  const legend = mapLegend(root);
  const explore = setupExplore(root, legend);
  let live: ViewApplier | undefined;
  let latest: StoryState | undefined;

  const note = (text: string) => {
    root.dataset.map = 'static';
    const el = root.querySelector<HTMLElement>('[data-map-note]');
    if (!el) return;
    el.textContent = text;
    el.hidden = false;
  };

  if (!webglAvailable()) {
    note('The interactive map needs WebGL, which this browser does not offer; the maps shown are static.');
  } else {
    import('./liveMap')
      .then(({ startLiveMap }) => startLiveMap(root, explore))
      .then((apply) => {
        live = apply;
        if (latest) apply(latest, { animate: false });
      })
      .catch((error) => {
        console.warn('[map] the interactive map failed; static maps remain', error);
        note('The interactive map could not start; the maps shown are static.');
      });
  }

  return (state: StoryState, options: RenderOptions) => {
    latest = state;
    showStatic(state);
    legend.show(state.map);
    explore.offerAt(state.index === state.total - 1);
    live?.(state, options);
  };
}

function webglAvailable(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}
