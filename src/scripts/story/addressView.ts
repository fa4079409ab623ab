/**
 * Keeps the address bar on the current chapter without adding history entries. It only
 * replaces an address that is empty or already names a story chapter or event: a reader who
 * came for #timeline, a source note or #main keeps that address.
 */
import type { ViewApplier } from './render';

export function addressView(isStoryHash: (hash: string) => boolean): ViewApplier {
  let first = true;
  return (state) => {
    // The first render reflects the address the page was opened with; leave it as it is.
    if (first) {
      first = false;
      return;
    }
    if (location.hash === state.hash) return;
    if (location.hash && !isStoryHash(location.hash)) return;
    history.replaceState(history.state, '', `${location.pathname}${location.search}${state.hash}`);
  };
}
