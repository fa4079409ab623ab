import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import { EVENT_COLUMNS, dataMeta, eventsCsv, eventsJson, placesGeojson, sourcesJson } from '../../../src/lib/data/dataExports';
import type { ContentSet } from '../../../src/lib/content/integrity';
import { site } from '../../../src/lib/content/site';
import { readContent } from '../content/readContentFolder';
import { parseCsv } from './parseCsv';

/** The content files themselves, read without our loaders: what the exports must match. */
const yamlIn = (folder: string) =>
  new Map(
    readdirSync(join('content', folder))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => [f.replace(/\.yaml$/, ''), parse(readFileSync(join('content', folder, f), 'utf8'))]),
  );

let content: ContentSet;
const files = { events: yamlIn('events'), sources: yamlIn('sources'), places: yamlIn('places') };
const meta = dataMeta(site, new URL('https://example.org'));
const urlsOf = (sourceIds: string[]) => sourceIds.map((id) => files.sources.get(id).url);
beforeAll(() => {
  content = readContent('content');
});

describe('data files round-trip the content', () => {
  test('events.json has every event file once, with the same dates and source URLs', () => {
    const parsed = JSON.parse(JSON.stringify(eventsJson(content, meta)));
    expect(parsed.events.map((e: { id: string }) => e.id).sort()).toEqual([...files.events.keys()].sort());
    for (const e of parsed.events) {
      const file = files.events.get(e.id);
      expect(e.date).toBe(String(file.date));
      expect(e.claimStatus).toBe(file.claimStatus);
      expect(e.sources.map((s: { url: string }) => s.url)).toEqual(urlsOf(file.sources));
      expect(e.link).toBe(`https://example.org/#event-${e.id}`);
    }
    expect(parsed).toMatchObject({ licence: site.licence, asOf: site.asOf });
  });

  test('events.csv parses back to the same ids, dates, titles and source URLs', () => {
    const [header, ...rows] = parseCsv(eventsCsv(content));
    expect(header).toEqual([...EVENT_COLUMNS]);
    const col = (name: (typeof EVENT_COLUMNS)[number]) => header.indexOf(name);
    expect(rows.map((r) => r[col('id')]).sort()).toEqual([...files.events.keys()].sort());
    for (const r of rows) {
      const file = files.events.get(r[col('id')]);
      expect(r).toHaveLength(header.length);
      expect(r[col('title')]).toBe(file.title);
      expect(r[col('summary')]).toBe(file.summary);
      expect(r[col('date')]).toBe(String(file.date));
      expect(r[col('source_urls')].split(' | ')).toEqual(urlsOf(file.sources));
    }
  });

  test('sources.json has every source file with its URL and verbatim excerpt', () => {
    const parsed = JSON.parse(JSON.stringify(sourcesJson(content, meta)));
    expect(parsed.sources.map((s: { id: string }) => s.id).sort()).toEqual([...files.sources.keys()].sort());
    for (const s of parsed.sources) {
      expect(s.url).toBe(files.sources.get(s.id).url);
      expect(s.excerpt).toBe(files.sources.get(s.id).excerpt);
    }
    expect(parsed).toMatchObject({ licence: site.licence, asOf: site.asOf });
  });

  test('places.geojson has every place; positions only where the content gives them, as [lon, lat]', () => {
    const parsed = JSON.parse(JSON.stringify(placesGeojson(content, meta)));
    expect(parsed.type).toBe('FeatureCollection');
    expect(parsed.features.map((f: { id: string }) => f.id).sort()).toEqual([...files.places.keys()].sort());
    for (const f of parsed.features) {
      const file = files.places.get(f.id);
      if (file.outline) expect(f.geometry).toMatchObject({ type: 'Polygon', coordinates: [expect.arrayContaining(file.outline)] });
      else if (file.lat === undefined) expect(f.geometry).toBeNull();
      else expect(f.geometry).toEqual({ type: 'Point', coordinates: [file.lon, file.lat] });
      expect(f.properties.sources.map((s: { url: string }) => s.url)).toEqual(urlsOf(file.sources ?? []));
    }
  });
});
