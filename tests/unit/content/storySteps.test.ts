/**
 * The story as steps (issue 11): every step is short, every step changes what the map shows,
 * chapter addresses stay, and no fact cited before the rewrite is lost from the story page.
 * Run over the real content and over a chapter rewritten in steps (tests/fixtures/story-steps).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { chapterSteps, type ChapterStep } from '../../../src/lib/build/chapterSteps';
import { chapterCitedIds } from '../../../src/lib/content/chapterNotes';
import { findCitations } from '../../../src/lib/content/citations';
import { checkIntegrity, formatProblem, type ContentSet } from '../../../src/lib/content/integrity';
import { runningWordCount } from '../../../src/lib/content/steps';
import { readContent } from './readContentFolder';

const MAX_WORDS = 70;
const site = readContent('content');
const rewritten = readContent('content', 'tests/fixtures/story-steps');

/** Every step of the story in reading order, with the chapter it belongs to. */
const storySteps = (content: ContentSet) =>
  content.chapters.flatMap((c) => {
    const { steps, authored } = chapterSteps(c.body ?? '', c.data.map);
    return steps.map((step) => ({ chapter: c.id, file: c.file, authored, step }));
  });

/** A map state as a comparable value: the same state written in another order is the same state. */
const mapKey = (map: ChapterStep['map']) =>
  JSON.stringify({
    fit: [...map.fit].sort(),
    highlight: [...map.highlight].sort(),
    rings: map.rings.map((r) => JSON.stringify(r)).sort(),
    distancesTo: [...map.distancesTo].sort(),
    paths: map.paths.map((p) => `${p.from}>${p.to}`).sort(),
  });

function tooLong(content: ContentSet): string[] {
  return storySteps(content)
    .flatMap(({ file, step }) => {
      const words = runningWordCount(step.text);
      return words > MAX_WORDS ? [`${file} steps[${step.index}] (${step.id}): ${words} words`] : [];
    });
}

function unchangedMaps(content: ContentSet): string[] {
  const all = storySteps(content);
  return all.flatMap(({ file, step }, i) =>
    i > 0 && mapKey(all[i - 1].step.map) === mapKey(step.map)
      ? [`${file} steps[${step.index}] (${step.id}) shows the same map as ${all[i - 1].chapter}/${all[i - 1].step.id}`]
      : [],
  );
}

describe('the story in steps', () => {
  test.each([
    ['the site', site],
    ['the site with a chapter rewritten in steps', rewritten],
  ])('%s: every step has at most 70 words of running text (folds not counted)', (_, content) => {
    expect(tooLong(content)).toEqual([]);
  });

  test.each([
    ['the site', site],
    ['the site with a chapter rewritten in steps', rewritten],
  ])('%s: every step shows a different map from the step before it, across chapters too', (_, content) => {
    expect(unchangedMaps(content)).toEqual([]);
  });

  test('the checks fail a step that is too long or repeats the map before it', () => {
    const [chapter] = rewritten.chapters.filter((c) => c.id === 'where-it-is');
    const long = `${'word '.repeat(MAX_WORDS + 1)}[@wion-2025-12-30]`;
    const same = (chapter.body ?? '').replace(/fit: \[krichev-site, krychaw\]\n {2}highlight: \[krichev-site, krychaw\]/, 'fit: [krichev-site, krychaw, mogilev]\n  highlight: [krichev-site]');
    const edited = (body: string) => ({ ...rewritten, chapters: rewritten.chapters.map((c) => (c === chapter ? { ...c, body } : c)) });
    expect(tooLong(edited(`${chapter.body}\n\n\`\`\`step\nid: long\nmap: { fit: [belarus, russia] }\n\`\`\`\n${long}\n`))).toHaveLength(1);
    expect(unchangedMaps(edited(same))).toEqual([expect.stringContaining('(still-building) shows the same map as where-it-is/rushed-construction')]);
  });

  test('every chapter is written in steps', () => {
    expect(site.chapters.filter((c) => !chapterSteps(c.body ?? '', c.data.map).authored).map((c) => c.id)).toEqual([]);
  });

  test('chapter ids (the story’s addresses) are unchanged', () => {
    expect(site.chapters.map((c) => c.id)).toEqual([
      'the-announcement',
      'what-oreshnik-is',
      'how-it-got-there',
      'where-it-is',
      'the-nuclear-precedent',
      'natos-eastern-flank',
      'reactions',
      'who-controls-it',
      'deterrence-or-dependence',
    ]);
  });

  test('the chapter rewritten in steps passes every content check', () => {
    expect(checkIntegrity(rewritten).map(formatProblem)).toEqual([]);
    const { steps, authored } = chapterSteps(rewritten.chapters.find((c) => c.id === 'where-it-is')!.body ?? '', rewritten.chapters[3].data.map);
    expect(authored).toBe(true);
    expect(steps.map((s) => s.id)).toEqual(['no-address', 'not-slutsk', 'closer-to-smolensk', 'krichev', 'rushed-construction', 'still-building']);
  });
});

describe('no facts lost', () => {
  const before = (JSON.parse(readFileSync('tests/fixtures/cited-before-story-v2.json', 'utf8')) as { ids: string[] }).ids;

  /**
   * What the story page cites: chapter bodies (folds included), "why it matters" lines and key
   * facts, each with the sources of the events and figures they cite; and every event on the timeline.
   */
  function citedOnPage(content: ContentSet): Set<string> {
    const sourcesOf = new Map([...content.events, ...content.figures].map((e) => [e.id, e.data.sources]));
    const direct = [...content.chapters.flatMap((c) => chapterCitedIds(c)), ...content.keyFacts.flatMap((k) => k.data.cites)];
    return new Set([...direct, ...direct.flatMap((id) => sourcesOf.get(id) ?? []), ...content.events.map((e) => e.id)]);
  }

  test('the frozen list names what exists (the story cited these ids before it was rewritten in steps)', () => {
    expect(before.length).toBeGreaterThan(100);
    const known = new Set([...site.sources, ...site.events, ...site.figures].map((e) => e.id));
    expect(before.filter((id) => !known.has(id))).toEqual([]);
  });

  test.each([
    ['the site', site],
    ['the site with a chapter rewritten in steps', rewritten],
  ])('%s: every source, event and figure cited before is still cited on the story page', (_, content) => {
    const cited = citedOnPage(content);
    expect(before.filter((id) => !cited.has(id))).toEqual([]);
  });

  test('the check notices a citation dropped from a chapter', () => {
    const dropped = { ...rewritten, chapters: rewritten.chapters.map((c) => ({ ...c, body: (c.body ?? '').replace(/@krichev-site-capacity/g, '@wion-2025-12-30') })) };
    expect(before.filter((id) => !citedOnPage(dropped).has(id))).toEqual(['krichev-site-capacity']);
  });
});
