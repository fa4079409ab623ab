/**
 * Lesson material checked against the fact base: glossary definitions must cite entries that
 * exist, questions must belong to real chapters, and the source-evaluation activity is built
 * from the events' own claim status and sources, never typed in by hand.
 */
import type { ContentSet, Entry, Problem } from '../content/integrity';
import type { GlossaryTerm, Lesson, Source, TimelineEvent } from '../content/schemas';

export function checkLesson(
  lesson: Entry<Lesson>,
  glossary: Entry<GlossaryTerm>[],
  content: Pick<ContentSet, 'sources' | 'events' | 'figures' | 'chapters'>,
): Problem[] {
  const problems: Problem[] = [];
  const citable = new Set([...content.sources, ...content.events, ...content.figures].map((e) => e.id));
  const events = new Set(content.events.map((e) => e.id));
  const chapters = new Set(content.chapters.map((c) => c.id));
  for (const { file, data } of glossary) {
    data.cites.forEach((id, i) => {
      if (!citable.has(id)) problems.push({ file, field: `cites[${i}]`, value: id, message: 'cites nothing in content/sources, content/events or content/figures' });
    });
  }
  for (const id of Object.keys(lesson.data.questions)) {
    if (!chapters.has(id)) problems.push({ file: lesson.file, field: 'questions', value: id, message: 'no such chapter in content/chapters/' });
  }
  lesson.data.evaluation.events.forEach((id, i) => {
    if (!events.has(id)) problems.push({ file: lesson.file, field: `evaluation.events[${i}]`, value: id, message: 'no such event in content/events/' });
  });
  return problems;
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
