/**
 * Keeps the address bar on the current chapter without adding history entries. It only
 * replaces an address that is empty or already names a story chapter or event: a reader who
 * came for #timeline, a source note or #main keeps that address.
 *
 * The address a reader arrived with (an event link, a chapter link) stays until the reader
 * moves: landing, the page scrolls, fonts and the map settle, and the story passes through
 * other chapters; rewriting the address then would lose the link the reader was given.
 */
import type { ViewApplier } from './render';

const READER_INPUT = ['wheel', 'touchmove', 'keydown', 'pointerdown'] as const;

export function addressView(isStoryHash: (hash: string) => boolean): ViewApplier {
  let first = true;
  let held = location.hash !== '';
  if (held) {
    const release = () => {
      held = false;
      for (const type of READER_INPUT) window.removeEventListener(type, release, true);
    };
    for (const type of READER_INPUT) window.addEventListener(type, release, { capture: true, passive: true });
  }
  return (state) => {
    // The first render reflects the address the page was opened with; leave it as it is.
    if (first) {
      first = false;
      return;
    }
    if (held || location.hash === state.hash) return;
    if (location.hash && !isStoryHash(location.hash)) return;
    history.replaceState(history.state, '', `${location.pathname}${location.search}${state.hash}`);
  };
}
