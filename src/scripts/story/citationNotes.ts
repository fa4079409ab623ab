/**
 * With JS, a citation number opens its note beside the text instead of jumping to the list:
 * a native popover (Escape and outside clicks close it) holding a copy of the note's nodes and
 * the verbatim excerpts. Without JS, or without popover support, the link jumps to the note.
 */

export function setupCitationNotes(): void {
  // A #note-… address (a link from elsewhere, "See all sources") opens the folded notes holding it;
  // browsers that do not open a <details> for its target on their own get it opened here.
  const openTargetNotes = () => {
    const id = location.hash.slice(1);
    if (!id.startsWith('note-')) return;
    document.getElementById(decodeURIComponent(id))?.closest('details:not([open])')?.setAttribute('open', '');
  };
  openTargetNotes();
  window.addEventListener('hashchange', openTargetNotes);
  if (!('showPopover' in HTMLElement.prototype)) return;
  const panel = document.createElement('aside');
  panel.className = 'note-popover ui';
  panel.setAttribute('popover', 'auto');
  panel.setAttribute('aria-label', 'Source note');
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'note-popover__close';
  close.textContent = 'Close';
  const body = document.createElement('div');
  body.className = 'note-popover__body';
  panel.append(close, body);
  document.body.append(panel);

  let opener: HTMLElement | null = null;
  close.addEventListener('click', () => panel.hidePopover());
  panel.addEventListener('toggle', (event) => {
    if ((event as ToggleEvent).newState === 'closed') opener?.focus({ preventScroll: true });
  });

  document.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('sup.cite a');
    const note = link && document.getElementById(link.hash.slice(1));
    if (!link || !note) return;
    event.preventDefault();
    opener = link;
    const heading = document.createElement('p');
    heading.className = 'note-popover__title';
    heading.textContent = `Note ${link.textContent ?? ''}`;
    const copy = [...note.children].filter((child) => !child.classList.contains('notes__back')).map((child) => child.cloneNode(true));
    const all = document.createElement('a');
    all.href = link.hash;
    all.textContent = 'See all sources for this chapter';
    all.addEventListener('click', () => {
      panel.hidePopover();
      note.closest('details')?.setAttribute('open', '');
    });
    body.replaceChildren(heading, ...copy, all);
    panel.showPopover();
    close.focus({ preventScroll: true });
    // The excerpts' code loads with the first note a reader opens, and only that chapter's excerpts with it.
    const excerpts = note.closest<HTMLElement>('[data-excerpts]')?.dataset.excerpts;
    void import('../sources/sourceExcerpts').then(({ addExcerpts }) => addExcerpts(body, excerpts));
  });
}
