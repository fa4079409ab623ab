/** The lesson's plans and answer key, checked against the fact base the way the build checks them. */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { answerPassages, checkLesson } from '../../../src/lib/reuse/lesson';
import { checkTextSupport } from '../../../src/lib/build/citationSupport';
import { formatProblem } from '../../../src/lib/content/integrity';
import { lessonSchema, type Lesson } from '../../../src/lib/content/schemas';
import { readContent } from '../content/readContentFolder';

const FILE = 'content/lesson/lesson.yaml';
const fileText = readFileSync(FILE, 'utf8');
const real = { id: 'lesson', file: FILE, data: lessonSchema.parse(parse(fileText)) };
const content = readContent('content');
const withData = (change: (data: Lesson) => void) => {
  const data = structuredClone(real.data);
  change(data);
  return { ...real, data };
};
const supportProblems = (lesson: typeof real) => checkTextSupport(content, answerPassages(lesson).map((p) => ({ ...p, fileText })));

describe('the real lesson', () => {
  test('has no broken reference, and every verdict is its event’s own claim label', () => {
    expect(checkLesson(real, content.glossary, content).map(formatProblem)).toEqual([]);
  });

  test('every number, date and quotation in a model answer is in an excerpt it cites', () => {
    expect(supportProblems(real).map(formatProblem)).toEqual([]);
  });

  test('every discussion question and every activity item has a model answer', () => {
    const questions = Object.values(real.data.questions).flat();
    expect(questions.length).toBeGreaterThan(10);
    expect(answerPassages(real)).toHaveLength(questions.length + real.data.evaluation.items.length);
  });

  test('has a 45-minute plan and a 20-minute variant', () => {
    expect(real.data.plans.map((p) => p.minutes)).toEqual([45, 20]);
  });
});

describe('the checks catch', () => {
  test('a verdict that differs from the event’s claim label (Putin’s Mach 10 claim marked independently reported)', () => {
    const lesson = withData((data) => {
      data.evaluation.items.push({
        event: 'speed-claim',
        answer: { claimStatus: 'independently-reported', chapter: 'what-oreshnik-is', text: 'Putin says it flies at Mach 10.', cites: ['speed-claim'] },
      });
    });
    const mach10 = content.events.find((e) => e.id === 'oreshnik-first-use-dnipro')!;
    const speedClaim = { ...mach10, id: 'speed-claim', data: { ...mach10.data, claimStatus: 'official-claim' as const } };
    const problems = checkLesson(lesson, [], { ...content, events: [...content.events, speedClaim] });
    expect(problems).toEqual([
      expect.objectContaining({ field: `evaluation.items[${real.data.evaluation.items.length}].answer.claimStatus`, value: 'independently-reported' }),
    ]);
    expect(problems[0].message).toContain('official-claim');
  });

  test('an answer about an event that does not cite it, or that cites nothing real', () => {
    const lesson = withData((data) => {
      data.evaluation.items[0].answer.cites = ['reuters-krichev-site-identified'];
      data.questions['where-it-is'][0].answer.cites = ['no-such-source'];
    });
    expect(checkLesson(lesson, [], content).map((p) => [p.field, p.value])).toEqual([
      ['questions.where-it-is[0].answer.cites[0]', 'no-such-source'],
      ['evaluation.items[0].answer.cites', real.data.evaluation.items[0].event],
    ]);
  });

  test('a number or quotation in an answer that no cited excerpt carries, with its line', () => {
    const lesson = withData((data) => {
      data.questions['where-it-is'][1].answer.text = 'The site is 4,321 km across and "heavily guarded".';
    });
    const problems = supportProblems(lesson);
    expect(problems.map((p) => [p.field, p.value])).toEqual([
      ['questions.where-it-is.1.answer.text', 'heavily guarded'],
      ['questions.where-it-is.1.answer.text', '4,321'],
    ]);
    expect(problems[0].line).toBeGreaterThan(1);
  });

  test('a plan whose phases do not fill its time, or that names a chapter, embed or section that does not exist', () => {
    const lesson = withData((data) => {
      data.plans[1].phases[0].minutes += 1;
      data.plans[0].phases[0].chapters = ['ghost-chapter'];
      data.plans[0].phases[0].embeds = ['ghost-embed'];
      data.plans[0].phases[0].sections = ['answers'];
    });
    expect(checkLesson(lesson, [], content).map((p) => [p.field, p.value])).toEqual([
      ['plans[0].phases[0].chapters[0]', 'ghost-chapter'],
      ['plans[0].phases[0].embeds[0]', 'ghost-embed'],
      ['plans[0].phases[0].sections[0]', 'answers'],
      ['plans[1].phases', '21'],
    ]);
  });
});
