/**
 * Each integrity check fires on a small broken fixture and names the file, the field and the
 * bad value. loadContent() runs assertIntegrity before any page renders, so the same problems
 * fail `astro build` with the same message.
 */
import { describe, expect, test } from 'vitest';
import { assertIntegrity, checkIntegrity, formatProblem } from '../../../src/lib/content/integrity';
import { readContent, readRawEntries, schemaProblems } from './readContentFolder';

const FIXTURES = 'tests/fixtures/content';
const GOOD = `${FIXTURES}/good`;
/** The good fixture with one bad fixture's files laid over it. */
const withBad = (name: string) => readContent(GOOD, `${FIXTURES}/${name}`);

test('the good fixture passes the schemas and every integrity check', () => {
  expect(schemaProblems(readRawEntries(GOOD))).toEqual([]);
  expect(checkIntegrity(readContent(GOOD)).map(formatProblem)).toEqual([]);
});

test('a chapter written in steps (with a fold, a note on a citation and a "why it matters" line) passes too', () => {
  expect(checkIntegrity(readContent(GOOD, `${FIXTURES}/good-steps`)).map(formatProblem)).toEqual([]);
});

test('a step whose fence names its line in the file', () => {
  const [problem] = checkIntegrity(withBad('bad-step-unknown-place'));
  expect(problem.line).toBe(27);
});

describe('each broken reference or rule is reported with its file, field and value', () => {
  test.each([
    ['bad-unknown-source', 'events/analysts-doubt.yaml', 'sources[0]', 'daily-2025-03-99'],
    ['bad-unknown-place', 'events/minister-says-in-place.yaml', 'places[1]', 'atlantis'],
    ['bad-unknown-event', 'chapters/02-the-doubt.md', 'timeline.events[0]', 'analysts-doubted'],
    ['bad-unknown-figure', 'chapters/01-the-claim.md', 'map.rings[0]', 'range-claimed'],
    ['bad-unknown-path-place', 'chapters/01-the-claim.md', 'map.paths[0].from', 'nowhere-range'],
    ['bad-unknown-border', 'places/border-gap.yaml', 'borderOf[1]', 'nowhere'],
    ['bad-contradiction-unknown-event', 'contradictions/when-in-place.yaml', 'events[1]', 'ghost-event'],
    ['bad-version-unknown-source', 'contradictions/when-in-place.yaml', 'versions[0].sources[0]', 'vestnik-2025-03-03'],
    ['bad-impossible-date', 'events/analysts-doubt.yaml', 'date', '2025-02-30'],
    ['bad-after-as-of', 'events/analysts-doubt.yaml', 'date', '2025-07-01'],
    ['bad-source-published-after-as-of', 'sources/daily-2025-03-01.yaml', 'published', '2025-12-31'],
    ['bad-precision', 'events/analysts-doubt.yaml', 'precision', 'day'],
    ['bad-untranslated', 'sources/vestnik-2025-03-02.yaml', 'translation', ''],
    ['bad-place-coordinates', 'places/east-city.yaml', 'lat/lon', ''],
    ['bad-sourced-place-without-source', 'places/east-city.yaml', 'sources', ''],
    ['bad-duplicate-order', 'chapters/02-the-doubt.md', 'order', '1'],
    ['bad-duplicate-rank', 'contradictions/who-doubts-it.yaml', 'rank', '1'],
    ['bad-chapter-cites-unknown', 'chapters/02-the-doubt.md', 'body citation', 'ghost-source'],
    ['bad-ambiguous-citation', 'chapters/01-the-claim.md', 'body citation', 'analysts-doubt'],
    ['bad-chapter-without-citations', 'chapters/02-the-doubt.md', 'body', ''],
    ['bad-unattributed-quote', 'chapters/02-the-doubt.md', 'body quotation', 'is already in place'],
    ['bad-correction-unknown-chapter', 'corrections/2025-06-20-claimed-range.yaml', 'affects.chapters[0]', 'the-claims'],
    ['bad-correction-unknown-glossary-term', 'corrections/2025-04-02-term-wording.yaml', 'affects.glossary[0]', 'test-weapon'],
    ['bad-correction-unknown-source', 'corrections/2025-05-10-doubt-month.yaml', 'sources[0]', 'daily-2025-04-01'],
    ['bad-correction-misdated', 'corrections/2025-05-10-doubt-month.yaml', 'date', '2025-05-11'],
    ['bad-key-fact-unknown-cite', 'key-facts/02-doubt.yaml', 'cites[0]', 'analysts-doubted'],
    ['bad-key-fact-duplicate-order', 'key-facts/02-doubt.yaml', 'order', '1'],
    ['bad-step-unknown-place', 'chapters/02-the-doubt.md', 'steps[1].map.fit[0]', 'atlantis'],
    ['bad-step-schema', 'chapters/02-the-doubt.md', 'steps[0].id', 'Repeated Step'],
    ['bad-step-duplicate-id', 'chapters/02-the-doubt.md', 'steps[1].id', 'repeated'],
    ['bad-step-text-before', 'chapters/02-the-doubt.md', 'body', 'A stray paragraph before the first step [@vestnik-2025-03-02'],
    ['bad-step-path-source', 'chapters/02-the-doubt.md', 'steps[1].map.paths[0].sources[0]', 'daily-2099-01-01'],
    ['bad-why-unknown-cite', 'chapters/02-the-doubt.md', 'whyItMatters.cites[0]', 'daily-2025-03-02'],
    ['bad-graphic-unknown-chapter', 'graphics/the-doubt-panel.yaml', 'chapter', 'the-doubts'],
    ['bad-graphic-unknown-contradiction', 'graphics/the-doubt-panel.yaml', 'columns.1.items.0.contradiction', 'when-in-the-place'],
    // A statement in the "claimed by officials" column may not rest on what the timeline calls independently reported.
    ['bad-graphic-status-mismatch', 'graphics/the-doubt-panel.yaml', 'columns.0.items.0.cites', 'analysts-doubt'],
  ])('%s → %s %s', (fixture, file, field, value) => {
    const problems = checkIntegrity(withBad(fixture));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field, value });
    expect(problems[0].file.endsWith(`/${file}`)).toBe(true);
  });
});

