/**
 * The compact timeline draws its chart as an image (light HTML, nothing to run without JS). Once
 * the image a reader sees has loaded, the same file (usually from the browser's cache) replaces it
 * inline, so its marks link to their events, show their titles, fade with the filters and follow
 * the story's highlight as on the full timeline. The hidden orientation's image, never loaded, waits.
 */
export function inlineCharts(root: HTMLElement, onInline: () => void): void {
  for (const img of root.querySelectorAll<HTMLImageElement>('img[data-chart]')) {
    const swap = async () => {
      try {
        const response = await fetch(img.currentSrc || img.src);
        if (!response.ok) throw new Error(`${response.url}: ${response.status}`);
        // The file's own styles are left out: the page's stylesheet has them, and the page's CSP
        // refuses inline styles (even in a parsed document that is never shown).
        const text = (await response.text()).replace(/<style>[\s\S]*?<\/style>/, '');
        const svg = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
        if (svg.localName !== 'svg' || !img.isConnected) return;
        img.replaceWith(document.importNode(svg, true));
        onInline();
      } catch (error) {
        console.warn('[timeline] the chart stays an image', error);
      }
    };
    if (img.complete && img.naturalWidth > 0) void swap();
    else img.addEventListener('load', () => void swap(), { once: true });
  }
}
