/**
 * The story page's share, cite and embed tools (presenter mode starts apart, with the page): each
 * chapter's links to /cite/ become its "Cite" and "Embed" panels, cloned from the page's one
 * template, then every copy button is wired.
 */
import { setupCopyButtons } from './copyButtons';
import { CHAPTER_TOKEN, citeChapter, localDay, type Citations, type SharedCitation } from '../../lib/reuse/citeChapter';
import { chapterEmbed, embedSnippet } from '../../lib/reuse/embeds';

/** The template's attributes that name its chapter: ids and what points at them, and the preview link. */
const NAMING = ['id', 'for', 'href', 'data-copy-from', 'data-copy-status'];

function panelsFor(template: HTMLTemplateElement, shared: SharedCitation, tools: HTMLElement, today: Date): DocumentFragment {
  const { tools: chapter = '', title = '' } = tools.dataset;
  const panels = template.content.cloneNode(true) as DocumentFragment;
  for (const element of panels.querySelectorAll('*')) {
    for (const name of NAMING) {
      const value = element.getAttribute(name);
      if (value?.includes(CHAPTER_TOKEN)) element.setAttribute(name, value.replaceAll(CHAPTER_TOKEN, chapter));
    }
  }
  // The permalink as the page shows it, on the address it is served from (servedAddress.ts).
  const url = tools.querySelector<HTMLAnchorElement>('[data-permalink]')?.href ?? '';
  const citations = citeChapter({ ...shared, chapterTitle: title, url, accessed: localDay(today) });
  for (const output of panels.querySelectorAll<HTMLElement>('[data-cite-style]')) output.textContent = citations[output.dataset.citeStyle as keyof Citations];
  const code = panels.querySelector('textarea');
  if (code) code.textContent = embedSnippet(chapterEmbed(chapter, title), { site: new URL(url).origin, siteTitle: shared.siteTitle });
  return panels;
}

export function fillChapterTools(root: ParentNode = document, today = new Date()): void {
  const template = root.querySelector<HTMLTemplateElement>('template#chapter-tools');
  if (!template) return;
  const shared = JSON.parse(template.dataset.chapterTools ?? '{}') as SharedCitation;
  for (const tools of root.querySelectorAll<HTMLElement>('.tools[data-tools]')) {
    tools.querySelector('[data-tools-links]')?.replaceWith(panelsFor(template, shared, tools, today));
  }
}

fillChapterTools();
setupCopyButtons();
