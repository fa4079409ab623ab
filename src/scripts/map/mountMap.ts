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
import { signalMap } from './mapSignal';

export async function mountMap(): Promise<ViewApplier | undefined> {
  const root = document.querySelector<HTMLElement>('[data-story-graphic]');
  if (!root) return undefined;
  const showStatic = staticView(root);
  const legend = mapLegend(root);
  const explore = setupExplore(root, legend);
  let live: ViewApplier | undefined;
  let latest: StoryState | undefined;

  const note = (text: string) => {
    signalMap('static');
    const el = root.querySelector<HTMLElement>('[data-map-note]');
    if (!el) return;
    el.textContent = text;
    el.hidden = false;
  };

  void webgl2Offered().then((offered) => {
    if (!offered) {
      note('The interactive map needs WebGL, which this browser does not offer; the maps shown are static.');
      return;
    }
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
  });

  return (state: StoryState, options: RenderOptions) => {
    latest = state;
    showStatic(state);
    if (state.map) legend.show(state.map);
    explore.offerAt(state.index === state.total - 1);
    live?.(state, options);
  };
}

/**
 * A page's first WebGL context is slow to create: it starts the browser's GPU side (with software
 * rendering on a slow phone, a task of 0.5–4 s). Created on the main thread, just as the map came
 * into view, it froze the scroll; so a worker creates (and drops) the first one, and the page's
 * own check, and then MapLibre's context, are quick. The check stays on the page because a
 * worker's answer is not the page's: browsers may offer WebGL to one and not the other.
 * MapLibre 6 needs WebGL2.
 */
async function webgl2Offered(): Promise<boolean> {
  await warmUpOffThread();
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    // Given back at once rather than when the canvas is collected: contexts are few.
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return Boolean(gl);
  } catch {
    return false;
  }
}

const WARM_UP = `try { new OffscreenCanvas(1, 1).getContext('webgl2')?.getExtension('WEBGL_lose_context')?.loseContext(); } catch {}
postMessage('done');`;

/** Resolves once a worker has created a WebGL2 context, or could not (then nothing is lost). */
function warmUpOffThread(): Promise<void> {
  return new Promise((resolve) => {
    let worker: Worker | undefined;
    let url = '';
    const done = () => {
      worker?.terminate();
      URL.revokeObjectURL(url);
      resolve();
    };
    try {
      url = URL.createObjectURL(new Blob([WARM_UP], { type: 'text/javascript' }));
      worker = new Worker(url);
      worker.onmessage = done;
      worker.onerror = done;
    } catch {
      done();
    }
  });
}
