import { describe, expect, it } from 'vitest';
import { runningWordCount, splitSteps, stepAnchor, withoutStepFences } from '../../../src/lib/content/steps';
import { runningText } from '../../../src/lib/content/readability';

const body = [
  '```step',
  'id: first',
  'map: { fit: [belarus] }',
  '```',
  'Belarus says it has the system [@a].',
  '',
  '```step',
  'id: second',
  'map:',
  '  fit: [krichev-site]',
  '```',
  'Researchers point to Krichev [@b; @c].',
  '',
  '```more',
  '```',
  'The site is small [@d].',
  '',
].join('\n');

describe('splitSteps', () => {
  it('cuts a body into steps at each step fence, with the fence YAML, the text and the fold', () => {
    const { before, steps } = splitSteps(body);
    expect(before).toBe('');
    expect(steps.map((s) => s.yaml)).toEqual(['id: first\nmap: { fit: [belarus] }', 'id: second\nmap:\n  fit: [krichev-site]']);
    expect(steps[0]).toMatchObject({ text: 'Belarus says it has the system [@a].', more: undefined, line: 1 });
    expect(steps[1]).toMatchObject({ text: 'Researchers point to Krichev [@b; @c].', more: 'The site is small [@d].', line: 7 });
  });

  it('keeps text before the first step apart, so a check can refuse it', () => {
    expect(splitSteps(`Stray text.\n\n${body}`).before).toBe('Stray text.');
    expect(splitSteps('No steps at all.')).toEqual({ before: 'No steps at all.', steps: [] });
  });

  it('leaves only what a reader reads once the fences are gone', () => {
    const prose = withoutStepFences(body);
    expect(prose).not.toContain('```');
    expect(prose).not.toContain('fit:');
    expect(runningText(body)).toBe('Belarus says it has the system.\nResearchers point to Krichev.\nThe site is small.');
  });
});

describe('runningWordCount', () => {
  it('counts words, not citation markers, link targets or tags', () => {
    expect(runningWordCount('Putin said it flies at Mach 10 [@speed-putin-mach-10].')).toBe(7);
    expect(runningWordCount('See [the map](#map) <span class="x">now</span>.')).toBe(4);
    expect(runningWordCount('About 2,500 km or [610 km]{computed} away.')).toBe(7);
  });
});

it('addresses a step under its chapter', () => {
  expect(stepAnchor('where-it-is', 'krichev')).toBe('where-it-is/krichev');
});
