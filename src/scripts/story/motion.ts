/**
 * Motion preference: the system setting, overridden by the reader's own toggle, remembered in
 * localStorage (the only thing the site stores; kept in memory where storage is blocked).
 */
const KEY = 'oreshnik-motion';
type Choice = 'reduce' | 'full';
let remembered: Choice | undefined;

function readChoice(): Choice | undefined {
  if (remembered) return remembered;
  try {
    const value = localStorage.getItem(KEY);
    return value === 'reduce' || value === 'full' ? value : undefined;
  } catch {
    return undefined;
  }
}

export function prefersReducedMotion(): boolean {
  const choice = readChoice();
  if (choice) return choice === 'reduce';
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

function reflect(button: HTMLButtonElement | null): void {
  const reduce = prefersReducedMotion();
  document.documentElement.dataset.motion = reduce ? 'reduce' : 'full';
  button?.setAttribute('aria-pressed', String(reduce));
}

export function setupMotionToggle(button: HTMLButtonElement | null): void {
  reflect(button);
  button?.addEventListener('click', () => {
    remembered = prefersReducedMotion() ? 'full' : 'reduce';
    try {
      localStorage.setItem(KEY, remembered);
    } catch {
      // Blocked storage (some embeds): the choice lasts for this page view.
    }
    reflect(button);
  });
}
