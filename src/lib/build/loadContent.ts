/**
 * The one place pages read content from: every collection, checked for broken references
 * before anything renders, so a bad edit fails `astro build` with the file and field named.
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { assertIntegrity, type ContentSet, type Entry } from '../content/integrity';
import { site } from '../content/site';
import { byRank } from '../content/contradictionOrder';

async function entries<K extends CollectionKey>(name: K): Promise<Entry<CollectionEntry<K>['data']>[]> {
  const list = await getCollection(name);
  return list.map((e) => {
    const file = (e as { filePath?: string }).filePath ?? `content/${name}/${e.id}`;
    return { id: e.id, file, data: e.data, body: (e as { body?: string }).body, text: readFileSync(file, 'utf8') };
  });
}

let cached: Promise<ContentSet> | undefined;

export function loadContent(): Promise<ContentSet> {
  cached ??= (async () => {
    const content: ContentSet = {
      sources: await entries('sources'),
      events: await entries('events'),
      places: await entries('places'),
      figures: await entries('figures'),
      contradictions: byRank(await entries('contradictions')),
      eras: await entries('eras'),
      chapters: (await entries('chapters')).sort((a, b) => a.data.order - b.data.order),
      glossary: await entries('glossary'),
      corrections: await entries('corrections'),
      keyFacts: (await entries('keyFacts')).sort((a, b) => a.data.order - b.data.order),
      graphics: await entries('graphics'),
      asOf: site.asOf,
    };
    assertIntegrity(content);
    return content;
  })();
  return cached;
}
