/**
 * Which kind of input the reader last used, on <html data-input="keys|pointer">. A step's card
 * shows a focus ring only after a key: a deep link's landing also focuses its step (Chromium
 * focuses a focusable fragment target), and a reader who followed a link has not asked for a ring.
 */
export function trackInputModality(): void {
  const root = document.documentElement;
  document.addEventListener('keydown', () => (root.dataset.input = 'keys'), { capture: true });
  document.addEventListener('pointerdown', () => (root.dataset.input = 'pointer'), { capture: true });
}
