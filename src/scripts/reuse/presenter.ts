/**
 * Presenter mode for classrooms: ?present in the address, the "Present" button or the "f" key
 * (while focus is in the story) shows one chapter per screen in large type; arrow keys,
 * Space and a clicker's page keys page through and between chapters via the story's own navigation,
 * so the map, progress bar and address follow as usual. Escape leaves.
 */
import { presenterAction, PRESENT_KEY } from '../../lib/reuse/presenterKeys';
import { prefersReducedMotion } from '../story/motion';
import { onStory, type StoryController } from '../story/storyController';

const CLASS = 'is-presenting';

function status(message: string): void {
  let region = document.getElementById('presenter-status');
  if (!region) {
    region = document.createElement('p');
    region.id = 'presenter-status';
    region.className = 'visually-hidden';
    region.setAttribute('role', 'status');
    document.body.append(region);
  }
  region.textContent = message;
}

/**
 * Presenter mode on the story page: it pages through the story controller's chapters. Keys and
 * buttons answer at once; what needs the story waits for it to start (onStory runs at once after).
 */
export function setupPresenter(): void {
  let story: StoryController | undefined;
  onStory((started) => (story = started));
  const ids = [...document.querySelectorAll<HTMLElement>('.story [data-chapter]')].map((c) => c.dataset.chapter ?? '');
  if (ids.length === 0) return;
  const root = document.documentElement;
  const presenting = () => root.classList.contains(CLASS);
  // Where the last key sent the reader, until the scroll there ends: a clicker pressed twice
  // quickly moves two chapters, not one.
  let heading: string | undefined;
  window.addEventListener('scrollend', () => (heading = undefined));
  const current = () => heading ?? story?.state.chapterId ?? ids[0];
  const go = (chapterId: string) => {
    heading = chapterId;
    onStory((s) => s.goTo({ chapterId }, 'heading'));
  };

  const enter = (chapterId?: string) => {
    root.classList.add(CLASS);
    status('Presenter mode: one chapter per screen. Arrow keys or Space move between chapters; Escape leaves.');
    // The chapter the story shows, once it has started (a deep link's, or the one scrolled to).
    onStory((s) => {
      s.setPresenting(true);
      go(chapterId ?? current());
    });
  };
  const leave = () => {
    const chapterId = current();
    root.classList.remove(CLASS);
    onStory((s) => s.setPresenting(false));
    status('Presenter mode off.');
    go(chapterId);
  };
  const step = (by: 1 | -1) => {
    const index = Math.max(0, ids.indexOf(current()));
    go(ids[Math.min(ids.length - 1, Math.max(0, index + by))]);
  };
  /** Pages through the rest of a chapter taller than the screen, else moves to the next one. */
  const page = (by: 1 | -1) => {
    const box = document.getElementById(current())?.getBoundingClientRect();
    const hidden = box ? (by === 1 ? box.bottom - window.innerHeight : -box.top) : 0;
    if (hidden > 8) {
      window.scrollBy({ top: by * Math.min(hidden, window.innerHeight * 0.85), behavior: prefersReducedMotion() ? 'instant' : 'smooth' });
    } else step(by);
  };

  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-present]')) {
    button.hidden = false;
    button.addEventListener('click', () => enter(button.dataset.present || undefined));
  }

  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (target.closest('input, textarea, select, [contenteditable], summary')) return;
    if (!presenting()) {
      const inStory = target.closest('[data-chapter]');
      if (inStory && event.key === PRESENT_KEY && !event.altKey && !event.ctrlKey && !event.metaKey) {
        event.preventDefault();
        enter();
      }
      return;
    }
    // Buttons and links keep Space and Enter for themselves.
    if (event.key === ' ' && target.closest('button, a')) return;
    const action = presenterAction(event);
    if (!action) return;
    event.preventDefault();
    if (action === 'exit') leave();
    else if (action === 'next' || action === 'previous') step(action === 'next' ? 1 : -1);
    else page(action === 'forward' ? 1 : -1);
  });

  onStory(({ request }) => request.present && enter(request.chapterId));
}
