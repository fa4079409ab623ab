/**
 * Starts something once, when any of `targets` comes near the viewport: code and data that a
 * reader needs only further down the page stay out of the first view (and off slow networks).
 */
export function whenNear(targets: Element[], start: () => unknown, options: { margin?: string; now?: boolean } = {}): void {
  if (targets.length === 0) return;
  if (options.now || !('IntersectionObserver' in window)) {
    start();
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      start();
    },
    { rootMargin: options.margin ?? '0px' },
  );
  targets.forEach((target) => observer.observe(target));
}
