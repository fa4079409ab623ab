/** The embed code picker: shows the chosen option's code, hides the others. */
export function setupEmbedGenerator(root: HTMLElement | null): void {
  if (!root) return;
  const select = root.querySelector<HTMLSelectElement>('select');
  const options = [...root.querySelectorAll<HTMLDetailsElement>('[data-embed-option]')];
  if (!select || options.length === 0) return;
  const show = (id: string) => {
    for (const option of options) {
      const chosen = option.dataset.embedOption === id;
      option.hidden = !chosen;
      option.open = chosen;
    }
  };
  select.closest('[hidden]')?.removeAttribute('hidden');
  select.addEventListener('change', () => show(select.value));
  show(select.value);
}
