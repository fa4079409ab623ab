import { describe, expect, test } from 'vitest';
import { eraOf, resolveEras } from '../../../src/lib/time/eras';

const events = new Map([
  ['first-use', { date: '2024-11-21' }],
  ['construction', { date: '2025-08' }],
]);
const domain = [new Date('2016-01-01'), new Date('2026-05-01')] as const;
const eras = resolveEras(
  [
    // Listed out of order on purpose: eras are ordered by their opening event's date.
    { id: 'build-up', data: { label: 'Build-up', startsWith: 'construction', description: 'x'.repeat(10) } },
    { id: 'before', data: { label: 'Before', description: 'x'.repeat(10) } },
    { id: 'after-first-use', data: { label: 'After first use', startsWith: 'first-use', description: 'x'.repeat(10) } },
  ],
  events,
  domain,
);

describe('eras', () => {
  test('each era opens on its sourced event’s date and runs until the next one opens', () => {
    expect(eras.map((e) => [e.id, e.start.toISOString().slice(0, 10), e.end.toISOString().slice(0, 10)])).toEqual([
      ['before', '2016-01-01', '2024-11-21'],
      ['after-first-use', '2024-11-21', '2025-08-01'],
      ['build-up', '2025-08-01', '2026-05-01'],
    ]);
  });

  test('an event belongs to the era in force on its date; the opening day belongs to the new era', () => {
    expect(eraOf('2024-11-20', eras)?.id).toBe('before');
    expect(eraOf('2024-11-21', eras)?.id).toBe('after-first-use');
    expect(eraOf('2025-07-31', eras)?.id).toBe('after-first-use');
    expect(eraOf('2025-08', eras)?.id).toBe('build-up');
    expect(eraOf('2026-02-11', eras)?.id).toBe('build-up');
  });

  test('an era opened by an event that does not exist fails loudly', () => {
    expect(() => resolveEras([{ id: 'x', data: { label: 'X', startsWith: 'nope', description: 'x'.repeat(10) } }], events, domain)).toThrow(/nope/);
  });
});
