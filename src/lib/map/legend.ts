/** The legend for a map view: only what the view shows, each entry with its symbol and words. */
import { formatKm } from './distanceText';
import type { CountryRole, MapView, ViewRing } from './mapView';

export type LegendSymbol = `country-${CountryRole}` | `tint-${CountryRole}` | 'flank' | 'area' | 'occupied' | 'point' | 'border' | 'ring' | 'path' | 'distance' | 'unlocated';

export interface LegendEntry {
  symbol: LegendSymbol;
  text: string;
}

export function legendFor(view: MapView): LegendEntry[] {
  const entries: LegendEntry[] = view.countries.map((c) => ({
    symbol: `country-${c.role}`,
    text: c.detail ? `${c.name} (${c.detail})` : c.name,
  }));
  for (const p of view.points) {
    if (p.uncertaintyKm) entries.push({ symbol: 'area', text: `${p.name}${p.claim ? ` (${p.claim.toLowerCase()})` : ''}: area of about ${formatKm(p.uncertaintyKm)} around, exact point not known` });
  }
  // A role's tint names its countries when they are few; NATO's are many, and named on the map.
  for (const t of view.tinted) entries.push({ symbol: `tint-${t.role}`, text: t.role === 'nato' ? capitalise(TINT_WORDS.nato) : `${t.names.join(', ')}: ${TINT_WORDS[t.role]}` });
  if (view.flank.length) entries.push({ symbol: 'flank', text: 'Dashed blue outline: NATO’s eastern flank' });
  for (const o of view.occupied) entries.push({ symbol: 'occupied', text: o.legend });
  if (view.points.some((p) => !p.uncertaintyKm)) entries.push({ symbol: 'point', text: 'A place, named beside its dot' });
  for (const b of view.borders) entries.push({ symbol: 'border', text: `${b.name}: sources measure it differently (see the list)` });
  for (const r of view.rings) entries.push({ symbol: 'ring', text: `${r.label}${ringNote(r)}` });
  for (const p of view.paths) entries.push({ symbol: 'path', text: [`${p.fromName} → ${p.toName}: ${p.claim}, ${p.claimant}`, ...(p.detail.length ? [p.detail.join(' ')] : [])].join('; ') });
  if (view.distances.length) {
    const published = view.distances.some((d) => d.reported.length) ? '; published figures beside them' : '';
    entries.push({ symbol: 'distance', text: `Dotted line: distance along the Earth’s surface from the reported site, worked out from the two places’ coordinates${published}` });
  }
  for (const u of view.unlocated) entries.push({ symbol: 'unlocated', text: `${u.name}: no map position, not drawn` });
  return entries;
}

/** What the lighter tint of a country's role means, in a reader's words. */
const TINT_WORDS: Record<Exclude<CountryRole, 'other'>, string> = {
  host: 'lighter red, the country the system is based in',
  deployer: 'lighter brown, the country the system belongs to',
  struck: 'lighter yellow, the country it was fired at',
  nato: 'lighter blue, NATO members',
};

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Where a ring without a label on the map is: past the map's edges, which it may enclose. */
function ringNote(r: ViewRing): string {
  if (r.labelAt) return '';
  return r.enclosesMap ? ' (beyond the map edges: all of the map lies within it)' : ' (ring beyond this view)';
}
