/** The real content/ folder: every file passes its schema and every cross-reference resolves. */
import { expect, test } from 'vitest';
import { checkIntegrity, formatProblem } from '../../../src/lib/content/integrity';
import { readContent, readRawEntries, schemaProblems } from './readContentFolder';

test('every file in content/ passes its zod schema', () => {
  const entries = readRawEntries('content');
  expect(entries.length).toBeGreaterThan(0);
  expect(schemaProblems(entries).map(formatProblem)).toEqual([]);
});

test('content/ has no integrity problems', () => {
  expect(checkIntegrity(readContent('content')).map(formatProblem)).toEqual([]);
});
