/**
 * Cross-reference checks the schemas cannot express. Pure: takes parsed entries, returns
 * problems that each name the file, the field and the bad value, so a broken edit is easy to find.
 */
import type { ChapterMeta, Contradiction, Era, Figure, GlossaryTerm, Graphic, KeyFact, Place, Source, TimelineEvent } from './schemas';
import { graphicStatements } from '../graphics/statements';
import { findCitations, unattributedQuotations } from './citations';
import { checkCitationSupport } from '../build/citationSupport';
import { isRealDate } from '../time/parseDate';
import { checkCorrections } from '../corrections/checkCorrections';
import type { Correction } from './schemas';
import { chapterSteps } from '../build/chapterSteps';

export interface Entry<T> {
  id: string;
  /** Path of the content file, relative to the repository. */
  file: string;
  data: T;
  body?: string;
  /** The file's full text, so a problem can name its line. */
  text?: string;
}

export interface ContentSet {
  sources: Entry<Source>[];
  events: Entry<TimelineEvent>[];
  places: Entry<Place>[];
  figures: Entry<Figure>[];
  contradictions: Entry<Contradiction>[];
  eras: Entry<Era>[];
  chapters: Entry<ChapterMeta>[];
  glossary: Entry<GlossaryTerm>[];
  /** The corrections log (content/corrections/), checked by checkCorrections. */
  corrections: Entry<Correction>[];
  /** The "key facts" box at the top of the story (content/key-facts/). */
  keyFacts: Entry<KeyFact>[];
  /** The chapters' own graphics (content/graphics/), one per chapter at most. */
  graphics: Entry<Graphic>[];
  /** Nothing may be dated after this day (YYYY-MM-DD). */
  asOf: string;
}

