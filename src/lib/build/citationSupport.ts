/**
 * The citation check: every number written in digits, every date and every phrase in quotation
 * marks in a chapter paragraph, event summary, figure label, contradiction version, glossary
 * definition or chapter graphic statement must be carried by an excerpt or translation of a source cited in that same
 * paragraph or entry. The day and the year of a date are each carried by the digits in a cited
 * excerpt or by a cited source's publication date: a report published on 2024-11-22 carries
 * "22 November", "22 November 2024", "November 2024" and "2024", but not "21 November".
 * Values the site computes are marked `[…]{computed}` and exempt (see computedValues.ts).
 */
import { parseDocument } from 'yaml';
import type { ContentSet, Problem } from '../content/integrity';
import type { Source } from '../content/schemas';
import { findCitations } from '../content/citations';
import { withoutComputedValues } from '../content/computedValues';
import { chapterSteps } from './chapterSteps';
import { allCites, graphicStatements } from '../graphics/statements';
import { findClaims, foldForQuotation, hasPiece, quotationPieces, sourceNumbers, withoutQuotations, type Claim } from '../content/claimTokens';

/** One paragraph or entry and the ids it cites. */
interface Passage {
  file: string;
  line?: number;
  field: string;
  text: string;
  cites: readonly string[];
  /** What the citations belong to, for the message: "this paragraph", "this event"… */
  scope: string;
}

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** Lines of YAML fields in one file, parsed once however many fields are asked for. */
function yamlLines(text: string | undefined): (path: (string | number)[]) => number | undefined {
  if (!text) return () => undefined;
  const doc = parseDocument(text);
  return (path) => {
    const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
    return node?.range ? lineAt(text, node.range[0]) : undefined;
  };
}

/** A chapter file's front matter, with the line it starts on kept (the `---` line stays blank). */
const frontMatter = (text: string): string => {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return match ? `\n${match[1]}` : '';
};

/** Line of a YAML field in its file, when the file's text is known. */
const yamlLine = (text: string | undefined, path: (string | number)[]): number | undefined => yamlLines(text)(path);

const HEADING = /^#{1,6}\s/;
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/;

/**
 * A chapter's paragraphs and list items with the line each starts on. Headings are not
 * paragraphs, and a list item is its own passage: it cites for itself.
 */
