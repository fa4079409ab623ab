/**
 * Reader-facing wording for a source: its date at the precision shown on the page and a note
 * for outlets whose reliability readers should weigh.
 */
import type { Source } from '../content/schemas';
import { formatDate } from '../time/parseDate';

export const RELIABILITY_NOTES: Record<Source['reliability'], string | undefined> = {
  independent: undefined,
  official: 'Official source: states a government or alliance position.',
  'state-media': 'State media: reports what its government says; not independent.',
  'pro-kremlin-aggregator': 'Pro-Kremlin aggregator (“Pravda network”): used only for what officials said.',
  'reference-mirror': 'Copy of a reference work (e.g. a Wikipedia mirror): used for names and coordinates only.',
  'low-quality': 'Low-quality or self-published page: used only where nothing better was found.',
};

/** The same warnings in two or three words, for one-line source references. */
export const RELIABILITY_SHORT: Record<Source['reliability'], string | undefined> = {
  independent: undefined,
  official: 'official source',
  'state-media': 'state media',
  'pro-kremlin-aggregator': 'pro-Kremlin aggregator',
  'reference-mirror': 'reference-work copy',
  'low-quality': 'low-quality page',
};

export function publishedLabel(source: Pick<Source, 'published' | 'publishedNote'>): string {
  return source.published === 'not shown' ? 'date not shown' : formatDate(source.published);
}

const LANGUAGES: Record<string, string> = {
  en: 'English', ru: 'Russian', uk: 'Ukrainian', be: 'Belarusian', pl: 'Polish', de: 'German', it: 'Italian',
  ro: 'Romanian', cs: 'Czech', hu: 'Hungarian', sq: 'Albanian', lt: 'Lithuanian', lv: 'Latvian', fr: 'French',
};

export const languageName = (code: string): string => LANGUAGES[code] ?? code;

export interface CitedPage {
  /** Ids of the excerpts quoted from this page, in citation order. */
  ids: string[];
  source: Source;
}

/** Several excerpts of one page read as one reference with several quoted passages. */
export function groupByPage(sources: { id: string; source: Source }[]): CitedPage[] {
  const pages = new Map<string, CitedPage>();
  for (const { id, source } of sources) {
    const page = pages.get(source.url);
    if (page) {
      if (!page.ids.includes(id)) page.ids.push(id);
    } else pages.set(source.url, { ids: [id], source });
  }
  return [...pages.values()];
}