export interface Problem {
  file: string;
  /** Line in the file where the paragraph or entry is, when known. */
  line?: number;
  field: string;
  value: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''} → ${p.field}: ${p.message} (value: ${JSON.stringify(p.value)})`;
}

export function checkIntegrity(content: ContentSet): Problem[] {
  const problems: Problem[] = [];
  const ids = {
    sources: new Set(content.sources.map((e) => e.id)),
    events: new Set(content.events.map((e) => e.id)),
    places: new Set(content.places.map((e) => e.id)),
    figures: new Set(content.figures.map((e) => e.id)),
  };
  const add = (file: string, field: string, value: string, message: string) =>
    problems.push({ file, field, value, message });
  const refs = (file: string, field: string, values: readonly string[], kind: keyof typeof ids) =>
    values.forEach((value, i) => {
      if (!ids[kind].has(value)) add(file, `${field}[${i}]`, value, `no such ${kind.slice(0, -1)} in content/${kind}/`);
    });
  /** Ids that may name a source, an event or a figure, but exactly one of them. */
  const citedIds = (file: string, field: string, values: readonly string[], indexed = true) =>
    values.forEach((id, i) => {
      const at = indexed ? `${field}[${i}]` : field;
      const found = (['sources', 'events', 'figures'] as const).filter((k) => ids[k].has(id));
      if (found.length === 0) add(file, at, id, 'cites nothing in content/sources, content/events or content/figures');
      if (found.length > 1) add(file, at, id, `is ambiguous: it names entries in ${found.join(' and ')}`);
    });
  const dated = (file: string, field: string, value: string) => {
    if (!isRealDate(value)) add(file, field, value, 'not a real calendar date');
    else if (value > content.asOf) add(file, field, value, `is after the site's "as of" date ${content.asOf}`);
  };

  for (const { file, data } of content.sources) {
    if (data.published !== 'not shown') dated(file, 'published', data.published);
    if (data.language !== 'en' && !data.translation) add(file, 'translation', '', 'a non-English excerpt needs an (unofficial) English translation');
  }
  for (const { file, data } of content.events) {
    dated(file, 'date', data.date);
    const expected = { day: 3, month: 2, year: 1 }[data.precision];
    if (data.date.split('-').length !== expected) add(file, 'precision', data.precision, `does not match the date ${data.date}`);
    if (data.sources.length === 0) add(file, 'sources', '', 'every event needs at least one source');
    refs(file, 'sources', data.sources, 'sources');
    refs(file, 'places', data.places, 'places');
  }
  for (const { file, data } of content.places) {
    refs(file, 'sources', data.sources, 'sources');
    if (data.borderOf) refs(file, 'borderOf', data.borderOf, 'places');
    if (data.occupied) refs(file, 'occupied.by', [data.occupied.by], 'places');
    if (data.provenance === 'sourced' && data.sources.length === 0) {
      add(file, 'sources', '', 'a place with sourced coordinates needs the source they come from');
    }
    if ((data.lat === undefined) !== (data.lon === undefined)) add(file, 'lat/lon', '', 'give both latitude and longitude, or neither');
  }
  for (const { file, data } of content.figures) refs(file, 'sources', data.sources, 'sources');
  const ranks = new Map<number, string>();
  for (const { file, data } of content.contradictions) {
    if (ranks.has(data.rank)) add(file, 'rank', String(data.rank), `same rank as ${ranks.get(data.rank)}`);
    ranks.set(data.rank, file);
    refs(file, 'events', data.events, 'events');
    data.versions.forEach((v, i) => {
      refs(file, `versions[${i}].sources`, v.sources, 'sources');
      if (v.date) dated(file, `versions[${i}].date`, v.date);
    });
  }

  for (const { file, data } of content.eras) if (data.startsWith) refs(file, 'startsWith', [data.startsWith], 'events');
  const opening = content.eras.filter((e) => !e.data.startsWith);
  if (content.eras.length > 0 && opening.length !== 1) {
    add(opening[1]?.file ?? 'content/eras/', 'startsWith', '', 'exactly one era opens the timeline without startsWith');
  }

  const factOrders = new Map<number, string>();
  for (const { file, data } of content.keyFacts) {
    if (factOrders.has(data.order)) add(file, 'order', String(data.order), `same order as ${factOrders.get(data.order)}`);
    factOrders.set(data.order, file);
    citedIds(file, 'cites', data.cites);
  }

  const orders = new Map<number, string>();
  for (const { file, data, body = '', text } of content.chapters) {
    if (orders.has(data.order)) add(file, 'order', String(data.order), `same order as ${orders.get(data.order)}`);
    orders.set(data.order, file);
    const mapRefs = (at: string, map: ChapterMeta['map']) => {
      refs(file, `${at}.fit`, map.fit, 'places');
      refs(file, `${at}.highlight`, map.highlight, 'places');
      refs(file, `${at}.distancesTo`, map.distancesTo, 'places');
      refs(file, `${at}.rings`, map.rings.map((r) => r.figure), 'figures');
      map.paths.forEach((path, i) => {
        for (const end of ['from', 'to'] as const) {
          if (!ids.places.has(path[end])) add(file, `${at}.paths[${i}].${end}`, path[end], 'no such place in content/places/');
        }
        refs(file, `${at}.paths[${i}].sources`, path.sources, 'sources');
      });
    };
    mapRefs('map', data.map);
    const steps = chapterSteps(body, data.map);
    // A step's line in the body, as a line of the file (the body follows the front matter).
    const bodyAt = text ? text.indexOf(body.trim()) : -1;
    const firstLine = bodyAt >= 0 ? text!.slice(0, bodyAt).split('\n').length - 1 : undefined;
    for (const p of steps.problems) {
      problems.push({ file, line: firstLine !== undefined && p.line ? firstLine + p.line : undefined, field: p.field, value: p.value, message: p.message });
    }
    for (const step of steps.authored ? steps.steps : []) {
      const from = problems.length;
      mapRefs(`steps[${step.index}].map`, step.map);
      if (firstLine !== undefined && step.line) for (const p of problems.slice(from)) p.line = firstLine + step.line;
    }
    refs(file, 'timeline.events', data.timeline.events, 'events');
    if (data.timeline.from) dated(file, 'timeline.from', data.timeline.from);
    if (data.timeline.to) dated(file, 'timeline.to', data.timeline.to);
    const markers = findCitations(body);
    if (markers.length === 0) add(file, 'body', '', 'a chapter needs citations ([@source-id])');
    citedIds(file, 'body citation', markers.flatMap((m) => m.ids), false);
    if (data.whyItMatters) citedIds(file, 'whyItMatters.cites', data.whyItMatters.cites);
    for (const q of unattributedQuotations(body)) add(file, 'body quotation', q.text, 'a quotation needs a citation after it in the same paragraph');
  }
  const chapterIds = new Set(content.chapters.map((c) => c.id));
  const contradictionIds = new Set(content.contradictions.map((c) => c.id));
  const eventStatus = new Map(content.events.map((e) => [e.id, e.data.claimStatus]));
  const graphicOf = new Map<string, string>();
  for (const { file, data } of content.graphics) {
    if (!chapterIds.has(data.chapter)) add(file, 'chapter', data.chapter, 'no such chapter in content/chapters/');
    if (graphicOf.has(data.chapter)) add(file, 'chapter', data.chapter, `already has a graphic: ${graphicOf.get(data.chapter)}`);
    graphicOf.set(data.chapter, file);
    if (data.kind === 'tracks') data.tracks.forEach((t, i) => refs(file, `tracks[${i}].marks`, t.marks.map((m) => m.event), 'events'));
    if (data.kind === 'matrix') {
      const columns = new Set(data.columns.map((c) => c.id));
      data.rows.forEach((row, i) => {
        for (const key of Object.keys(row.cells)) if (!columns.has(key)) add(file, `rows[${i}].cells`, key, 'is not one of the graphic\'s column ids');
      });
    }
    for (const s of graphicStatements(data, (id) => eventStatus.get(id))) {
      const at = s.path.join('.');
      citedIds(file, `${at}.cites`, s.cites);
      if (s.contradiction && !contradictionIds.has(s.contradiction)) add(file, `${at}.contradiction`, s.contradiction, 'no such question in content/contradictions/');
      // A statement shown as, say, independently reported must not rest on an event the timeline calls an official claim.
      for (const id of s.cites) {
        const status = eventStatus.get(id);
        if (s.claimStatus && status && status !== s.claimStatus) add(file, `${at}.cites`, id, `is labelled ${status} on the timeline, but the graphic shows it as ${s.claimStatus}`);
      }
    }
  }
  return [...problems, ...checkCitationSupport(content), ...checkCorrections(content)];
}

/** Throws one error listing every problem; used by the build. */
export function assertIntegrity(content: ContentSet): void {
  const problems = checkIntegrity(content);
  if (problems.length > 0) {
    throw new Error(`Content integrity check failed (${problems.length}):\n${problems.map(formatProblem).join('\n')}`);
  }
}
