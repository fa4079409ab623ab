/**
 * Presenter mode as slides, for classrooms: ?present in the address (with #chapter or
 * #chapter/step to start there), a chapter's "Present from here" button or the "f" key (while
 * focus is in the story) show one step per slide beside (or under) the map at full height.
 * Next and previous: the slide bar's buttons, a click or tap on the slide, a swipe, the keys a
 * keyboard or clicker sends. Every move goes through the story controller, so the map, address
 * and focus follow as when reading; the layout is CSS (presenter.css) over the classes the
 * progress view sets on the current chapter and step. Escape leaves.
 */
import { presenterAction, PRESENT_KEY, type PresenterAction } from '../../lib/reuse/presenterKeys';
import { slideCounter, slideIndexOf, slidesOf, swipeAction, type Slide } from '../../lib/reuse/slides';
import type { StoryState } from '../../lib/story/storyState';
import { onStory, type StoryController } from '../story/storyController';

const CLASS = 'is-presenting';
/** Clicks on these inside a slide do their own thing; elsewhere a click shows the next slide. */
const OWN_CLICKS = 'a, button, summary, input, select, textarea, label, [data-map-legend], .step__more[open]';
/** The smallest the type shrinks to make a long step fit its slide, as a share of its full size. */
const MIN_FIT = 0.7;

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

/** Shrinks the slide's type in small steps until its text fits the slide without scrolling (or reaches MIN_FIT). */
function fitText(box: HTMLElement): void {
  let fit = 1;
  box.style.setProperty('--slide-fit', '1');
  while (box.scrollHeight > box.clientHeight + 1 && fit > MIN_FIT) {
    fit = Math.max(MIN_FIT, fit - 0.05);
    box.style.setProperty('--slide-fit', String(fit));
  }
}

