/** What mapViewFor needs beyond the places, gathered once from content/ and the basemap. */
import type { ContentSet } from '../content/integrity';
import { formatDate } from '../time/parseDate';
import { countryAt, countryBounds, countryLabelPoints, countryNamesIn, lineBounds, sharedBorder } from '../geo/basemap';
import type { Bounds } from '../geo/bounds';
import type { MapContext } from './mapView';

export function mapContext(content: ContentSet): MapContext {
  const places = new Map(content.places.map((p) => [p.id, p.data]));
  const sources = new Map(content.sources.map((s) => [s.id, s.data]));
  const cache = new Map<string, Bounds | undefined>();
  return {
    figures: new Map(content.figures.map((f) => [f.id, f.data])),
    shapeBounds(place) {
      const key = place.isoNumeric ?? place.borderOf?.join('|') ?? place.name;
      if (!cache.has(key)) {
        const [a, b] = (place.borderOf ?? []).map((id) => places.get(id)?.isoNumeric);
        cache.set(key, place.isoNumeric ? countryBounds(place.isoNumeric) : a && b ? lineBounds(sharedBorder(a, b)) : undefined);
      }
      return cache.get(key);
    },
    labelPoints(place, bounds) {
      if (place.isoNumeric) return countryLabelPoints(place.isoNumeric, bounds);
      const [a, b] = (place.borderOf ?? []).map((id) => places.get(id)?.isoNumeric);
      if (!a || !b) return [];
      const line = sharedBorder(a, b).coordinates.flat();
      const middle = line[Math.floor(line.length / 2)];
      return middle ? [[middle[0], middle[1]]] : [];
    },
    countryNames: countryNamesIn,
    countryAt,
    reportedBy(placeId) {
      // Who reported a place whose location is itself a claim: the events that name it, else the
      // independent sources it cites.
      if (!places.get(placeId)?.claimStatus) return undefined;
      const events = content.events.filter((e) => e.data.places.includes(placeId) && e.data.claimStatus === 'independently-reported');
      if (events.length) return events.map((e) => `${e.data.actors.join(', ')} (${formatDate(e.data.date)})`).join('; ');
      const named = (places.get(placeId)!.sources ?? [])
        .map((id) => sources.get(id))
        .filter((s) => s && s.reliability === 'independent')
        .map((s) => `${s!.publisher}${s!.published === 'not shown' ? '' : ` (${formatDate(s!.published)})`}`);
      return named.length ? `Reported by ${[...new Set(named)].join('; ')}` : undefined;
    },
  };
}