function chapterPassages(body: string, firstLine?: number): { text: string; line?: number }[] {
  const out: { text: string; line?: number }[] = [];
  let current: { lines: string[]; line?: number } | undefined;
  const close = () => {
    if (current) out.push({ text: current.lines.join('\n'), line: current.line });
    current = undefined;
  };
  // Fenced blocks (a step's map state, a fold marker) are data, checked with the chapter's map.
  let fenced = false;
  body.split('\n').forEach((raw, i) => {
    const line = firstLine === undefined ? undefined : firstLine + i;
    if (/^```/.test(raw)) {
      fenced = !fenced;
      return close();
    }
    if (fenced || raw.trim() === '' || HEADING.test(raw)) return close();
    if (LIST_ITEM.test(raw)) close();
    if (current) current.lines.push(raw);
    else current = { lines: [raw.replace(LIST_ITEM, '')], line };
  });
  close();
  return out;
}

/** Markup that is not text a reader reads as a claim: citation markers, link targets, tags, footnote marks. */
const readableText = (markdown: string): string =>
  withoutComputedValues(markdown)
    .replace(/\[@[^\]]*\]/g, ' ')
    .replace(/\[\^[^\]]*\]/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/<[^>]+>/g, ' ');

function passages(content: ContentSet): Passage[] {
  const out: Passage[] = [];
  for (const { file, text: fileText = '', body = '', data } of content.chapters) {
    // A strike path's words on the map ("15-minute flight, said…") rest on the path's own sources,
    // on the chapter's map and on every step's.
    const steps = chapterSteps(body, data.map);
    const maps = [{ at: 'map', map: data.map }, ...(steps.authored ? steps.steps.map((s) => ({ at: `steps[${s.index}].map`, map: s.map })) : [])];
    for (const { at, map } of maps) {
      map.paths.forEach((path, i) => {
        const words = [path.claim, path.claimant, ...path.detail].join(' ');
        const line = fileText.indexOf(path.claim) >= 0 ? lineAt(fileText, fileText.indexOf(path.claim)) : undefined;
        out.push({ file, line, field: `${at}.paths[${i}]`, text: words, cites: path.sources, scope: 'this strike path' });
      });
    }
    if (data.whyItMatters) {
      const { text, cites } = data.whyItMatters;
      out.push({ file, line: yamlLine(frontMatter(fileText), ['whyItMatters', 'text']), field: 'whyItMatters.text', text, cites, scope: 'this line' });
    }
    // Loaders differ in the blank lines they keep around a body; its text is found in the file as it is.
    const trimmed = body.trim();
    const at = fileText.indexOf(trimmed);
    for (const p of chapterPassages(trimmed, at >= 0 ? lineAt(fileText, at) : undefined)) {
      const cites = findCitations(p.text).flatMap((m) => m.ids);
      // A quotation in a paragraph that cites nothing is already reported as unattributed.
      const text = cites.length > 0 ? readableText(p.text) : withoutQuotations(readableText(p.text));
      out.push({ file, line: p.line, field: 'body', text, cites, scope: 'this paragraph' });
    }
  }
  for (const { file, text, data } of content.events) {
    out.push({ file, line: yamlLine(text, ['summary']), field: 'summary', text: data.summary, cites: data.sources, scope: 'this event' });
  }
  for (const { file, text, data } of content.figures) {
    out.push({ file, line: yamlLine(text, ['label']), field: 'label', text: data.label, cites: data.sources, scope: 'this figure' });
  }
  for (const { file, text, data } of content.contradictions) {
    data.versions.forEach((v, i) => {
      const path = ['versions', i, 'claim'];
      out.push({ file, line: yamlLine(text, path), field: `versions[${i}].claim`, text: v.claim, cites: v.sources, scope: 'this version' });
    });
  }
  for (const { file, text, data } of content.keyFacts) {
    out.push({ file, line: yamlLine(text, ['text']), field: 'text', text: data.text, cites: data.cites, scope: 'this key fact' });
  }
  const eventStatus = new Map(content.events.map((e) => [e.id, e.data.claimStatus]));
  for (const { file, text, data } of content.graphics) {
    const line = yamlLines(text);
    out.push({ file, line: line(['alt']), field: 'alt', text: data.alt, cites: allCites(data), scope: 'this graphic' });
    if (data.note) out.push({ file, line: line(['note']), field: 'note', text: data.note, cites: allCites(data), scope: 'this graphic' });
    for (const s of graphicStatements(data, (id) => eventStatus.get(id))) {
      out.push({ file, line: line(s.path), field: s.path.join('.'), text: s.claimText, cites: s.cites, scope: 'this part of the graphic' });
    }
  }
  for (const { file, text, data } of content.glossary) {
    out.push({ file, line: yamlLine(text, ['definition']), field: 'definition', text: data.definition, cites: data.cites, scope: 'this definition' });
  }
  return out;
}

interface Support {
  /** Excerpts and translations, each folded for comparing quotations. */
  texts: string[];
  numbers: Set<string>;
  published: string[];
}

/** What the cited ids put on the table: an event or a figure stands for its sources. */
function supportOf(content: ContentSet): (ids: readonly string[]) => Support {
  const sources = new Map(content.sources.map((e) => [e.id, e.data]));
  const sourcesOf = new Map<string, readonly string[]>([
    ...content.events.map((e) => [e.id, e.data.sources] as const),
    ...content.figures.map((e) => [e.id, e.data.sources] as const),
  ]);
  return (ids) => {
    const cited = ids
      .flatMap((id) => (sources.has(id) ? [id] : (sourcesOf.get(id) ?? [])))
      .map((id) => sources.get(id))
      .filter((s): s is Source => s !== undefined);
    const raw = cited.flatMap((s) => [s.excerpt, s.translation ?? '']);
    return {
      texts: raw.map(foldForQuotation),
      numbers: new Set(raw.flatMap((t) => [...sourceNumbers(t)])),
      published: cited.map((s) => s.published).filter((p) => p !== 'not shown'),
    };
  };
}

function isSupported(claim: Claim, support: Support): boolean {
  switch (claim.kind) {
    case 'number':
      return support.numbers.has(claim.value);
    case 'date': {
      const { year, month, days } = claim;
      const inYear = (p: string) => !year || p.startsWith(year);
      const yearCarried = !year || support.numbers.has(year) || support.published.some(inYear);
      const dayCarried = (day: string) =>
        support.numbers.has(day) || support.published.some((p) => inYear(p) && p.slice(5) === `${month}-${day.padStart(2, '0')}`);
      return yearCarried && days.every(dayCarried);
    }
    case 'quotation': {
      const pieces = quotationPieces(claim.text);
      return support.texts.some((t) => pieces.every((piece) => hasPiece(t, piece)));
    }
  }
}

/** Outlets whose names carry digits ("24 Chasa", "Charter97"): the part of `publisher` before any remark in brackets. */
const outletNames = (content: ContentSet): string[] =>
  [...new Set(content.sources.map((s) => s.data.publisher.replace(/\s*\(.*$/, '').trim()))].filter((name) => /\d/.test(name));

export function checkCitationSupport(content: ContentSet): Problem[] {
  return unsupportedClaims(content, passages(content));
}

/**
 * The same rule for texts outside content/'s collections, such as the lesson's model answers: each
 * names its file, the path of its YAML field and what it cites; `fileText` gives the problem a line.
 */
export function checkTextSupport(
  content: ContentSet,
  texts: readonly { file: string; fileText?: string; path: (string | number)[]; text: string; cites: readonly string[] }[],
): Problem[] {
  return unsupportedClaims(
    content,
    texts.map(({ file, fileText, path, text, cites }) => ({ file, line: yamlLine(fileText, path), field: path.join('.'), text, cites, scope: 'this answer' })),
  );
}

function unsupportedClaims(content: ContentSet, texts: readonly Passage[]): Problem[] {
  const problems: Problem[] = [];
  const names = outletNames(content);
  const supportFor = supportOf(content);
  for (const p of texts) {
    const support = supportFor(p.cites);
    const reported = new Set<string>();
    for (const claim of findClaims(p.text, names)) {
      const key = `${claim.kind} ${claim.text}`;
      if (reported.has(key) || isSupported(claim, support)) continue;
      reported.add(key);
      const what = claim.kind === 'quotation' ? 'quoted phrase' : claim.kind;
      problems.push({
        file: p.file,
        line: p.line,
        field: p.field,
        value: claim.text,
        message: `${what} is in no excerpt or translation cited in ${p.scope}`,
      });
    }
  }
  return problems;
}
