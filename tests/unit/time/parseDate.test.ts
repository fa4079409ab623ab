import { describe, expect, test } from 'vitest';
import { dateSpan, formatDate, isRealDate, parseDate } from '../../../src/lib/time/parseDate';

describe('dates with their precision', () => {
  test('a date keeps the precision its source gives', () => {
    expect(parseDate('2025')).toEqual({ year: 2025, month: undefined, day: undefined, precision: 'year' });
    expect(parseDate('2025-12')).toMatchObject({ year: 2025, month: 12, precision: 'month' });
    expect(parseDate('2025-12-26')).toMatchObject({ day: 26, precision: 'day' });
  });

  test('a month-only date reads as a month, never as its first day', () => {
    expect(formatDate('2016-07')).toBe('July 2016');
    expect(formatDate('2019')).toBe('2019');
    expect(formatDate('2024-11-21')).toBe('21 November 2024');
  });

  test('a month-only date spans the whole month, a year the whole year, a day one day', () => {
    const days = (v: string) => {
      const [s, e] = dateSpan(v);
      return (e.getTime() - s.getTime()) / 86_400_000;
    };
    expect(days('2024-02')).toBe(29);
    expect(days('2025')).toBe(365);
    expect(days('2025-12-31')).toBe(1);
    expect(dateSpan('2025-12')[1].toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });

  test('malformed and impossible dates are refused', () => {
    expect(() => parseDate('26/12/2025')).toThrow(/expected YYYY/);
    expect(isRealDate('2025-02-29')).toBe(false);
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2025-13')).toBe(false);
  });
});
