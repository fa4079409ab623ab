/**
 * A chapter's steps, read and checked: each ```step fence's YAML parsed and validated with
 * stepSchema, each problem naming its field as `steps[i].…` so the build can say exactly where
 * it is. A chapter whose body has no step fences yet is one step showing the chapter's own map,
 * so the story works before and after a chapter is written in steps.
 * Build-only (it parses YAML); the browser gets the result through the story data.
 */
import { parse } from 'yaml';
import { stepSchema, type ChapterMeta, type StepMeta } from '../content/schemas';
import { splitSteps } from '../content/steps';

/** The id of the one step of a chapter written without step fences. */
export const WHOLE_CHAPTER_STEP = 'start';

export interface ChapterStep {
  /** Position among the chapter's step fences (fields are named `steps[index]…`). */
  index: number;
  id: string;
  map: StepMeta['map'];
  alt?: string;
  /** Running text (Markdown). */
  text: string;
  /** The "More on this" fold (Markdown), if any. */
  more?: string;
  /** 1-based line of the step's fence in the body; undefined for a chapter without fences. */
  line?: number;
}

export interface StepProblem {
  field: string;
  value: string;
  message: string;
  /** 1-based line in the body. */
  line?: number;
}

export interface ChapterSteps {
  steps: ChapterStep[];
  /** True when the body is written in steps (at least one fence). */
  authored: boolean;
  problems: StepProblem[];
}

/** The id and map description a step fence's YAML gives, where it parses (for the Markdown plugin; the checks are above). */
export function stepHeadOf(yaml: string): { id?: string; alt?: string } {
  try {
    const { id, alt } = (parse(yaml) as { id?: unknown; alt?: unknown } | null) ?? {};
    return { id: typeof id === 'string' ? id : undefined, alt: typeof alt === 'string' ? alt : undefined };
  } catch {
    return {};
  }
}

/** A zod issue path as a field name: ['map', 'fit', 0] → `map.fit[0]`. */
export const fieldPath = (path: readonly PropertyKey[]): string =>
  path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i > 0 ? '.' : ''}${String(key)}`)).join('');

function valueAt(data: unknown, path: readonly PropertyKey[]): string {
  const value = path.reduce<unknown>((v, key) => (v as Record<PropertyKey, unknown> | undefined)?.[key], data);
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
}

const cache = new Map<string, ChapterSteps>();

export function chapterSteps(body: string, chapterMap: ChapterMeta['map']): ChapterSteps {
  const key = `${JSON.stringify(chapterMap)}\n${body}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const result = readSteps(body, chapterMap);
  cache.set(key, result);
  return result;
}

function readSteps(body: string, chapterMap: ChapterMeta['map']): ChapterSteps {
  const split = splitSteps(body);
  if (split.steps.length === 0) {
    return { steps: [{ index: 0, id: WHOLE_CHAPTER_STEP, map: chapterMap, text: split.before }], authored: false, problems: [] };
  }
  const problems: StepProblem[] = [];
  if (split.before) {
    problems.push({ field: 'body', value: split.before.slice(0, 60), message: 'text before the first step: every passage belongs to a step (```step fence)', line: 1 });
  }
  const seen = new Map<string, number>();
  const steps: ChapterStep[] = [];
  split.steps.forEach((raw, i) => {
    const at = `steps[${i}]`;
    let data: unknown;
    try {
      data = parse(raw.yaml);
    } catch (error) {
      problems.push({ field: at, value: raw.yaml.split('\n')[0] ?? '', message: `the step's YAML does not parse: ${(error as Error).message.split('\n')[0]}`, line: raw.line });
      return;
    }
    const result = stepSchema.safeParse(data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({ field: `${at}.${fieldPath(issue.path)}`.replace(/\.$/, ''), value: valueAt(data, issue.path), message: issue.message, line: raw.line });
      }
      return;
    }
    const { id, map, alt } = result.data;
    if (seen.has(id)) problems.push({ field: `${at}.id`, value: id, message: `same step id as steps[${seen.get(id)}]`, line: raw.line });
    else seen.set(id, i);
    steps.push({ index: i, id, map, alt, text: raw.text, more: raw.more, line: raw.line });
  });
  return { steps, authored: true, problems };
}
