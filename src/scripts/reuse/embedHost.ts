/**
 * The script host pages load with the embed code (served as /embed/host.js, a classic script so
 * it works cross-origin without CORS). It sizes each embed iframe to the height the embed
 * reports, trusting a message only if it comes from that very iframe's window and origin and
 * has exactly the protocol's shape. Several embeds and repeated loads of the script are fine.
 */
import { acceptHeightMessage } from '../../lib/reuse/heightMessage';

const FLAG = '__oreshnikEmbedHost';
const host = window as unknown as Record<string, boolean>;

if (!host[FLAG]) {
  host[FLAG] = true;
  window.addEventListener('message', (event) => {
    for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-oreshnik-embed]')) {
      if (frame.contentWindow !== event.source) continue;
      let origin: string;
      try {
        origin = new URL(frame.src, location.href).origin;
      } catch {
        return;
      }
      const height = acceptHeightMessage(event, origin);
      if (height !== null) frame.style.height = `${height}px`;
      return;
    }
  });
}
