/**
 * The sticky graphic's static fallback: shows the active chapter's static SVG (built into the
 * chapter's figure) and its legend. Used until MapLibre is ready, and for good if it never is.
 */
import type { StoryState } from '../../lib/story/storyState';
import { legendFor } from '../../lib/map/legend';

export function staticView(root: HTMLElement): (state: StoryState) => void {
  const frame = root.querySelector<HTMLElement>('[data-map-static]');
  const legend = root.querySelector<HTMLElement>('[data-map-legend]');
  let shownChapter: string | undefined;
  let shownMap: StoryState['map'] | undefined;
  return (state) => {
    if (legend && state.map !== shownMap) {
      legend.replaceChildren(
        ...legendFor(state.map).map((entry) => {
          const item = document.createElement('li');
          const symbol = document.createElement('span');
          symbol.className = `legend-symbol legend-symbol--${entry.symbol}`;
          item.append(symbol, entry.text);
          return item;
        }),
      );
      shownMap = state.map;
      // The static view keeps its focus area above the legend (storyGraphic.css).
      root.style.setProperty('--legend-height', `${legend.offsetHeight}px`);
    }
    if (!frame || state.chapterId === shownChapter) return;
    const svg = document.querySelector(`[data-static-map="${CSS.escape(state.chapterId)}"] [data-static-graphic] svg`);
    if (svg) frame.replaceChildren(svg.cloneNode(true));
    shownChapter = state.chapterId;
    // Which chapter the graphic shows, for tests and for styles.
    root.dataset.graphicChapter = state.chapterId;
  };
}
