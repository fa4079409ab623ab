/**
 * The one entry point that applies a story state to the page. Views (progress, map, timeline,
 * address bar) register an idempotent apply function; a view that arrives late (the map loads
 * lazily) is brought up to date with the current state at once.
 */
import type { StoryState } from '../../lib/story/storyState';

export interface RenderOptions {
  /** False for the first render, deep links and reduced motion: jump, do not fly. */
  animate: boolean;
}

export type ViewApplier = (state: StoryState, options: RenderOptions) => void;

const views = new Map<string, ViewApplier>();
let current: StoryState | undefined;

export function registerView(name: string, apply: ViewApplier): void {
  views.set(name, apply);
  if (current) safely(name, apply, current, { animate: false });
}

export function render(state: StoryState, options: RenderOptions): void {
  current = state;
  for (const [name, apply] of views) safely(name, apply, state, options);
}

export const currentState = (): StoryState | undefined => current;

function safely(name: string, apply: ViewApplier, state: StoryState, options: RenderOptions) {
  try {
    apply(state, options);
  } catch (error) {
    // One broken view must not take the others (or the article) down with it.
    console.warn(`[story] view "${name}" failed`, error);
  }
}