describe('citation check: every number, date and quotation is carried by a source cited in the same paragraph or entry', () => {
  test.each([
    ['bad-unsupported-number', 'figures/range-claim.yaml', 2, 'label', '1,200'],
    ['bad-unsupported-range', 'chapters/01-the-claim.md', 20, 'body', '6,500'],
    ['bad-unsupported-quote', 'chapters/01-the-claim.md', 20, 'body', 'ready for every task'],
    ['bad-computed-unmarked', 'chapters/01-the-claim.md', 20, 'body', '420'],
    ['bad-number-cited-elsewhere', 'chapters/02-the-doubt.md', 11, 'body', '1,000'],
    ['bad-list-item-cited-elsewhere', 'chapters/02-the-doubt.md', 16, 'body', '1,000'],
    ['bad-unsupported-date', 'events/analysts-doubt.yaml', 5, 'summary', '9 April 2025'],
    ['bad-key-fact-unsupported-number', 'key-facts/01-what.yaml', 3, 'text', '1,500'],
    ['bad-path-unsupported-number', 'chapters/01-the-claim.md', 13, 'map.paths[0]', '40'],
    ['bad-step-path-unsupported-number', 'chapters/02-the-doubt.md', 36, 'steps[1].map.paths[0]', '40'],
    ['bad-why-unsupported-number', 'chapters/02-the-doubt.md', 11, 'whyItMatters.text', '2,000'],
    ['bad-graphic-unsupported-number', 'graphics/the-doubt-panel.yaml', 12, 'columns.0.items.1', '1,500'],
  ])('%s → %s:%i %s %s', (fixture, file, line, field, value) => {
    const problems = checkIntegrity(withBad(fixture));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line, field, value });
    expect(problems[0].file.endsWith(`/${file}`)).toBe(true);
  });

  test('the build names the file, the line and the unmatched token', () => {
    expect(() => assertIntegrity(withBad('bad-unsupported-range'))).toThrow(
      /bad-unsupported-range\/chapters\/01-the-claim\.md:20 → body: number is in no excerpt or translation cited in this paragraph \(value: "6,500"\)/,
    );
  });
});

test('an event stripped of its sources is caught even if it slipped past the schema', () => {
  const content = readContent(GOOD);
  content.events[0] = { ...content.events[0], data: { ...content.events[0].data, sources: [] } };
  expect(checkIntegrity(content)).toEqual([
    expect.objectContaining({ file: content.events[0].file, field: 'sources', message: expect.stringMatching(/at least one source/) }),
  ]);
});

test('assertIntegrity (what the build runs) throws a message naming file, field and value', () => {
  expect(() => assertIntegrity(withBad('bad-unknown-source'))).toThrow(
    /bad-unknown-source\/events\/analysts-doubt\.yaml → sources\[0\]: .*"daily-2025-03-99"/,
  );
  expect(() => assertIntegrity(readContent(GOOD))).not.toThrow();
});

describe('schemas', () => {
  const problemsIn = (fixture: string) => schemaProblems(readRawEntries(GOOD, `${FIXTURES}/${fixture}`));

  test('an event needs at least one source', () => {
    expect(problemsIn('bad-event-without-source')).toEqual([
      expect.objectContaining({ file: expect.stringContaining('bad-event-without-source/events/analysts-doubt.yaml'), field: 'sources' }),
    ]);
  });

  test('a source URL must be a well-formed http(s) URL', () => {
    expect(problemsIn('bad-source-url')).toEqual([
      expect.objectContaining({ file: expect.stringContaining('sources/daily-2025-03-01.yaml'), field: 'url', value: 'javascript:alert(1)' }),
      expect.objectContaining({ file: expect.stringContaining('sources/vestnik-2025-03-02.yaml'), field: 'url', value: 'ftp://vestnik.example.net/a/123' }),
    ]);
  });
});
