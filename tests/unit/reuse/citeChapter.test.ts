import { describe, expect, test } from 'vitest';
import { citeChapter, localDay } from '../../../src/lib/reuse/citeChapter';

const chapter = {
  chapterTitle: 'Where it is',
  storyTitle: 'A story about a missile',
  siteName: 'An Explainer',
  url: 'https://explainer.example/#where-it-is',
  updated: '2026-11-26',
  accessed: '2027-01-05',
};

describe('citeChapter', () => {
  const { apa, mla, chicago } = citeChapter(chapter);

  test('every style names the chapter, the story, the site and ends up at the permalink', () => {
    for (const citation of [apa, mla, chicago]) {
      expect(citation).toContain('Where it is');
      expect(citation).toContain('A story about a missile');
      expect(citation).toContain('An Explainer');
      expect(citation).toContain('https://explainer.example/#where-it-is');
    }
  });

  test('APA: title first with the date in brackets, then "Retrieved … from" the URL', () => {
    expect(apa).toBe(
      'Where it is. (2026, November 26). In A story about a missile. An Explainer. Retrieved January 5, 2027, from https://explainer.example/#where-it-is',
    );
  });

  test('MLA: quoted title, day-month-year with abbreviated months, access date last', () => {
    expect(mla).toBe('“Where it is.” A story about a missile, An Explainer, 26 Nov. 2026, https://explainer.example/#where-it-is. Accessed 5 Jan. 2027.');
  });

  test('Chicago: last-modified and accessed dates spelled out before the URL', () => {
    expect(chicago).toBe(
      '“Where it is.” In A story about a missile. An Explainer. Last modified November 26, 2026. Accessed January 5, 2027. https://explainer.example/#where-it-is.',
    );
  });

  test('a title that ends in a question mark gets no extra full stop', () => {
    const c = citeChapter({ ...chapter, chapterTitle: 'Deterrence or dependence?' });
    expect(c.apa).toMatch(/^Deterrence or dependence\? \(/);
    expect(c.mla).toMatch(/^“Deterrence or dependence\?” /);
  });

  test('a month-precise "updated" date is not padded with a made-up day', () => {
    const c = citeChapter({ ...chapter, updated: '2026-11' });
    expect(c.apa).toContain('(2026, November)');
    expect(c.mla).toContain(', Nov. 2026,');
    expect(c.chicago).toContain('Last modified November 2026.');
  });

  test('the access date is the reader’s local calendar day', () => {
    expect(localDay(new Date(2027, 0, 5, 23, 59))).toBe('2027-01-05');
    expect(localDay(new Date(2027, 11, 31, 0, 1))).toBe('2027-12-31');
  });
});
