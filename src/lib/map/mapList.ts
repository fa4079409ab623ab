/**
 * A map view as text: every place, ring and distance it shows, with its facts and sources, for
 * screen readers, for the "map as list" toggle and for readers who prefer words to maps. On a page
 * with several maps (the story), mapListsOnPage gives each item's note and sources once.
 */
import type { ContentSet } from '../content/integrity';
import { CLAIM_LABELS } from '../content/claimStatusLabels';
import { formatKm } from './distanceText';
import { measuredFrom, type MapView } from './mapView';

export interface MapListItem {
  /** What the item is about, across maps: `place-<id>`, `figure-<id>`, `path-<id>` or `distance-<id>`. */
  key: string;
  name: string;
  claim?: string;
  /** What this map shows of it (its kind, drawing, role). */
  text: string;
  /** What holds on every map that shows it (the place's note, who reported it). */
  note?: string;
  sources: { publisher: string; url: string }[];
}

/** An item as one list of a page with several maps shows it. */
export interface PageListItem extends MapListItem {
  /** The anchor later lists link to, on the list that gives the note and sources. */
  id?: string;
  /** Where the note and sources are, when a list above on the page already gives them. */
  elsewhere?: { href: string; title: string };
}

const KIND_WORDS: Record<string, string> = {
  capital: 'capital',
  city: 'city',
  base: 'military base',
  site: 'reported site',
  area: 'area',
};

export function mapListItems(view: MapView, content: ContentSet): MapListItem[] {
  const places = new Map(content.places.map((p) => [p.id, p.data]));
  const figures = new Map(content.figures.map((f) => [f.id, f.data]));
  const sources = new Map(content.sources.map((s) => [s.id, s.data]));
  const cite = (ids: readonly string[]) => {
    const seen = new Set<string>();
    return ids.flatMap((id) => {
      const s = sources.get(id);
      if (!s || seen.has(s.url)) return [];
      seen.add(s.url);
      return [{ publisher: s.publisher, url: s.url }];
    });
  };
  const siteId = measuredFrom(places);
  const site = (siteId && places.get(siteId)?.name) ?? 'the reported site';
  const sentence = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(' ');

  const items: MapListItem[] = [];
  for (const c of view.countries) {
    const p = places.get(c.id)!;
    const battlegroup = p.battlegroup && `NATO multinational battlegroup: led by ${p.battlegroup.frameworkNation}, at ${p.battlegroup.location}.`;
    items.push({ key: `place-${c.id}`, name: c.name, text: sentence('Highlighted.', c.detail && `${c.detail}.`), note: sentence(battlegroup, p.note), sources: cite(p.sources) });
  }
  for (const pt of view.points) {
    const p = places.get(pt.id)!;
    const shape = pt.uncertaintyKm ? `Drawn as an area about ${formatKm(pt.uncertaintyKm)} across each way from its centre, because its exact point is not known.` : undefined;
    items.push({
      key: `place-${pt.id}`,
      name: pt.name,
      claim: pt.claim,
      text: sentence(`${capitalise(KIND_WORDS[pt.kind] ?? pt.kind)}.`, shape),
      note: sentence(pt.detail && `${pt.detail}.`, p.note),
      sources: cite(p.sources),
    });
  }
  for (const b of view.borders) {
    const p = places.get(b.id)!;
    items.push({
      key: `place-${b.id}`,
      name: b.name,
      text: '',
      note: sentence(p.note, b.measures.length ? `Measures given: ${b.measures.join('; ')}.` : undefined),
      sources: cite(p.sources),
    });
  }
  for (const r of view.rings) {
    const f = figures.get(r.id)!;
    const reach = r.enclosesMap ? ' The ring passes beyond the map edges: all of the map lies within it.' : '';
    items.push({ key: `figure-${r.id}`, name: 'Range ring', text: `${r.label}, drawn around: ${site}.${reach} Source wording: “${f.label}”.`, sources: cite(f.sources) });
  }
  for (const p of view.paths) {
    items.push({
      key: `path-${p.id}`,
      name: `Strike path: ${p.fromName} to ${p.toName}`,
      text: sentence(`${p.claim}, ${p.claimant}${p.detail.length ? `; ${p.detail.join(' ')}` : ''}.`, 'Drawn along the shortest path on the Earth’s surface between the two places, not as the missile’s actual trajectory.'),
      note: p.note,
      sources: cite(p.sources),
    });
  }
  for (const d of view.distances) {
    const reported = d.reported.map((r) => `${r.by} gives ${formatKm(r.km)}`).join('; ');
    items.push({
      key: `distance-${d.id}`,
      name: d.name,
      text: sentence(
        `${formatKm(d.computedKm)} from ${site}: distance along the Earth’s surface (great-circle), worked out from the two places’ coordinates.`,
        reported && `${reported}.`,
      ),
      sources: cite(content.figures.filter((f) => f.data.topic === siteId && f.data.values?.[d.id] !== undefined).flatMap((f) => f.data.sources)),
    });
  }
  for (const o of view.occupied) {
    const p = places.get(o.id)!;
    items.push({ key: `place-${o.id}`, name: o.name, text: 'Hatched on the map.', note: p.note, sources: cite(p.sources) });
  }
  for (const u of view.unlocated) {
    const p = places.get(u.id)!;
    items.push({
      key: `place-${u.id}`,
      name: u.name,
      ...(p.claimStatus ? { claim: CLAIM_LABELS[p.claimStatus] } : {}),
      text: 'No map position: not drawn.',
      note: p.note,
      sources: cite(p.sources),
    });
  }
  return items;
}

/**
 * The lists of a page's maps, in page order, where the same places recur from map to map: an
 * item's note and sources are given once, by the first list that shows it, and later lists give
 * what their map shows of it with a link there (gzip finds repeats only within 32 KB, so a note
 * repeated chapter after chapter cost the story page its full size each time).
 */
export function mapListsOnPage(maps: readonly { id: string; title: string; items: MapListItem[] }[]): PageListItem[][] {
  const first = new Map<string, { item: PageListItem; href: string; title: string }>();
  return maps.map((map) =>
    map.items.map((item): PageListItem => {
      if (!item.note && item.sources.length === 0) return item;
      const given = first.get(item.key);
      if (!given) {
        const listed: PageListItem = { ...item };
        first.set(item.key, { item: listed, href: `#map-${map.id}-${item.key}`, title: map.title });
        return listed;
      }
      given.item.id = given.href.slice(1);
      return { ...item, note: undefined, sources: [], elsewhere: { href: given.href, title: given.title } };
    }),
  );
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
