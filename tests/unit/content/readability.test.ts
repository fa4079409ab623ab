import { describe, expect, test } from 'vitest';
import { readability, runningText, sentencesOf, syllables } from '../../../src/lib/content/readability';

describe('running text', () => {
  test('drops headings, citation markers, link targets and computed markers but keeps the words', () => {
    const md = '### How far?\n\nIt flew [far](https://x.example) [@src-1; @src-2]. About [610 km]{computed} away.\n';
    expect(runningText(md)).toBe('It flew far. About 610 km away.');
  });
});

describe('sentences', () => {
  test('split at end marks before a capital, not inside abbreviations or numbers', () => {
    expect(sentencesOf('It flew 2.5 km, e.g. far. Then it stopped! Did it? “Yes.” He said so.')).toEqual([
      'It flew 2.5 km, e.g. far.',
      'Then it stopped!',
      'Did it?',
      '“Yes.”',
      'He said so.',
    ]);
  });
});

describe('syllables', () => {
  test.each([
    ['cat', 1],
    ['missile', 2],
    ['table', 2],
    ['deployment', 3],
    ['reported', 3],
    ['dozens', 2],
    ['sites', 1],
    ['Belarus', 3],
    ['5,500', 2],
  ])('%s has %i', (word, n) => expect(syllables(word)).toBe(n));
});

describe('grade', () => {
  test('short plain sentences read at a lower grade than long ones with long words', () => {
    const plain = readability('The cat sat. The dog ran. It was a fine day.');
    const dense = readability(
      'Intermediate-range ballistic missile deployments fundamentally destabilise established international security architectures, analysts argued repeatedly.',
    );
    expect(plain.wordsPerSentence).toBeCloseTo(11 / 3, 1);
    expect(plain.grade).toBeLessThan(3);
    expect(dense.grade).toBeGreaterThan(15);
    expect(dense.grade - plain.grade).toBeGreaterThan(10);
  });

  test('an empty text has no sentences and no grade', () => {
    expect(readability('')).toEqual({ sentences: 0, words: 0, wordsPerSentence: 0, grade: 0 });
  });
});

test('each list item and paragraph ends a sentence, even without a full stop', () => {
  const md = 'Sources give different dates:\n\n- 17 December: one outlet\n- 18 December: another\n\nThen it ended';
  expect(sentencesOf(runningText(md))).toEqual(['Sources give different dates:', '17 December: one outlet', '18 December: another', 'Then it ended']);
});
