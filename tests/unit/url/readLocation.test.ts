/** The address is reader-controlled: only known ids get through, and nothing hostile throws. */
import { describe, expect, test } from 'vitest';
import { knownFragment, readLocation } from '../../../src/lib/url/readLocation';

const known = {
  chapters: new Set(['the-announcement', 'where-it-is']),
  events: new Set(['oreshnik-strike-lviv']),
  steps: new Set(['where-it-is/krichev', 'where-it-is/no-address']),
};
const read = (hash: string, search = '') => readLocation(hash, search, known);
/** Test names stay readable when the value is a megabyte long. */
const named = (values: string[]) => values.map((v) => [v.length > 60 ? `${v.slice(0, 40)}… (${v.length} chars)` : v, v]);

describe('valid addresses', () => {
  test('a chapter fragment selects that chapter', () => {
    expect(read('#where-it-is')).toEqual({ chapterId: 'where-it-is', present: false });
  });

  test('an event fragment selects that event', () => {
    expect(read('#event-oreshnik-strike-lviv')).toEqual({ eventId: 'oreshnik-strike-lviv', present: false });
  });

  test('a step fragment selects that step of its chapter', () => {
    expect(read('#where-it-is/krichev')).toEqual({ chapterId: 'where-it-is', stepId: 'krichev', present: false });
    expect(read('#where-it-is%2Fkrichev')).toEqual({ chapterId: 'where-it-is', stepId: 'krichev', present: false });
  });

  test('a step that does not exist lands on its chapter; one under an unknown chapter, or nested deeper, on nothing', () => {
    expect(read('#where-it-is/gone')).toEqual({ chapterId: 'where-it-is', present: false });
    expect(read('#where-it-is/<img>')).toEqual({ chapterId: 'where-it-is', present: false });
    expect(read('#nowhere/krichev')).toEqual({ present: false });
    expect(read('#where-it-is/krichev/more')).toEqual({ present: false });
  });

  test('a percent-encoded fragment is decoded', () => {
    expect(read('#where%2Dit%2Dis')).toEqual({ chapterId: 'where-it-is', present: false });
  });

  test.each(['?present', '?present=1', '?present=true', '?lang=en&present'])('%s turns on presentation mode', (search) => {
    expect(read('', search).present).toBe(true);
  });

  test('no fragment and no parameters give the defaults', () => {
    expect(read('', '')).toEqual({ present: false });
  });
});

describe('hostile or unknown values fall back to the defaults without throwing', () => {
  const hostileFragments = [
    '#<script>alert(1)</script>',
    '#%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    '#javascript:alert(1)',
    '#javascript%3Aalert(document.cookie)',
    '#event-<img src=x onerror=alert(1)>',
    '#event-javascript:alert(1)',
    '#event-',
    '#event-where-it-is',
    '#unknown-chapter',
    '#WHERE-IT-IS',
    '#where-it-is/../../etc',
    '#where-it-is%0A',
    '#where-it-is%00',
    '#%E0%A4%A',
    '#%',
    '#__proto__',
    '#constructor',
    '#event-__proto__',
    '#event-constructor',
    '#' + 'a'.repeat(1_000_000),
    '#' + '%'.repeat(100_000),
    '#where-it-is' + 'x'.repeat(200),
  ];
  test.each(named(hostileFragments))('%s', (_name, hash) => {
    expect(read(hash)).toEqual({ present: false });
  });

  test.each(
    named([
      '?present=<script>alert(1)</script>',
      '?present=javascript:alert(1)',
      '?present=0',
      '?present=false',
      '?presentation=1',
      '?%E0%A4%A',
      '?' + 'present=x&'.repeat(100_000),
    ]),
  )('%s does not turn on presentation mode', (_name, search) => {
    expect(read('', search).present).toBe(false);
  });

  test('a very long query string still honours a real flag at its start and ignores what follows', () => {
    expect(read('#where-it-is', '?present=1&junk=' + 'x'.repeat(1_000_000))).toEqual({
      chapterId: 'where-it-is',
      present: true,
    });
  });

  test('an id that is valid in form but not in the story is refused', () => {
    expect(read('#event-made-up-event')).toEqual({ present: false });
  });
});

describe('knownFragment: a page whose fragments name its own parts', () => {
  const ids = ['the-announcement', 'where-it-is'];

  test('a known id is returned, percent-encoded or not', () => {
    expect(knownFragment('#where-it-is', ids)).toBe('where-it-is');
    expect(knownFragment('#where%2Dit%2Dis', ids)).toBe('where-it-is');
  });

  test('no fragment gives nothing', () => {
    expect(knownFragment('', ids)).toBeUndefined();
    expect(knownFragment('#', ids)).toBeUndefined();
  });

  test.each(
    named([
      '#%',
      '#%E0%A4%A',
      '#<script>alert(1)</script>',
      '#%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      '#javascript:alert(1)',
      '#unknown-chapter',
      '#WHERE-IT-IS',
      '#where-it-is%00',
      '#__proto__',
      '#' + 'where-it-is'.repeat(100_000),
    ]),
  )('%s gives nothing and does not throw', (_name, hash) => {
    expect(knownFragment(hash, ids)).toBeUndefined();
  });
});
