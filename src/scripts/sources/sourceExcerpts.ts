/**
 * The verbatim excerpts behind one-line source references, fetched when a reader first opens a
 * note or an event: only that chapter's or event's excerpts (/data/excerpts/…, named by the
 * markup's data-excerpts, or by the event a note points to), once each, and built into DOM with
 * textContent only.
 */
import type { Source } from '../../lib/content/schemas';
import { RELIABILITY_NOTES, languageName, publishedLabel } from '../../lib/sources/describeSource';
import { eventExcerptsPath } from '../../lib/data/excerpts';
import { sitePath } from '../../lib/publishing/siteAddress';

const loaded = new Map<string, Promise<Map<string, Source>>>();

function loadSources(url: string): Promise<Map<string, Source>> {
  if (!loaded.has(url)) {
    loaded.set(
      url,
      fetch(url)
        .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${url}: ${r.status}`))))
        .then((json: { sources?: (Source & { id: string })[] }) => new Map((json.sources ?? []).map((s) => [s.id, s]))),
    );
  }
  return loaded.get(url)!;
}

function paragraph(className: string, text: string, lang?: string): HTMLElement {
  const p = document.createElement('p');
  p.className = className;
  p.textContent = text;
  if (lang) p.lang = lang;
  return p;
}

function excerptBlock(source: Source): HTMLElement {
  const block = document.createElement('div');
  block.className = 'src-excerpt';
  const quote = document.createElement('blockquote');
  quote.append(paragraph('src-excerpt__text', source.excerpt, source.language));
  block.append(quote);
  if (source.translation) {
    block.append(paragraph('src-excerpt__translation', `Unofficial translation from ${languageName(source.language)}: ${source.translation}`));
  }
  const note = RELIABILITY_NOTES[source.reliability];
  if (note) block.append(paragraph('src-excerpt__note', note));
  return block;
}

function sourceCard(source: Source): HTMLElement {
  const card = document.createElement('div');
  card.className = 'src-ref';
  const link = document.createElement('a');
  link.href = source.url;
  link.rel = 'noreferrer';
  const publisher = document.createElement('b');
  publisher.textContent = source.publisher;
  link.append(publisher);
  card.append(link, `, ${publishedLabel(source)}.`, excerptBlock(source));
  return card;
}

/** The ids a one-line reference quotes: its links to the quoted passages (/method/#source-<id>). */
const quotedIds = (ref: Element): string[] =>
  [...ref.querySelectorAll<HTMLAnchorElement>('a[href*="/method/#source-"]')].map((a) => decodeURIComponent(a.hash.slice('#source-'.length)));

/**
 * Adds each reference's excerpt under it, from the excerpts file at `url`, and under a cited
 * event's line its full sources, from the event's own file (in the event's order, as the timeline
 * lists them); leaves the one-line references alone if there is none or loading fails.
 */
export async function addExcerpts(root: Element, url: string | undefined): Promise<void> {
  const refs = [...root.querySelectorAll('.src-ref')].filter((ref) => !ref.nextElementSibling?.classList.contains('src-excerpt'));
  const events = [...root.querySelectorAll<HTMLAnchorElement>('a[data-sources-elsewhere]')];
  try {
    if (url && refs.length > 0) {
      const byId = await loadSources(url);
      for (const ref of refs) ref.after(...quotedIds(ref).flatMap((id) => (byId.has(id) ? [excerptBlock(byId.get(id)!)] : [])));
    }
    for (const link of events) {
      const sources = await loadSources(sitePath(eventExcerptsPath(decodeURIComponent(link.hash.slice('#event-'.length)))));
      const line = link.parentElement!;
      link.remove();
      line.after(...[...sources.values()].map(sourceCard));
    }
  } catch (error) {
    console.warn('[sources] excerpts unavailable; the links to the method page remain', error);
  }
}
