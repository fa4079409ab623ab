/** Keeps the address bar on the current chapter without adding history entries. */
import type { ViewApplier } from './render';

export function addressView(): ViewApplier {
  return (state) => {
    if (location.hash === state.hash) return;
    // Before the reader scrolls past the introduction, keep the bare address.
    if (state.index === 0 && !location.hash && !state.eventId && window.scrollY < window.innerHeight) return;
    history.replaceState(history.state, '', `${location.pathname}${location.search}${state.hash}`);
  };
}
