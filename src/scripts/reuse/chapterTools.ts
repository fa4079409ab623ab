/**
 * The story page's share, cite and embed tools (presenter mode starts apart, with the page): each
 * chapter's links to /cite/ become its "Cite" and "Embed" panels, cloned from the page's one
 * template, then every copy button is wired.
 */
import { setupCopyButtons } from './copyButtons';
import { citeChapter, localDay, type Citations, type SharedCitation } from '../../lib/reuse/citeChapter';
import { chapterEmbed, embedPath, embedSnippet } from '../../lib/reuse/embeds';
import { sitePath } from '../../lib/publishing/siteAddress';

/** The template's attributes that hold ids, which start with the id of the chapter it is written for. */
const IDS = ['id', 'for', 'data-copy-from', 'data-copy-status'];

function panelsFor(template: HTMLTemplateElement, shared: SharedCitation, tools: HTMLElement, today: Date): DocumentFragment {
  const { tools: chapter = '', title = '' } = tools.dataset;
  const panels = template.content.cloneNode(true) as DocumentFragment;
  const prefix = `${shared.chapter}-`;
  for (const element of panels.querySelectorAll('*')) {
    for (const name of IDS) {
      const value = element.getAttribute(name);
      if (value?.startsWith(prefix)) element.setAttribute(name, `${chapter}-${value.slice(prefix.length)}`);
    }
  }
  const preview = panels.querySelector<HTMLAnchorElement>(`a[href="${sitePath(embedPath({ id: shared.chapter }))}"]`);
  preview?.setAttribute('href', sitePath(embedPath({ id: chapter })));
  // The permalink as the page shows it, on the address it is served from (servedAddress.ts).
  const url = tools.querySelector<HTMLAnchorElement>('[data-permalink]')?.href ?? '';
  const { storyTitle, siteName, updated, siteTitle } = shared;
  const citations = citeChapter({ chapterTitle: title, storyTitle, siteName, updated, url, accessed: localDay(today) });
  for (const output of panels.querySelectorAll<HTMLElement>('[data-cite-style]')) output.textContent = citations[output.dataset.citeStyle as keyof Citations];
  const code = panels.querySelector('textarea');
  if (code) code.textContent = embedSnippet(chapterEmbed(chapter, title), { site: new URL(url).origin, siteTitle });
  return panels;
}

function fillChapterTools(): void {
  const template = document.querySelector<HTMLTemplateElement>('template#chapter-tools');
  if (!template) return;
  const shared = JSON.parse(template.dataset.chapterTools ?? '{}') as SharedCitation;
  const today = new Date();
  for (const tools of document.querySelectorAll<HTMLElement>('.tools[data-tools]')) {
    tools.querySelector('[data-tools-links]')?.replaceWith(panelsFor(template, shared, tools, today));
  }
}

fillChapterTools();
setupCopyButtons();
