/**
 * The data files readers can download, built from the same content as the page: every event
 * with its sources, every source, every place. Pure, so tests can check they round-trip the content.
 */
import type { ContentSet } from '../content/integrity';
import { CLAIM_LABELS } from '../content/claimStatusLabels';
import type { Place } from '../content/schemas';
import type { Site } from '../content/site';
import { outlinePolygon } from '../geo/outline';
import { toCsv } from './toCsv';
import { addressOf } from '../publishing/siteAddress';

type Meta = Pick<Site, 'siteName' | 'licence' | 'asOf'> & { pageUrl: string };

/** What every data file says about itself: who publishes it, under which licence, as of when. */
export const dataMeta = (site: Site, siteUrl: URL | undefined): Meta => ({
  siteName: site.siteName,
  licence: site.licence,
  asOf: site.asOf,
  pageUrl: addressOf('/', siteUrl).href,
});

const about = (meta: Meta, description: string) => ({
  description,
  publisher: meta.siteName,
  page: meta.pageUrl,
  licence: meta.licence,
  asOf: meta.asOf,
});

const byDate = (content: ContentSet) =>
  [...content.events].sort((a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id));

export function eventsJson(content: ContentSet, meta: Meta) {
  const sources = new Map(content.sources.map((s) => [s.id, s.data]));
  return {
    ...about(meta, 'Dated events on the timeline, each with its claim status and sources. Dates are only as precise as "precision" says.'),
    events: byDate(content).map(({ id, data }) => ({
      id,
      link: `${meta.pageUrl}#event-${id}`,
      date: data.date,
      precision: data.precision,
      dateNote: data.dateNote,
      title: data.title,
      summary: data.summary,
      kind: data.kind,
      lane: data.lane,
      actors: data.actors,
      claimStatus: data.claimStatus,
      claimLabel: CLAIM_LABELS[data.claimStatus],
      places: data.places,
      sources: data.sources.map((sid) => ({ id: sid, publisher: sources.get(sid)?.publisher, url: sources.get(sid)?.url })),
      disputedBy: content.contradictions.filter((c) => c.data.events.includes(id)).map((c) => c.data.question),
    })),
  };
}

export const EVENT_COLUMNS = ['id', 'date', 'precision', 'title', 'summary', 'kind', 'lane', 'actors', 'claim_status', 'places', 'source_urls'] as const;

/** One row per event; lists inside a cell are separated by " | ". */
export function eventsCsv(content: ContentSet): string {
  const urls = new Map(content.sources.map((s) => [s.id, s.data.url]));
  const rows = byDate(content).map(({ id, data: e }) => [
    id,
    e.date,
    e.precision,
    e.title,
    e.summary,
    e.kind,
    e.lane,
    e.actors.join(' | '),
    e.claimStatus,
    e.places.join(' | '),
    e.sources.map((sid) => urls.get(sid)).join(' | '),
  ]);
  return toCsv(EVENT_COLUMNS, rows);
}

export function sourcesJson(content: ContentSet, meta: Meta) {
  return {
    ...about(meta, 'Every source the explainer cites, with the verbatim excerpt that supports it and our unofficial translation where the excerpt is not in English.'),
    sources: [...content.sources].sort((a, b) => a.id.localeCompare(b.id)).map(({ id, data }) => ({ id, ...data })),
  };
}

/**
 * Places as GeoJSON: points, and areas with an outline (Crimea) as polygons. A place whose
 * position is not known has a null geometry rather than a guessed one.
 */
export function placesGeojson(content: ContentSet, meta: Meta) {
  const urls = new Map(content.sources.map((s) => [s.id, s.data.url]));
  const geometry = ({ lat, lon, outline }: Pick<Place, 'lat' | 'lon' | 'outline'>) =>
    outline
      ? outlinePolygon(outline, 'rfc7946')
      : lat !== undefined && lon !== undefined
        ? { type: 'Point' as const, coordinates: [lon, lat] }
        : null;
  return {
    type: 'FeatureCollection' as const,
    ...about(meta, 'Places named in the explainer. Coordinates are WGS 84 longitude/latitude; "provenance" says where each position comes from. Areas with an outline are polygons; an area marked "occupied" lies in the country named by "country" and is occupied by the place named by "occupied.by".'),
    features: [...content.places]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map(({ id, data: { lat, lon, outline, sources, ...properties } }) => ({
        type: 'Feature' as const,
        id,
        geometry: geometry({ lat, lon, outline }),
        properties: { ...properties, sources: sources.map((sid) => ({ id: sid, url: urls.get(sid) })) },
      })),
  };
}
