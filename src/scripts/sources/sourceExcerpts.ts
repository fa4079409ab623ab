/**
 * The verbatim excerpts behind one-line source references, fetched when a reader first opens a
 * note or an event: only that chapter's or event's excerpts (/data/excerpts/…, named by the
 * markup's data-excerpts), once each, and built into DOM with textContent only.
 */
import type { Source } from '../../lib/content/schemas';
import { RELIABILITY_NOTES, languageName, publishedLabel } from '../../lib/sources/describeSource';

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
  link.rel = 'noopener noreferrer';
  const publisher = document.createElement('b');
  publisher.textContent = source.publisher;
  link.append(publisher);
  card.append(link, `, ${publishedLabel(source)}.`, excerptBlock(source));
  return card;
}

/**
 * Adds each reference's excerpt under it, and the full sources of cited events, from the excerpts
 * file at `url`; leaves the one-line references alone if there is none or loading fails.
 */
export async function addExcerpts(root: Element, url: string | undefined): Promise<void> {
  const refs = [...root.querySelectorAll<HTMLElement>('[data-source-ref]')];
  const events = [...root.querySelectorAll<HTMLElement>('[data-event-sources]')];
  if (!url || (refs.length === 0 && events.length === 0)) return;
  try {
    const byId = await loadSources(url);
    for (const ref of refs) {
      if (ref.nextElementSibling?.classList.contains('src-excerpt')) continue;
      const blocks = (ref.dataset.sourceRef ?? '').split(' ').flatMap((id) => {
        const source = byId.get(id);
        return source ? [excerptBlock(source)] : [];
      });
      ref.after(...blocks);
    }
    for (const event of events) {
      const cards = (event.dataset.eventSources ?? '').split(' ').flatMap((id) => {
        const source = byId.get(id);
        return source ? [sourceCard(source)] : [];
      });
      event.querySelector('[data-sources-elsewhere]')?.remove();
      event.after(...cards);
    }
  } catch (error) {
    console.warn('[sources] excerpts unavailable; the links to the method page remain', error);
  }
}
