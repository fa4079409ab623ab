/**
 * Citations are built at build time with the content's "as of" date as the access date;
 * in the browser they are rebuilt with the reader's own today.
 */
import { citeChapter, localDay, type CitedChapter, type Citations } from '../../lib/reuse/citeChapter';

export function refreshCitations(root: ParentNode = document, today = new Date()): void {
  for (const block of root.querySelectorAll<HTMLElement>('[data-cite]')) {
    let chapter: CitedChapter;
    try {
      chapter = JSON.parse(block.dataset.cite ?? '') as CitedChapter;
    } catch {
      continue;
    }
    const citations = citeChapter({ ...chapter, accessed: localDay(today) });
    for (const output of block.querySelectorAll<HTMLElement>('[data-cite-style]')) {
      const style = output.dataset.citeStyle as keyof Citations;
      if (style in citations) output.textContent = citations[style];
    }
  }
}
