/**
 * The data files readers can download, described once: the data package (datapackage.json) and
 * the Dataset in the timeline's structured data both list them from here.
 */
export interface Download {
  /** Lower-case name, unique in the package (Frictionless Data Package "name"). */
  name: string;
  path: string;
  format: 'json' | 'csv' | 'geojson';
  mediatype: string;
  title: string;
}

export const DOWNLOADS: readonly Download[] = [
  { name: 'events', path: '/data/events.json', format: 'json', mediatype: 'application/json', title: 'Timeline events with claim status and sources' },
  { name: 'events-csv', path: '/data/events.csv', format: 'csv', mediatype: 'text/csv', title: 'Timeline events as a spreadsheet (UTF-8 with BOM)' },
  { name: 'sources', path: '/data/sources.json', format: 'json', mediatype: 'application/json', title: 'Sources with verbatim excerpts and unofficial translations' },
  { name: 'places', path: '/data/places.geojson', format: 'geojson', mediatype: 'application/geo+json', title: 'Places named in the explainer (GeoJSON)' },
];

/** A byte-order mark first, so spreadsheet programs open the CSV as UTF-8 (Excel assumes a legacy code page otherwise). */
export const withBom = (csv: string): string => (csv.startsWith('\uFEFF') ? csv : `\uFEFF${csv}`);
