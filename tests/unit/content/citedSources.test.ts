import { expect, test } from 'vitest';
import { citedPages } from '../../../src/lib/content/citedSources';
import { readContent } from './readContentFolder';

const content = readContent('tests/fixtures/content/good');

test('a cited source is one page; an event or a figure stands for its own sources', () => {
  const event = content.events.find((e) => e.id === 'analysts-doubt')!;
  const pages = citedPages(['daily-2025-03-01', 'analysts-doubt'], content);
  const urls = pages.map((p) => p.source.url);
  expect(urls[0]).toBe(content.sources.find((s) => s.id === 'daily-2025-03-01')!.data.url);
  for (const id of event.data.sources) expect(urls).toContain(content.sources.find((s) => s.id === id)!.data.url);
});

test('the same page cited twice, directly and through an event, is listed once', () => {
  const event = content.events.find((e) => e.data.sources.length > 0)!;
  const pages = citedPages([event.data.sources[0], event.id], content);
  expect(new Set(pages.map((p) => p.source.url)).size).toBe(pages.length);
});

test('unknown ids add nothing', () => {
  expect(citedPages(['no-such-id'], content)).toEqual([]);
});
