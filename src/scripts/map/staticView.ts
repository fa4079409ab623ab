/**
 * The sticky graphic's static fallback: shows the active chapter's static map (its figure's
 * inline SVG, or the image the story page links instead). Used until MapLibre has drawn its first frame, and for good if it never does.
 */
import type { StoryState } from '../../lib/story/storyState';

export function staticView(root: HTMLElement): (state: StoryState) => void {
  const frame = root.querySelector<HTMLElement>('[data-map-static]');
  let shownChapter: string | undefined;
  return (state) => {
    if (!frame || state.chapterId === shownChapter) return;
    const map = document.querySelector(`[data-static-map="${CSS.escape(state.chapterId)}"] [data-static-graphic] > :is(svg, img)`);
    if (map) frame.replaceChildren(map.cloneNode(true));
    shownChapter = state.chapterId;
    // Which chapter the graphic shows, for tests and for styles.
    root.dataset.graphicChapter = state.chapterId;
  };
}