export function setupPresenter(): void {
  const root = document.documentElement;
  const layout = document.querySelector<HTMLElement>('.story__layout');
  const text = document.querySelector<HTMLElement>('.story__steps');
  const bar = document.querySelector<HTMLElement>('[data-slidebar]');
  const counter = bar?.querySelector<HTMLElement>('[data-slide-counter]');
  const chapters = [...document.querySelectorAll<HTMLElement>('.story [data-chapter]')];
  if (!layout || !text || !bar || !counter || chapters.length === 0) return;
  const slides: Slide[] = slidesOf(chapters.map((c) => ({ id: c.dataset.chapter ?? '', steps: [...c.querySelectorAll<HTMLElement>('.step[data-step]')].map((s) => s.dataset.step ?? '') })));
  const moves = {
    previous: bar.querySelector<HTMLButtonElement>('[data-slide-move="previous"]'),
    next: bar.querySelector<HTMLButtonElement>('[data-slide-move="next"]'),
  };
  const presenting = () => root.classList.contains(CLASS);

  // The slide view: counter, ends of the deck, type that fits, and a signal for tests and tools.
  let fitting = 0;
  const render = (state: StoryState) => {
    if (!presenting()) return;
    const index = slideIndexOf(slides, state);
    counter.textContent = slideCounter(index, slides.length, { index: state.index, title: state.title });
    if (moves.previous) moves.previous.disabled = index === 0;
    if (moves.next) moves.next.disabled = index === slides.length - 1;
    // Next frame: every view (the progress view marks the step shown) has applied the state.
    cancelAnimationFrame(fitting);
    fitting = requestAnimationFrame(() => {
      fitText(text);
      root.dataset.slide = String(index + 1);
    });
  };
  onStory((story) => story.subscribe('slides', render));
  new ResizeObserver(() => presenting() && fitText(text)).observe(text);

  const show = (story: StoryController, slide: Slide) => story.goTo(slide, 'step');
  const move = (action: Exclude<PresenterAction, 'exit'>) =>
    onStory((story) => {
      if (action === 'next' || action === 'previous') story.step(action === 'next' ? 1 : -1);
      else show(story, slides[action === 'first' ? 0 : slides.length - 1]);
    });

  /** `moveFocus` false: the page opened presenting, and the story already shows the step the address asked for. */
  const enter = (at?: { chapterId: string; stepId?: string }, moveFocus = true) => {
    root.classList.add(CLASS);
    bar.hidden = false;
    status('Slides: one step of the story per slide. Arrow keys, Space, a click or a swipe move between slides; Escape leaves.');
    onStory((story) => {
      story.setPresenting(true);
      if (moveFocus) show(story, slides[slideIndexOf(slides, at ?? story.state)]);
      else render(story.state);
    });
  };
  const leave = () => {
    root.classList.remove(CLASS);
    bar.hidden = true;
    cancelAnimationFrame(fitting);
    delete root.dataset.slide;
    status('Slides off.');
    onStory((story) => {
      story.setPresenting(false);
      // Back in the article at the step the slides reached.
      story.goTo(story.state, 'step');
    });
  };

  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-present]')) {
    button.hidden = false;
    button.addEventListener('click', () => enter(button.dataset.present ? { chapterId: button.dataset.present } : undefined));
  }
  for (const [action, button] of Object.entries(moves)) button?.addEventListener('click', () => move(action as 'next' | 'previous'));
  bar.querySelector('[data-slide-leave]')?.addEventListener('click', leave);

  // A swipe by finger or pen; the slide keeps vertical panning (CSS) for a card longer than the screen.
  let start: { id: number; x: number; y: number } | undefined;
  let swiped = false;
  layout.addEventListener('pointerdown', (event) => {
    swiped = false;
    start = presenting() && event.pointerType !== 'mouse' ? { id: event.pointerId, x: event.clientX, y: event.clientY } : undefined;
  });
  layout.addEventListener('pointerup', (event) => {
    if (!start || event.pointerId !== start.id) return;
    const action = swipeAction(event.clientX - start.x, event.clientY - start.y);
    start = undefined;
    if (!action) return;
    swiped = true;
    move(action);
  });
  layout.addEventListener('pointercancel', () => (start = undefined));
  // A click or tap on the slide turns it, unless it was on something with a click of its own,
  // ended a text selection or a swipe (a pen's swipe still clicks).
  layout.addEventListener('click', (event) => {
    const target = event.target as Element;
    if (!presenting() || event.button !== 0 || bar.contains(target) || target.closest(OWN_CLICKS)) return;
    if (!document.getSelection()?.isCollapsed || swiped) return;
    move('next');
  });

  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (target.closest('input, textarea, select, [contenteditable]')) return;
    if (!presenting()) {
      const chapterId = target.closest<HTMLElement>('[data-chapter]')?.dataset.chapter;
      if (chapterId && event.key === PRESENT_KEY && !event.altKey && !event.ctrlKey && !event.metaKey) {
        event.preventDefault();
        // From the step with focus; else the step the story shows, if it is in the focused chapter; else that chapter's start.
        const stepId = target.closest<HTMLElement>('.step[data-step]')?.dataset.step;
        onStory(({ state }) => enter(stepId || chapterId !== state.chapterId ? { chapterId, stepId } : state));
      }
      return;
    }
    // Buttons, links and folds keep Space; an open source note closes on Escape first.
    if (event.key === ' ' && target.closest('button, a, summary')) return;
    if (event.key === 'Escape' && 'showPopover' in HTMLElement.prototype && document.querySelector(':popover-open')) return;
    const action = presenterAction(event);
    if (!action) return;
    event.preventDefault();
    if (action === 'exit') leave();
    else move(action);
  });

  // Opening the page presenting moves no focus: a ring round the first slide on the projector
  // before anyone has pressed a key. The browser itself focuses a #chapter/step target while
  // the page loads; that focus is let go until the page has loaded.
  onStory(({ request }) => {
    if (!request.present) return;
    enter(undefined, false);
    const letGo = (event: FocusEvent) => event.target instanceof HTMLElement && event.target.matches('.step') && event.target.blur();
    // Loaded on demand, this may run after the browser has already focused the target.
    letGo({ target: document.activeElement } as FocusEvent);
    if (document.readyState === 'complete') return;
    document.addEventListener('focusin', letGo);
    window.addEventListener('load', () => document.removeEventListener('focusin', letGo), { once: true });
  });
}
