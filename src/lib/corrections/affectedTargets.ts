/**
 * What a correction changed, as readers name and reach it: chapter and event titles, place
 * names, figure labels, disputed questions and glossary terms, each with the site path where it
 * is read (places and figures are read on the maps and in the chapters, so they have none).
 */
import type { ContentSet } from '../content/integrity';
import type { Correction } from '../content/schemas';

export interface AffectedTarget {
  kind: 'chapter' | 'event' | 'place' | 'figure' | 'contradiction' | 'glossary' | 'site';
  label: string;
  /** Path on this site, e.g. "/#where-it-is" or "/timeline/#event-x". */
  path?: string;
}

export type TargetLookup = Pick<ContentSet, 'chapters' | 'events' | 'places' | 'figures' | 'contradictions' | 'glossary'>;

/** How the log names each kind of entry, before its title (a site-wide change has only its label). */
export const TARGET_KINDS: Record<Exclude<AffectedTarget['kind'], 'site'>, string> = {
  chapter: 'chapter',
  event: 'timeline entry',
  place: 'map place',
  figure: 'figure',
  contradiction: 'disputed question',
  glossary: 'glossary term',
};

export const correctionAnchor = (id: string) => `correction-${id}`;
export const correctionPath = (id: string) => `/method/#${correctionAnchor(id)}`;
/** The log's list of the corrections a chapter shows (correctionsForChapter), which its note links to. */
export const chapterCorrectionsAnchor = (chapterId: string) => `corrections-${chapterId}`;
export const chapterCorrectionsPath = (chapterId: string) => `/method/#${chapterCorrectionsAnchor(chapterId)}`;

export function affectedTargets(affects: Correction['affects'], content: TargetLookup): AffectedTarget[] {
  const named = <T>(list: readonly { id: string; data: T }[], ids: readonly string[], describe: (id: string, data: T) => AffectedTarget) => {
    const byId = new Map(list.map((e) => [e.id, e.data]));
    return ids.flatMap((id) => {
      const data = byId.get(id);
      return data === undefined ? [] : [describe(id, data)];
    });
  };
  return [
    ...named(content.chapters, affects.chapters, (id, d) => ({ kind: 'chapter', label: d.title, path: `/#${id}` })),
    ...named(content.events, affects.events, (id, d) => ({ kind: 'event', label: d.title, path: `/timeline/#event-${id}` })),
    ...named(content.contradictions, affects.contradictions, (id, d) => ({ kind: 'contradiction', label: d.question, path: `/method/#contradiction-${id}` })),
    ...named(content.glossary, affects.glossary, (id, d) => ({ kind: 'glossary', label: d.term, path: `/lesson/#term-${id}` })),
    ...named(content.places, affects.places, (_, d) => ({ kind: 'place', label: d.name })),
    ...named(content.figures, affects.figures, (_, d) => ({ kind: 'figure', label: d.label })),
    ...(affects.site ? [{ kind: 'site' as const, label: 'The whole site' }] : []),
  ];
}
