/**
 * Keys in presenter mode: what a keyboard and a presentation clicker send (clickers send
 * PageDown/PageUp, some the arrow keys) mapped to a move between slides.
 */
export type PresenterAction = 'next' | 'previous' | 'first' | 'last' | 'exit';

const ACTIONS: Record<string, PresenterAction> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  Escape: 'exit',
};

/** The key that turns presenter mode on while focus is in the story. */
export const PRESENT_KEY = 'f';

export function presenterAction(event: { key: string; shiftKey?: boolean; altKey?: boolean; ctrlKey?: boolean; metaKey?: boolean }): PresenterAction | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  // Shift+Space goes back in browsers; keep that meaning.
  if (event.key === ' ' && event.shiftKey) return 'previous';
  return ACTIONS[event.key] ?? null;
}
