/**
 * Presenter mode (presenter.ts) is loaded when it is asked for, so a reader who never presents does
 * not download it: ?present in the address, a "Present from here" button, or the present key with
 * focus in the story. The request that loaded it is then handed to it as if it had been listening.
 */
import { presentRequested } from '../../lib/url/readLocation';
import { PRESENT_KEY } from '../../lib/reuse/presenterKeys';

let loading: Promise<void> | undefined;
const presenter = () => (loading ??= import('./presenter').then(({ setupPresenter }) => setupPresenter()));

export function presentOnDemand(): void {
  if (presentRequested(location.search)) {
    void presenter();
    return;
  }
  let loaded = false;
  const load = () => presenter().then(() => (loaded = true));
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('[data-present]')];
  for (const button of buttons) {
    button.hidden = false;
    button.addEventListener('click', () => void (loaded || load().then(() => button.click())));
  }
  const onKey = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (loaded || event.key !== PRESENT_KEY || event.altKey || event.ctrlKey || event.metaKey) return;
    if (target.closest('input, textarea, select, [contenteditable]') || !target.closest('[data-chapter]')) return;
    event.preventDefault();
    document.removeEventListener('keydown', onKey);
    void load().then(() => target.dispatchEvent(new KeyboardEvent('keydown', { key: event.key, bubbles: true, cancelable: true })));
  };
  document.addEventListener('keydown', onKey);
}
