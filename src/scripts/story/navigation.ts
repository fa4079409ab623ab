/**
 * Keyboard paths through the story: "j"/"k" move to the next or previous step, "n"/"p" to the
 * next or previous chapter, while focus is in the story (or nowhere in particular while the story
 * is on screen); the chapters' own next/previous links move focus to the target heading.
 * Every move goes through the story controller, which scrolls, focuses and updates the address.
 */
import type { StoryController } from './storyController';
import { neighbourChapter, type StoryChaptersData } from '../../lib/story/storyState';

type From = { chapterId: string; stepId?: string };

const KEYS: Record<string, (story: StoryController, data: StoryChaptersData, from: From) => void> = {
  j: (story, _, from) => story.step(1, from),
  k: (story, _, from) => story.step(-1, from),
  n: (story, data, from) => story.goTo({ chapterId: neighbourChapter(data, from.chapterId, 1) }, 'heading'),
  p: (story, data, from) => story.goTo({ chapterId: neighbourChapter(data, from.chapterId, -1) }, 'heading'),
};

export function setupKeyboard(story: StoryController, data: StoryChaptersData, storyRoot: HTMLElement): void {
  for (const link of storyRoot.querySelectorAll<HTMLAnchorElement>('[data-chapter-link]')) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      story.goTo({ chapterId: link.hash.slice(1) }, 'heading');
    });
  }
  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const move = KEYS[event.key];
    if (!move) return;
    const target = event.target as HTMLElement;
    if (target.closest('input, textarea, select, [contenteditable]')) return;
    const inStory = storyRoot.contains(target);
    const box = storyRoot.getBoundingClientRect();
    const storyOnScreen = target === document.body && box.top < window.innerHeight && box.bottom > 0;
    if (!inStory && !storyOnScreen) return;
    // Keys move from where the reader's focus is (a step, or a chapter's heading or notes), else
    // from the step the story shows.
    const step = target.closest<HTMLElement>('.step[data-step]')?.dataset.step;
    const chapter = target.closest<HTMLElement>('[data-chapter]')?.dataset.chapter;
    const from = chapter && (step || chapter !== story.state.chapterId) ? { chapterId: chapter, stepId: step } : story.state;
    event.preventDefault();
    move(story, data, from);
  });
}
