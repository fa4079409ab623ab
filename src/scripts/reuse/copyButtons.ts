/**
 * "Copy" buttons: each names the element holding the text (`data-copy-from`). With the
 * Clipboard API the text is copied and a visible, announced confirmation appears; without it
 * (old browsers, insecure origins, some iframes) the text is selected for the reader to copy.
 * The buttons are hidden without JS, where the text itself is on the page to select.
 */
function textOf(source: HTMLElement): string {
  if (source instanceof HTMLInputElement || source instanceof HTMLTextAreaElement) return source.value;
  if (source instanceof HTMLAnchorElement) return source.href;
  return source.textContent?.trim() ?? '';
}

function select(source: HTMLElement): void {
  if (source instanceof HTMLInputElement || source instanceof HTMLTextAreaElement) {
    source.focus();
    source.select();
    return;
  }
  const range = document.createRange();
  range.selectNodeContents(source);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

function announce(button: HTMLElement, message: string): void {
  const status = document.getElementById(button.dataset.copyStatus ?? '');
  if (!status) return;
  // Clearing first makes screen readers repeat the message on a second copy.
  status.textContent = '';
  requestAnimationFrame(() => (status.textContent = message));
}

async function copy(button: HTMLButtonElement): Promise<void> {
  const source = document.getElementById(button.dataset.copyFrom ?? '');
  if (!source) return;
  const what = button.dataset.copyWhat ?? 'Text';
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no Clipboard API');
    await navigator.clipboard.writeText(textOf(source));
    announce(button, `${what} copied to the clipboard.`);
  } catch {
    select(source);
    announce(button, `${what} selected: press Ctrl+C (or ⌘C) to copy it.`);
  }
}

export function setupCopyButtons(root: ParentNode = document): void {
  // Idempotent: the story and the timeline each set up their own buttons on the same page.
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy-from]:not([data-copy-ready])')) {
    button.dataset.copyReady = '';
    button.hidden = false;
    button.addEventListener('click', () => void copy(button));
  }
}
