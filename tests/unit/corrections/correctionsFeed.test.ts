/** The Atom feed, read back with a real XML parser: valid structure, stable ids, escaped text. */
import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { correctionsFeed } from '../../../src/lib/corrections/correctionsFeed';
import { readContent } from '../content/readContentFolder';
import { ATOM, parseAtom, RFC3339 } from './parseAtom';

const siteUrl = new URL('https://explainer.example.org');
const site = { title: 'Test explainer', siteName: 'Test explainer — a sourced site', lang: 'en', asOf: '2025-06-30' };
const content = readContent('tests/fixtures/content/good');
const at = (path: string) => new URL(path, siteUrl).href;

describe('the feed built from the fixture log', () => {
  const feed = parseAtom(correctionsFeed({ content, site, siteUrl }));

  test('is an Atom feed with id, title, author, updated and self/alternate links', () => {
    expect(feed).toMatchObject({
      namespace: ATOM,
      lang: 'en',
      id: at('/corrections.xml'),
      title: 'Test explainer: corrections',
      authorName: site.siteName,
      // The newest correction's day, not the "as of" day.
      updated: '2025-06-25T00:00:00Z',
    });
    expect(feed.links).toEqual([
      { rel: 'self', type: 'application/atom+xml', href: at('/corrections.xml') },
      { rel: 'alternate', type: 'text/html', href: at('/method/#corrections') },
    ]);
  });

  test('has one entry per correction, newest first, each with a unique, stable tag id and an RFC 3339 date', () => {
    expect(feed.entries.map((e) => e.id)).toEqual([
      'tag:explainer.example.org,2025-06-25:corrections/2025-06-25-borders',
      'tag:explainer.example.org,2025-06-20:corrections/2025-06-20-claimed-range',
      'tag:explainer.example.org,2025-06-20:corrections/2025-06-20-east-city-point',
      'tag:explainer.example.org,2025-05-10:corrections/2025-05-10-doubt-month',
      'tag:explainer.example.org,2025-04-02:corrections/2025-04-02-term-wording',
    ]);
    expect(feed.entries.map((e) => e.updated)).toEqual([
      '2025-06-25T00:00:00Z',
      '2025-06-20T00:00:00Z',
      '2025-06-20T00:00:00Z',
      '2025-05-10T00:00:00Z',
      '2025-04-02T00:00:00Z',
    ]);
  });

  test('each entry links to its log entry and to the chapters, events, disputes and terms it changed', () => {
    const [borders, range, , doubt, term] = feed.entries;
    expect(range.title).toBe('Correction to “The claim”, “Claimed range 1000 km”');
    expect(range.links).toEqual([
      { rel: 'alternate', type: 'text/html', href: at('/method/#correction-2025-06-20-claimed-range') },
      { rel: 'related', type: 'text/html', href: at('/#the-claim'), title: 'The claim' },
    ]);
    expect(doubt.links.map((l) => l.href)).toContain(at('/timeline/#event-analysts-doubt'));
    expect(term.links.map((l) => l.href)).toEqual([
      at('/method/#correction-2025-04-02-term-wording'),
      at('/method/#contradiction-when-in-place'),
      at('/lesson/#term-test-system'),
    ]);
    expect(borders.title).toBe('Correction to the whole site');
  });

  test('text with markup characters arrives as text, not markup', () => {
    expect(feed.entries[1].content).toEqual({
      type: 'text',
      text:
        "What was wrong: The chapter gave the claimed range as the minister's <own> estimate & a fact.\n" +
        "What it says now: It says the range is the minister's claim, as The Example Daily reports it.",
    });
  });
});

test('the parser the tests rely on rejects what is not well-formed XML', () => {
  expect(() => parseAtom('<feed xmlns="http://www.w3.org/2005/Atom"><id>a & b</id></feed>')).toThrow(/not well-formed/);
});

test('characters XML 1.0 cannot carry are dropped, so a stray control character cannot break the feed', () => {
  const [first, ...rest] = content.corrections;
  const stray = { ...first, data: { ...first.data, now: 'Now\u0001 with a stray control character.' } };
  const xml = correctionsFeed({ content: { ...content, corrections: [stray, ...rest] }, site, siteUrl });
  expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  expect(parseAtom(xml).entries.map((e) => e.content.text).join('\n')).toContain('What it says now: Now with a stray control character.');
});

test('an empty log is still a valid feed, dated by the "as of" day', () => {
  const feed = parseAtom(correctionsFeed({ content: { ...content, corrections: [] }, site, siteUrl }));
  expect(feed.updated).toBe('2025-06-30T00:00:00Z');
  expect(feed.entries).toEqual([]);
});

test('the feed of the real content/ parses and has one entry per file in content/corrections/', () => {
  const real = readContent('content');
  const files = readdirSync('content/corrections').filter((n) => n.endsWith('.yaml'));
  const feed = parseAtom(correctionsFeed({ content: real, site: { ...site, asOf: real.asOf }, siteUrl }));
  expect(feed.updated).toMatch(RFC3339);
  expect(feed.entries).toHaveLength(files.length);
  expect(new Set(feed.entries.map((e) => e.id)).size).toBe(files.length);
  for (const e of feed.entries) {
    expect(e.updated).toMatch(RFC3339);
    expect(e.links[0]).toMatchObject({ rel: 'alternate' });
  }
});
