/**
 * A chapter's Markdown body as a sequence of steps. Each step opens with a fenced block of YAML:
 *
 *     ```step
 *     id: krichev
 *     map: { fit: [belarus, krichev-site], highlight: [krichev-site] }
 *     ```
 *     The step's running text: a few short sentences, cited as usual [@source-id].
 *
 *     ```more
 *     ```
 *     Detail that does not fit the step: shown folded under "More on this".
 *
 * The YAML is returned unparsed-to-schema (`meta`) so the caller validates it with stepSchema and
 * can name the file and field of a problem. Pure string work: no Node or browser APIs.
 */

/** Opens a step: ```step, its YAML, ```. */
const STEP_FENCE = /^```step[ \t]*\r?\n([\s\S]*?)\r?\n```[ \t]*$/gm;
/** Opens the folded detail of a step: an empty ```more fence. */
const MORE_FENCE = /^```more[ \t]*\r?\n```[ \t]*$/m;

export interface RawStep {
  /** The YAML inside the step's fence, as written. */
  yaml: string;
  /** The step's running text (Markdown), before any "More on this" fold. */
  text: string;
  /** The folded detail (Markdown), if the step has one. */
  more?: string;
  /** 1-based line of the step's fence in the body, for messages. */
  line: number;
}

export interface SplitBody {
  /** Text before the first step fence (a chapter with steps should have none). */
  before: string;
  steps: RawStep[];
}

const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

export function splitSteps(body: string): SplitBody {
  const fences = [...body.matchAll(STEP_FENCE)];
  if (fences.length === 0) return { before: body.trim(), steps: [] };
  const steps = fences.map((fence, i) => {
    const start = (fence.index ?? 0) + fence[0].length;
    const end = i + 1 < fences.length ? (fences[i + 1].index ?? body.length) : body.length;
    const passage = body.slice(start, end);
    const more = MORE_FENCE.exec(passage);
    return {
      yaml: fence[1],
      text: (more ? passage.slice(0, more.index) : passage).trim(),
      more: more ? passage.slice(more.index + more[0].length).trim() || undefined : undefined,
      line: lineOf(body, fence.index ?? 0),
    };
  });
  return { before: body.slice(0, fences[0].index).trim(), steps };
}

/** The body without its step and fold fences: every passage a reader reads, in order. */
export function withoutStepFences(body: string): string {
  return body.replace(STEP_FENCE, '').replace(new RegExp(MORE_FENCE.source, 'gm'), '');
}

/** Words a reader reads in a passage of Markdown: citation markers, link targets and tags left out. */
export function runningWordCount(markdown: string): number {
  const text = markdown
    .replace(/\[@[^\]]*\]/g, ' ')
    .replace(/\[([^\]]*)\]\{computed\}/g, '$1')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/<[^>]+>/g, ' ')
    .replace(/^#{1,6}\s.*$/gm, ' ');
  return (text.match(/[A-Za-z0-9]+(?:['’.,-][A-Za-z0-9]+)*/g) ?? []).length;
}

/** A step's address: the chapter's id and the step's, so `/#where-it-is/krichev` lands on it. */
export const stepAnchor = (chapterId: string, stepId: string): string => `${chapterId}/${stepId}`;
