import { describe, expect, test } from 'vitest';
import { findClaims, foldForQuotation, quotationPieces, sourceNumbers } from '../../../src/lib/content/claimTokens';

describe('findClaims: what a sentence asserts that a source must carry', () => {
  test('numbers with thousands separators, decimals and both ends of a range', () => {
    expect(findClaims('ranges of 500–5,500 km, 2.5 to 3 km a second, Mach 10')).toEqual([
      { kind: 'number', text: '500', value: '500' },
      { kind: 'number', text: '5,500', value: '5500' },
      { kind: 'number', text: '2.5', value: '2.5' },
      { kind: 'number', text: '3', value: '3' },
      { kind: 'number', text: '10', value: '10' },
    ]);
  });

  test('dates keep their days, month and year together; a year alone is a date too', () => {
    expect(findClaims('On 21 November 2024, on 17/18 February, the night of 8 to 9 January 2026, in March 2026, since 2019')).toEqual([
      { kind: 'date', text: '21 November 2024', days: ['21'], month: '11', year: '2024' },
      { kind: 'date', text: '17/18 February', days: ['17', '18'], month: '02', year: undefined },
      { kind: 'date', text: '8 to 9 January 2026', days: ['8', '9'], month: '01', year: '2026' },
      { kind: 'date', text: 'March 2026', days: [], month: '03', year: '2026' },
      { kind: 'date', text: '2019', days: [], year: '2019' },
    ]);
  });

  test('digits that are part of a name are not numbers', () => {
    expect(findClaims('Charter97 reported the 9M729 missile; the 1990s; the 21st')).toEqual([
      { kind: 'date', text: '1990', days: [], year: '1990' },
      { kind: 'number', text: '21', value: '21' },
    ]);
  });

  test('quotations in every mark we use, but not apostrophes', () => {
    const claims = findClaims(
      "“is not a strategic weapon”, \"in place\", «ракетний дивізіон», ‘made and practically organised’, Russia’s ‘Oreshnik’s range’ and Germany's brigade 'Lietuva'",
    );
    expect(claims.filter((c) => c.kind === 'quotation').map((c) => c.text)).toEqual([
      'is not a strategic weapon',
      'in place',
      'ракетний дивізіон',
      'made and practically organised',
      'Oreshnik’s range',
      'Lietuva',
    ]);
  });

  test('numbers inside a quotation are the quotation’s, not separate claims', () => {
    expect(findClaims('he said “up to 5,500 km”')).toEqual([{ kind: 'quotation', text: 'up to 5,500 km' }]);
  });
});

describe('sourceNumbers: every value a number in a source may stand for', () => {
  test.each([
    ['5,500 km', '5500'],
    ['5 500 км', '5500'],
    ['5\u00a0500 km', '5500'],
    ['5.500 Kilometer', '5500'],
    ['5500 km', '5500'],
    ["5'500 km", '5500'],
    ['2,5 км в секунду', '2.5'],
    ['21.11.2024', '21'],
    ['21.11.2024', '2024'],
    ['RS-26', '26'],
    ['five kilometres from the border', '5'],
  ])('%s carries %s', (text, value) => {
    expect(sourceNumbers(text).has(value)).toBe(true);
  });

  test('one end of a range does not carry the other', () => {
    expect(sourceNumbers('1,000 to 5,500 km').has('500')).toBe(false);
  });
});

describe('quotations match across case, quotation marks, dashes and spacing, and not across words', () => {
  test('folding', () => {
    expect(foldForQuotation('“Is NOT  a — ‘strategic’\nweapon”')).toBe(foldForQuotation('is not a – "strategic" weapon'));
    expect(foldForQuotation('ещё')).toBe(foldForQuotation('еще'));
  });

  test('a shortened quotation is carried piece by piece, our own additions in brackets left out', () => {
    expect(quotationPieces('The Oreshnik system … is not [a] strategic weapon,')).toEqual(['the oreshnik system', 'is not', 'strategic weapon']);
  });
});
