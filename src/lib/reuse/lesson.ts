/**
 * Lesson material checked against the fact base: glossary definitions and model answers must cite
 * entries that exist, questions and plans must name real chapters and embeds, a plan's phases must
 * fill its time, and an activity verdict must be the event's own claim status, never typed in
 * differently by hand.
 */
import type { ContentSet, Entry, Problem } from '../content/integrity';
import type { GlossaryTerm, Lesson, Source, TimelineEvent } from '../content/schemas';
import { embedTargets } from './embeds';

/** The lesson page's sections, in page order: their ids are the page's anchors and what plan phases may name. */
export const LESSON_SECTIONS = [
  ['plan', 'Plan'],
  ['objectives', 'Objectives'],
  ['glossary', 'Glossary'],
  ['questions', 'Discussion'],
  ['evaluation', 'Who says so?'],
  ['exit-ticket', 'Exit ticket'],
  ['embed', 'Embed'],
  ['present', 'Present'],
] as const satisfies readonly (readonly [string, string])[];

type LessonContent = Pick<ContentSet, 'sources' | 'events' | 'figures' | 'chapters'>;

export function checkLesson(lesson: Entry<Lesson>, glossary: Entry<GlossaryTerm>[], content: LessonContent): Problem[] {
  const problems: Problem[] = [];
  const { file, data } = lesson;
  const add = (at: string, field: string, value: string, message: string) => problems.push({ file: at, field, value, message });
  const citable = new Set([...content.sources, ...content.events, ...content.figures].map((e) => e.id));
  const events = new Map(content.events.map((e) => [e.id, e.data]));
  const chapters = new Set(content.chapters.map((c) => c.id));
  const embeds = new Set(embedTargets(content.chapters.map((c) => ({ id: c.id, title: c.id }))).map((t) => t.id));
  const sections = new Set<string>(LESSON_SECTIONS.map(([id]) => id));
  const cites = (at: string, field: string, ids: readonly string[]) =>
    ids.forEach((id, i) => {
      if (!citable.has(id)) add(at, `${field}[${i}]`, id, 'cites nothing in content/sources, content/events or content/figures');
    });
  const chapter = (field: string, id: string) => {
    if (!chapters.has(id)) add(file, field, id, 'no such chapter in content/chapters/');
  };

  for (const g of glossary) cites(g.file, 'cites', g.data.cites);

  for (const [id, questions] of Object.entries(data.questions)) {
    chapter('questions', id);
    questions.forEach((q, i) => cites(file, `questions.${id}[${i}].answer.cites`, q.answer.cites));
  }

  data.evaluation.items.forEach(({ event, answer }, i) => {
    const at = `evaluation.items[${i}]`;
    chapter(`${at}.answer.chapter`, answer.chapter);
    cites(file, `${at}.answer.cites`, answer.cites);
    const cited = events.get(event);
    if (!cited) return add(file, `${at}.event`, event, 'no such event in content/events/');
    if (!answer.cites.includes(event)) add(file, `${at}.answer.cites`, event, 'the answer must cite the event it is about');
    if (answer.claimStatus !== cited.claimStatus) {
      add(file, `${at}.answer.claimStatus`, answer.claimStatus, `the event is labelled ${cited.claimStatus} in content/events/${event}.yaml`);
    }
  });

  const planIds = new Set<string>();
  data.plans.forEach((plan, i) => {
    const at = `plans[${i}]`;
    if (planIds.has(plan.id)) add(file, `${at}.id`, plan.id, 'another plan has this id');
    planIds.add(plan.id);
    const total = plan.phases.reduce((sum, p) => sum + p.minutes, 0);
    if (total !== plan.minutes) add(file, `${at}.phases`, String(total), `the phases take ${total} minutes, the plan ${plan.minutes}`);
    plan.phases.forEach((phase, j) => {
      phase.chapters.forEach((id, k) => chapter(`${at}.phases[${j}].chapters[${k}]`, id));
      phase.embeds.forEach((id, k) => {
        if (!embeds.has(id)) add(file, `${at}.phases[${j}].embeds[${k}]`, id, 'no such embed page under /embed/');
      });
      phase.sections.forEach((id, k) => {
        if (!sections.has(id)) add(file, `${at}.phases[${j}].sections[${k}]`, id, `no such section of the lesson page (${[...sections].join(', ')})`);
      });
    });
  });
  return problems;
}

/** A model answer as the citation check reads it: its text, what it cites and where it is in the file. */
export interface AnswerPassage {
  file: string;
  path: (string | number)[];
  text: string;
  cites: readonly string[];
}

/** Every model answer of the lesson, for the citation check (numbers, dates, quotations must be in cited excerpts). */
export function answerPassages(lesson: Entry<Lesson>): AnswerPassage[] {
  const { file, data } = lesson;
  return [
    ...Object.entries(data.questions).flatMap(([id, questions]) =>
      questions.map((q, i) => ({ file, path: ['questions', id, i, 'answer', 'text'], text: q.answer.text, cites: q.answer.cites })),
    ),
    ...data.evaluation.items.map((item, i) => ({ file, path: ['evaluation', 'items', i, 'answer', 'text'], text: item.answer.text, cites: item.answer.cites })),
  ];
}

export interface EvaluationCard {
  eventId: string;
  event: TimelineEvent;
  /** The outlets that report it, with how far to trust each kind. */
  sources: { id: string; publisher: string; url: string; reliability: Source['reliability'] }[];
}

export function evaluationCards(ids: readonly string[], content: Pick<ContentSet, 'sources' | 'events'>): EvaluationCard[] {
  const events = new Map(content.events.map((e) => [e.id, e.data]));
  const sources = new Map(content.sources.map((s) => [s.id, s.data]));
  return ids.flatMap((eventId) => {
    const event = events.get(eventId);
    if (!event) return [];
    return [{
      eventId,
      event,
      sources: event.sources.flatMap((id) => {
        const s = sources.get(id);
        return s ? [{ id, publisher: s.publisher, url: s.url, reliability: s.reliability }] : [];
      }),
    }];
  });
}

/** Alphabetical, ignoring case and the diacritics of e.g. "Suwałki". */
export function sortGlossary<T extends { data: GlossaryTerm }>(terms: readonly T[]): T[] {
  const key = (t: T) => t.data.sortAs ?? t.data.term;
  return [...terms].sort((a, b) => key(a).localeCompare(key(b), 'en', { sensitivity: 'base' }));
}

/** Each phase's start and end minute, as a teacher reads a plan against the clock ("5–20 min"). */
export function phaseTimes(phases: readonly { minutes: number }[]): { from: number; to: number }[] {
  let at = 0;
  return phases.map(({ minutes }) => ({ from: at, to: (at += minutes) }));
}
