/**
 * Ready-to-paste references to one chapter in the three styles readers ask for. Plain text
 * (italics do not survive a clipboard into most editors); the access date is the reader's.
 */
import { parseDate } from '../time/parseDate';

export interface CitedChapter {
  chapterTitle: string;
  /** The story's title, the work the chapter is part of. */
  storyTitle: string;
  siteName: string;
  /** Absolute permalink of the chapter. */
  url: string;
  /** When the content was last checked: YYYY, YYYY-MM or YYYY-MM-DD. */
  updated: string;
  /** The day the reader looked at it: YYYY-MM-DD. */
  accessed: string;
}

/**
 * What every chapter's citation shares (the story page writes it once), the site's title for
 * embeds, and the chapter the page's one cite-and-embed template is written for, whose id the
 * script replaces with each chapter's own.
 */
export type SharedCitation = Pick<CitedChapter, 'storyTitle' | 'siteName' | 'updated'> & { siteTitle: string; chapter: string };

export interface Citations {
  apa: string;
  mla: string;
  chicago: string;
}

/** The styles in the order readers see them, with their names. */
export const CITE_STYLES = [
  ['apa', 'APA'],
  ['mla', 'MLA'],
  ['chicago', 'Chicago'],
] as const satisfies readonly (readonly [keyof Citations, string])[];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** "November 26, 2026", "November 2026" or "2026". */
function monthDayYear(value: string): string {
  const d = parseDate(value);
  if (d.month === undefined) return String(d.year);
  return d.day === undefined ? `${MONTHS[d.month - 1]} ${d.year}` : `${MONTHS[d.month - 1]} ${d.day}, ${d.year}`;
}

/** MLA: "26 Nov. 2026". */
function mlaDate(value: string): string {
  const d = parseDate(value);
  return [d.day, d.month === undefined ? undefined : MLA_MONTHS[d.month - 1], d.year].filter((p) => p !== undefined).join(' ');
}

/** APA: "(2026, November 26)". */
function apaDate(value: string): string {
  const d = parseDate(value);
  if (d.month === undefined) return `(${d.year})`;
  return `(${d.year}, ${MONTHS[d.month - 1]}${d.day === undefined ? '' : ` ${d.day}`})`;
}

/** Ends a title with a full stop unless it already ends in punctuation. */
const sentence = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);

export function citeChapter(c: CitedChapter): Citations {
  return {
    apa: `${sentence(c.chapterTitle)} ${apaDate(c.updated)}. In ${sentence(c.storyTitle)} ${sentence(c.siteName)} Retrieved ${monthDayYear(c.accessed)}, from ${c.url}`,
    mla: `“${sentence(c.chapterTitle)}” ${c.storyTitle}, ${c.siteName}, ${mlaDate(c.updated)}, ${c.url}. Accessed ${mlaDate(c.accessed)}.`,
    chicago: `“${sentence(c.chapterTitle)}” In ${sentence(c.storyTitle)} ${sentence(c.siteName)} Last modified ${monthDayYear(c.updated)}. Accessed ${monthDayYear(c.accessed)}. ${c.url}.`,
  };
}

/** Today in the reader's own calendar, as YYYY-MM-DD. */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
