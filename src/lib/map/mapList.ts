/**
 * A map view as text: every place, ring and distance it shows, with its facts and sources, for
 * screen readers, for the "map as list" toggle and for readers who prefer words to maps.
 */
import type { ContentSet } from '../content/integrity';
import { CLAIM_LABELS } from '../content/claimStatusLabels';
import { formatKm } from './distanceText';
import { measuredFrom, type MapView } from './mapView';

export interface MapListItem {
  name: string;
  claim?: string;
  text: string;
  sources: { publisher: string; url: string }[];
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
    items.push({ name: c.name, text: sentence('Highlighted.', c.detail && `${c.detail}.`, battlegroup, p.note), sources: cite(p.sources) });
  }
  for (const pt of view.points) {
    const p = places.get(pt.id)!;
    const shape = pt.uncertaintyKm ? `Drawn as an area about ${formatKm(pt.uncertaintyKm)} across each way from its centre, because its exact point is not known.` : undefined;
    items.push({
      name: pt.name,
      claim: pt.claim,
      text: sentence(`${capitalise(KIND_WORDS[pt.kind] ?? pt.kind)}.`, shape, pt.detail && `${pt.detail}.`, p.note),
      sources: cite(p.sources),
    });
  }
  for (const b of view.borders) {
    const p = places.get(b.id)!;
    items.push({
      name: b.name,
      text: sentence(p.note, b.measures.length ? `Measures given: ${b.measures.join('; ')}.` : undefined),
      sources: cite(p.sources),
    });
  }
  for (const r of view.rings) {
    const f = figures.get(r.id)!;
    const reach = r.enclosesMap ? ' The ring passes beyond the map edges: all of the map lies within it.' : '';
    items.push({ name: 'Range ring', text: `${r.label}, drawn around: ${site}.${reach} Source wording: “${f.label}”.`, sources: cite(f.sources) });
  }
  for (const p of view.paths) {
    items.push({
      name: `Strike path: ${p.fromName} to ${p.toName}`,
      text: sentence(`${p.claim}, ${p.claimant}${p.detail.length ? `; ${p.detail.join(' ')}` : ''}.`, p.note, 'Drawn along the shortest path on the Earth’s surface between the two places, not as the missile’s actual trajectory.'),
      sources: cite(p.sources),
    });
  }
  for (const d of view.distances) {
    const reported = d.reported.map((r) => `${r.by} gives ${formatKm(r.km)}`).join('; ');
    items.push({
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
    items.push({ name: o.name, text: sentence('Hatched on the map.', p.note), sources: cite(p.sources) });
  }
  for (const u of view.unlocated) {
    const p = places.get(u.id)!;
    items.push({ name: u.name, ...(p.claimStatus ? { claim: CLAIM_LABELS[p.claimStatus] } : {}), text: sentence('No map position: not drawn.', p.note), sources: cite(p.sources) });
  }
  return items;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
