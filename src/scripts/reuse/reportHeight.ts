/**
 * Inside an iframe, tells the host page how tall the embed's content is, whenever it changes,
 * in every protocol a host may speak (ours, pym.js, WordPress, Datawrapper), and again when the
 * host asks. The height is not secret and the host's origin is unknown in advance, so messages
 * go to any parent; hosts check where they come from.
 *
 * This runs as the embed page's inline classic script (src/lib/build/embedHeightScript.ts), not
 * as a module: in a frame sandboxed without same-origin (WordPress) the site's modules are
 * cross-origin and may be blocked, and the height must still arrive.
 */
import { framingFrom, heightMessagesFor, isHeightRequest } from '../../lib/reuse/heightMessage';

export function reportHeight(id: string | undefined): void {
  if (window.parent === window) return;
  const framing = framingFrom(location, id);
  let last = 0;
  let frame = 0;
  const send = (force: boolean) => {
    frame = 0;
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last && !force) return;
    last = height;
    for (const message of heightMessagesFor(height, framing)) window.parent.postMessage(message, '*');
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(() => send(false));
  };
  new ResizeObserver(schedule).observe(document.body);
  // Opening a <details> or a late image changes the height without resizing the window.
  document.addEventListener('toggle', schedule, true);
  window.addEventListener('load', schedule);
  window.addEventListener('message', (event) => {
    if (event.source === window.parent && isHeightRequest(event.data, framing)) send(true);
  });
  send(true);
}
