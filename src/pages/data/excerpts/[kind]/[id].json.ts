import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent } from '../../../../lib/build/loadContent';
import { chapterNotesOf } from '../../../../lib/content/chapterNotes';
import { excerptsJson, notedSourceIds } from '../../../../lib/data/excerpts';

// One file per chapter and per event; the paths match chapterExcerptsPath and eventExcerptsPath.
export const getStaticPaths = (async () => {
  const content = await loadContent();
  const file = (kind: string, id: string, ids: string[]) => ({ params: { kind, id }, props: { body: excerptsJson(ids, content.sources) } });
  return [
    ...content.chapters.map((c) => file('chapters', c.id, notedSourceIds(chapterNotesOf(c, content)))),
    ...content.events.map((e) => file('events', e.id, e.data.sources)),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.body), { headers: { 'content-type': 'application/json; charset=utf-8' } });
