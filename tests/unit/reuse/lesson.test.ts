import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { checkLesson, evaluationCards, phaseTimes, sortGlossary } from '../../../src/lib/reuse/lesson';
import { sourceUsage } from '../../../src/lib/reuse/sourceUsage';
import { glossaryTermSchema, lessonSchema } from '../../../src/lib/content/schemas';

const source = (publisher: string) => ({ publisher, title: 't', url: `https://${publisher}.example/`, published: '2025', language: 'en', excerpt: 'words', reliability: 'independent' as const });
const content = {
  sources: [{ id: 's1', file: 's1', data: source('one') }, { id: 's2', file: 's2', data: { ...source('two'), reliability: 'state-media' as const } }, { id: 's3', file: 's3', data: source('three') }],
  events: [{ id: 'e1', file: 'e1', data: { date: '2025-01-02', precision: 'day' as const, title: 'Said', summary: 'Someone said something.', kind: 'statement' as const, lane: 'belarus-russia' as const, actors: ['A'], claimStatus: 'official-claim' as const, places: [], sources: ['s1', 's2'] } }],
  figures: [{ id: 'f1', file: 'f1', data: { label: '100 km', topic: 'nato' as const, sources: ['s3'] } }],
  places: [],
  chapters: [{ id: 'c1', file: 'c1', data: {} as never, body: 'Text [@e1]. More [@f1].' }],
};
const answer = { text: 'Because someone said so.', cites: ['e1'] };
const item = { event: 'e1', answer: { ...answer, claimStatus: 'official-claim' as const, chapter: 'c1' } };
const phase = { name: 'Read', minutes: 10, activity: 'Read the chapter together.', chapters: ['c1'], embeds: ['c1', 'timeline'], sections: ['questions'] };
const lesson = {
  id: 'lesson',
  file: 'content/lesson/lesson.yaml',
  data: {
    title: 'Kit',
    intro: 'An introduction.',
    objectives: ['Do something useful.'],
    plans: [{ id: 'full', title: 'Full', minutes: 10, phases: [phase] }],
    differentiation: { younger: ['Fewer terms first.'], older: ['Open the sources.'] },
    sensitivity: { title: 'Care', paragraphs: ['Tell the class a lesson ahead.'] },
    exitTicket: { intro: 'Alone.', prompts: [{ ask: 'Name a claim.', lookFor: 'A named claimant.' }] },
    questions: { c1: [{ ask: 'Why is that so?', answer }] },
    evaluation: { intro: 'Who says so?', items: [item] },
  },
};

describe('lesson content checks', () => {
  test('a glossary entry citing something that does not exist is named with its file and field', () => {
    const glossary = [{ id: 'x', file: 'content/lesson/glossary/x.yaml', data: { term: 'X', definition: 'A definition long enough.', cites: ['e1', 'nope'] } }];
    expect(checkLesson(lesson, glossary, content)).toEqual([
      expect.objectContaining({ file: 'content/lesson/glossary/x.yaml', field: 'cites[1]', value: 'nope' }),
    ]);
  });

  test('questions for an unknown chapter and unknown activity events are reported', () => {
    const bad = { ...lesson, data: { ...lesson.data, questions: { ghost: [{ ask: 'Why is that so?', answer }] }, evaluation: { intro: 'Who says so?', items: [{ ...item, event: 'e9' }] } } };
    expect(checkLesson(bad, [], content).map((p) => p.field)).toEqual(['questions', 'evaluation.items[0].event']);
  });

  test('the activity card carries the event’s own claim status and its sources’ reliability', () => {
    const [card] = evaluationCards(['e1'], content);
    expect(card.event.claimStatus).toBe('official-claim');
    expect(card.sources.map((s) => [s.publisher, s.reliability])).toEqual([['one', 'independent'], ['two', 'state-media']]);
  });

  test('the glossary sorts alphabetically whatever the diacritics', () => {
    const terms = ['Union State', 'Suwałki gap', 'battlegroup'].map((term) => ({ data: { term, definition: '', cites: [] } }));
    expect(sortGlossary(terms).map((t) => t.data.term)).toEqual(['battlegroup', 'Suwałki gap', 'Union State']);
  });

  test('the real lesson files match their schemas', () => {
    expect(() => lessonSchema.parse(parse(readFileSync('content/lesson/lesson.yaml', 'utf8')))).not.toThrow();
    const dir = 'content/lesson/glossary';
    for (const f of readdirSync(dir)) expect(() => glossaryTermSchema.parse(parse(readFileSync(`${dir}/${f}`, 'utf8'))), f).not.toThrow();
  });
});

describe('where sources are used', () => {
  test('a chapter citing an event or a figure uses their sources; an unused source has no uses', () => {
    const usage = sourceUsage(content);
    expect(usage.get('s1')).toEqual({ chapters: ['c1'], events: ['e1'], figures: [], places: [] });
    expect(usage.get('s3')).toEqual({ chapters: ['c1'], events: [], figures: ['f1'], places: [] });
    const unused = sourceUsage({ ...content, chapters: [] });
    expect(unused.get('s3')?.chapters).toEqual([]);
  });
});

describe('lesson plan timing', () => {
  test('each phase starts where the last one ended', () => {
    expect(phaseTimes([{ minutes: 5 }, { minutes: 15 }, { minutes: 10 }])).toEqual([{ from: 0, to: 5 }, { from: 5, to: 20 }, { from: 20, to: 30 }]);
  });
});
