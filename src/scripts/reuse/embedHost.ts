/**
 * The script host pages load with the embed code (served as /embed/host.js, a classic script so
 * it works cross-origin without CORS). It sizes each embed iframe to the height the embed
 * reports. A message is trusted only if it comes from the window of an iframe on the page whose
 * address and sender are both on the site that served this script, and has exactly the
 * protocol's shape. Frames are found by their window, not by an attribute: CMS filters strip
 * unknown attributes. Several embeds and repeated loads of the script are fine.
 */
import { acceptHeightMessage } from '../../lib/reuse/heightMessage';

const FLAG = '__oreshnikEmbedHost';
const host = window as unknown as Record<string, boolean>;

const originOf = (url: string): string | null => {
  try {
    return new URL(url, location.href).origin;
  } catch {
    return null;
  }
};

if (!host[FLAG]) {
  host[FLAG] = true;
  // The site's origin, from this script's own address (read now: currentScript is null later).
  const script = document.currentScript as HTMLScriptElement | null;
  const siteOrigin = script?.src ? originOf(script.src) : null;
  window.addEventListener('message', (event) => {
    if (event.source === null || event.source === window) return;
    for (const frame of document.getElementsByTagName('iframe')) {
      if (frame.contentWindow !== event.source) continue;
      const origin = originOf(frame.src);
      if (origin === null || (siteOrigin !== null && origin !== siteOrigin)) return;
      const height = acceptHeightMessage(event, origin);
      if (height !== null) frame.style.height = `${height}px`;
      return;
    }
  });
}
