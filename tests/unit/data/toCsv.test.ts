import { describe, expect, test } from 'vitest';
import { toCsv } from '../../../src/lib/data/toCsv';
import { parseCsv } from './parseCsv';

describe('toCsv', () => {
  test('plain fields are left alone, rows end with CRLF', () => {
    expect(toCsv(['a', 'b'], [['1', 2]])).toBe('a,b\r\n1,2\r\n');
  });

  test('commas, quotes and line breaks are quoted, quotes doubled', () => {
    expect(toCsv(['x'], [['Putin said: "Mach 10", twice']])).toBe('x\r\n"Putin said: ""Mach 10"", twice"\r\n');
    expect(toCsv(['x'], [['line one\nline two']])).toBe('x\r\n"line one\nline two"\r\n');
  });

  test('tricky values round-trip through an RFC 4180 reader', () => {
    const rows = [
      ['a,b', '"quoted"', 'multi\r\nline', '', 'Лукашенко'],
      ['', ' leading space', 'trailing,', '""', 'ok'],
    ];
    expect(parseCsv(toCsv(['1', '2', '3', '4', '5'], rows))).toEqual([['1', '2', '3', '4', '5'], ...rows]);
  });

  test('a missing value is an empty field', () => {
    expect(toCsv(['a', 'b', 'c'], [['x', undefined, 'z']])).toBe('a,b,c\r\nx,,z\r\n');
  });
});
