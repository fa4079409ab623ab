import { describe, expect, test } from 'vitest';
import { numberReferences } from '../../../src/lib/handout/references';
import { keyMoments } from '../../../src/lib/handout/keyMoments';
import type { Source, TimelineEvent } from '../../../src/lib/content/schemas';

const source = (publisher: string, url: string): Source => ({
  publisher, url, title: 'A title', published: '2025-12-26', language: 'en', excerpt: 'An excerpt.', reliability: 'independent',
});
const event = (id: string, date: string, sources: string[], keyMoment?: string) => ({
  id,
  file: `content/events/${id}.yaml`,
  data: {
    date, precision: 'day', title: 'T', summary: 'A summary here', kind: 'statement', lane: 'belarus-russia', actors: ['X'],
    claimStatus: 'official-claim', places: [], sources, ...(keyMoment ? { keyMoment: { label: keyMoment } } : {}),
  } as TimelineEvent,
});
const content = {
  sources: [
    { id: 'reuters-a', file: '', data: source('Reuters', 'https://www.reuters.com/a') },
    // A second excerpt of the same page: one reference, not two.
    { id: 'reuters-a-2', file: '', data: source('Reuters', 'https://www.reuters.com/a') },
    { id: 'tass-b', file: '', data: source('TASS', 'https://tass.com/b') },
    { id: 'belta-c', file: '', data: source('BelTA', 'https://eng.belta.by/c') },
  ],
  events: [event('ceremony', '2025-12-30', ['tass-b', 'belta-c'])],
  figures: [],
};

describe('numberReferences', () => {
  test('numbers each page once, in order of first citation, a line\'s numbers smallest first; an event stands for its sources', () => {
    const { pages, refs } = numberReferences([['reuters-a'], ['ceremony', 'reuters-a-2']], content);
    expect(pages.map((p) => [p.n, p.source.publisher])).toEqual([[1, 'Reuters'], [2, 'TASS'], [3, 'BelTA']]);
    expect(refs).toEqual([[1], [1, 2, 3]]);
    expect(pages[0].ids).toEqual(['reuters-a', 'reuters-a-2']);
  });

  test('an unknown id cites nothing rather than a wrong page', () => {
    expect(numberReferences([['nothing-here']], content)).toEqual({ pages: [], refs: [[]] });
  });
});

describe('keyMoments', () => {
  test('keeps only the events the chart names, oldest first', () => {
    const events = [event('late', '2025-12-30', ['tass-b'], 'Late'), event('plain', '2024-01-01', ['tass-b']), event('early', '2019-08', ['tass-b'], 'Early')];
    expect(keyMoments(events).map((e) => [e.id, e.data.keyMoment.label])).toEqual([['early', 'Early'], ['late', 'Late']]);
  });
});
