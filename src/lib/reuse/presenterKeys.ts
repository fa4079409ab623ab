/**
 * Keys in presenter mode: what a keyboard and a presentation clicker send (clickers send
 * PageDown/PageUp or the arrow keys) mapped to what the presenter does.
 */
/**
 * next/previous jump a whole chapter; forward/back first page through a chapter longer than
 * the screen (as a reader would), then move on, so a clicker never skips text.
 */
export type PresenterAction = 'next' | 'previous' | 'forward' | 'back' | 'exit';

const ACTIONS: Record<string, PresenterAction> = {
  ArrowRight: 'next',
  ArrowDown: 'forward',
  PageDown: 'forward',
  ' ': 'forward',
  ArrowLeft: 'previous',
  ArrowUp: 'back',
  PageUp: 'back',
  Escape: 'exit',
};

/** The key that turns presenter mode on while focus is in the story. */
export const PRESENT_KEY = 'f';

export function presenterAction(event: { key: string; shiftKey?: boolean; altKey?: boolean; ctrlKey?: boolean; metaKey?: boolean }): PresenterAction | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  // Shift+Space scrolls back in browsers; keep that meaning.
  if (event.key === ' ' && event.shiftKey) return 'back';
  return ACTIONS[event.key] ?? null;
}
