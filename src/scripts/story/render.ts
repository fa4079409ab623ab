/**
 * What a view of the story is: an idempotent function that applies a complete story state
 * (progress, map, timeline). Views subscribe to the story controller (storyController.ts).
 */
import type { StoryState } from '../../lib/story/storyState';

export interface RenderOptions {
  /** False for the first render, deep links and reduced motion: jump, do not fly. */
  animate: boolean;
}

export type ViewApplier = (state: StoryState, options: RenderOptions) => void;
