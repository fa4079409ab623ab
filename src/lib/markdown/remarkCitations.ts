/**
 * Turns `[@id]` markers in chapter Markdown into numbered links to the chapter's notes.
 * Numbering follows findCitations(), which the notes list uses too, so they always agree.
 * A marker's note (`[@id | in TASS's English]`) goes to the notes list only, never into the text.
 * A claim label ("Official claim") is shown once per step (remarkSteps' sections), at the first
 * marker it applies to, not on every marker. Values marked `[…]{computed}` are shown with how
 * the site computed them.
 */
import type { Root, Text, Html, Parent } from 'mdast';
import { findCitations } from '../content/citations';
import { renderComputedValues } from '../content/computedValues';

export interface CitationOptions {
  /** A short label ("Official claim") for ids that name an event with a claim status worth flagging. */
  claimLabel?: (id: string) => string | undefined;
}

export const chapterIdFromPath = (path: string): string =>
  (path.split('/').pop() ?? '').replace(/\.md$/, '').replace(/^\d+-/, '');

export const noteId = (chapterId: string, n: number): string => `note-${chapterId}-${n}`;
export const refId = (chapterId: string, n: number): string => `ref-${chapterId}-${n}`;

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export function remarkCitations(options: CitationOptions = {}) {
  return (tree: Root, file: { path?: string; history?: string[] }) => {
    const chapterId = chapterIdFromPath(file.path ?? file.history?.[0] ?? '');
    let n = 0;
    let labelled = new Set<string>();
    const label = (ids: string[]) => {
      const found = ids.map((id) => options.claimLabel?.(id)).find(Boolean);
      if (!found || labelled.has(found)) return undefined;
      labelled.add(found);
      return found;
    };
    const visit = (node: Parent) => {
      if ((node.data as { hProperties?: { dataStep?: string } } | undefined)?.hProperties?.dataStep !== undefined) labelled = new Set();
      for (let i = 0; i < node.children.length; i++) {
        const child = node.children[i];
        if (child.type === 'text') {
          (child as Text).value = renderComputedValues((child as Text).value);
          const parts = splitText(child as Text, chapterId, () => ++n, label);
          if (parts) {
            node.children.splice(i, 1, ...parts);
            i += parts.length - 1;
          }
        } else if ('children' in child) visit(child as Parent);
      }
    };
    visit(tree);
  };
}

function splitText(node: Text, chapterId: string, next: () => number, claimLabel: (ids: string[]) => string | undefined): (Text | Html)[] | undefined {
  const markers = findCitations(node.value);
  if (markers.length === 0) return undefined;
  const out: (Text | Html)[] = [];
  let at = 0;
  for (const m of markers) {
    // The marker follows its sentence directly: "territory¹", not "territory ¹".
    const before = node.value.slice(at, m.index).replace(/\s+$/, '');
    if (before) out.push({ type: 'text', value: before });
    const n = next();
    const label = claimLabel(m.ids);
    const badge = label ? `<span class="claim-flag">${escape(label)}</span>` : '';
    out.push({
      type: 'html',
      value: `${badge}<sup class="cite"><a href="#${noteId(chapterId, n)}" id="${refId(chapterId, n)}" aria-label="Source note ${n}">${n}</a></sup>`,
    });
    at = m.index + m.length;
  }
  if (at < node.value.length) out.push({ type: 'text', value: node.value.slice(at) });
  return out;
}
