/**
 * Inside an iframe, tells the host page how tall the embed's content is, whenever it changes,
 * so the host script can size the frame (no inner scrollbar). The height is not secret, and the
 * host's origin is unknown in advance, so the message goes to any parent; the host checks
 * that it comes from this site.
 */
import { heightMessage } from '../../lib/reuse/heightMessage';

export function reportHeight(id: string | undefined): void {
  if (window.parent === window) return;
  let last = 0;
  let frame = 0;
  const send = () => {
    frame = 0;
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage(heightMessage(height, id), '*');
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(send);
  };
  new ResizeObserver(schedule).observe(document.body);
  // Opening a <details> or a late image changes the height without resizing the window.
  document.addEventListener('toggle', schedule, true);
  window.addEventListener('load', schedule);
  send();
}
