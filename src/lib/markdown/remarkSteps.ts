/**
 * Turns a chapter's ```step fences into the story's step markup:
 *
 *     <section class="step" id="{chapter}/{step}" data-step="{step}" tabindex="-1">
 *       <div class="step__card prose">running text
 *         <details class="step__more"><summary>More on this</summary>fold</details>
 *         <p class="visually-hidden step__map-alt">what the map shows at this step</p>
 *       </div>
 *     </section>
 *
 * A chapter without fences becomes one step holding its whole body, so every chapter has the
 * same markup. Real elements (hName), not raw HTML, so later plugins still see the text nodes.
 * A step takes focus (tabindex -1) when the keyboard moves the story to it. The live map is hidden
 * from assistive technology, so each step says in words what its map shows (the fence's `alt`).
 */
import type { Code, Root, RootContent } from 'mdast';
import { chapterIdFromPath } from './remarkCitations';
import { stepHeadOf, WHOLE_CHAPTER_STEP } from '../build/chapterSteps';
import { stepAnchor } from '../content/steps';

interface Box {
  type: string;
  data: { hName: string; hProperties?: Record<string, string | number | string[]> };
  children: unknown[];
}

const box = (hName: string, hProperties: Box['data']['hProperties'], children: unknown[]): Box => ({
  type: `step-${hName}`,
  data: { hName, hProperties },
  children,
});

const isFence = (node: RootContent, lang: 'step' | 'more'): node is Code => node.type === 'code' && node.lang === lang;

export function remarkSteps() {
  return (tree: Root, file: { path?: string; history?: string[] }) => {
    const path = file.path ?? file.history?.[0] ?? '';
    const chapterId = chapterIdFromPath(path);
    const headOf = (fence: Code): { id: string; alt?: string } => {
      const { id, alt } = stepHeadOf(fence.value);
      // The content check names the field; this only guards the build against a missing id.
      if (!id) throw new Error(`${path}: a step fence without an id (line ${fence.position?.start.line ?? '?'})`);
      return { id, alt };
    };

    const groups: { id: string; alt?: string; nodes: RootContent[] }[] = [];
    if (!tree.children.some((n) => isFence(n, 'step'))) groups.push({ id: WHOLE_CHAPTER_STEP, nodes: tree.children });
    else {
      for (const node of tree.children) {
        if (isFence(node, 'step')) groups.push({ ...headOf(node), nodes: [] });
        // Text before the first step fails the content check; keep it readable meanwhile.
        else if (groups.length === 0) groups.push({ id: WHOLE_CHAPTER_STEP, nodes: [node] });
        else groups.at(-1)!.nodes.push(node);
      }
    }

    tree.children = groups.map(({ id, alt, nodes }) => {
      const fold = nodes.findIndex((n) => isFence(n, 'more'));
      const text = fold < 0 ? nodes : nodes.slice(0, fold);
      const more = fold < 0 ? [] : nodes.slice(fold + 1).filter((n) => !isFence(n, 'more'));
      const card = [
        ...text,
        ...(more.length ? [box('details', { className: ['step__more'] }, [box('summary', { className: ['ui'] }, [{ type: 'text', value: 'More on this' }]), ...more])] : []),
        ...(alt ? [box('p', { className: ['visually-hidden', 'step__map-alt'] }, [{ type: 'text', value: alt }])] : []),
      ];
      return box('section', { className: ['step'], id: stepAnchor(chapterId, id), dataStep: id, tabIndex: -1 }, [box('div', { className: ['step__card', 'prose'] }, card)]) as unknown as RootContent;
    });
  };
}
