/**
 * What a sentence of ours asserts that a source must carry word for word: numbers written in
 * digits, dates and phrases in quotation marks. And how a source's text is read for them, allowing
 * for the ways the same number or phrase is written in other languages and house styles.
 */

export interface NumberClaim {
  kind: 'number';
  /** As written in our text, e.g. "5,500". */
  text: string;
  /** Canonical value, e.g. "5500" or "2.5". */
  value: string;
}

export interface DateClaim {
  kind: 'date';
  /** As written, e.g. "21 November 2024" or "8 to 9 January 2026". */
  text: string;
  /** Days of the month, as digits: two for a night or a span ("8 to 9 January"). */
  days: string[];
  /** 01–12, when a month is named. */
  month?: string;
  year?: string;
}

export interface QuotationClaim {
  kind: 'quotation';
  /** The words between the quotation marks. */
  text: string;
}

export type Claim = NumberClaim | DateClaim | QuotationClaim;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH = `(${MONTHS.join('|')})`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const SPAN = '\\s*(?:[–/-]|to|and|or)\\s*';
/** "21 November 2024", "8 to 9 January", "17/18 February", "November 21, 2024", "November 2024". */
const DATE = new RegExp(
  `\\b(?:${DAY}${SPAN})?${DAY} ${MONTH}(?:,? (\\d{4}))?\\b|\\b${MONTH} ${DAY}(?:, (\\d{4}))?\\b|\\b${MONTH} (\\d{4})\\b`,
  'g',
);
const YEAR = /^(1[89]|20)\d\d$/;

/** Quotation marks in the pairs our text uses; a ‘single’ or 'single' quote only where it cannot be an apostrophe. */
const QUOTATIONS = [
  /“([^“”\n]+)”/g,
  /"([^"\n]+)"/g,
  /«([^«»\n]+)»/g,
  /„([^„“”\n]+)[“”]/g,
  /(?<![\p{L}\p{N}])‘((?:[^‘’\n]|’(?=\p{L}))+)’(?![\p{L}\p{N}])/gu,
  /(?<![\p{L}\p{N}])'((?:[^'\n]|'(?=\p{L}))+)'(?![\p{L}\p{N}])/gu,
];

/**
 * Digits, with thousands separators or a decimal point between them ("5,500", "2.5"), unless they
 * are part of a name: after a letter or before a capital ("Charter97", "9M729").
 */
const OUR_NUMBER = /(?<![\p{L}\d])\d+(?:[,.\u00a0\u202f\u2009]\d+)*(?![\p{Lu}\d])/gu;
/** In sources: also plain spaces and apostrophes as thousands separators ("5 500", "5'500"). */
const SOURCE_NUMBER = /\d+(?:[,. \u00a0\u202f\u2009'’]\d+)*/g;
const SPACE_SEPARATOR = /[ \u00a0\u202f\u2009]/;

const canonical = (digits: string): string => String(Number(digits));
/** "5", "500" and "5500" are thousands groups; "5", "50", "5000" are not. */
const isGrouped = (groups: readonly string[]) =>
  groups[0].length <= 3 && groups.length > 1 && groups.slice(1).every((g) => g.length === 3);

/** Our English text: commas (or thin spaces) group thousands, a point is the decimal point. */
function readOurNumber(token: string): string[] {
  const [whole, fraction, ...rest] = token.split('.');
  const groups = whole.split(/[,\u00a0\u202f\u2009]/);
  if (rest.length === 0 && (groups.length === 1 || isGrouped(groups))) {
    return [canonical(groups.join('') + (fraction === undefined ? '' : `.${fraction}`))];
  }
  // Not one number ("21.11.2024", "1,2"): each part is a number of its own.
  return token.split(/[,.\u00a0\u202f\u2009]/).map(canonical);
}

/**
 * Every value a number in a source may stand for: "5.500" is 5500 in German and 5.5 in English,
 * "5 500" is 5500 or two numbers, "21.11.2024" is three numbers.
 */
export function readSourceNumber(token: string): string[] {
  const groups = token.split(/[,. \u00a0\u202f\u2009'’]/);
  if (groups.length === 1) return [canonical(token)];
  const values: string[] = [];
  if (isGrouped(groups)) values.push(canonical(groups.join('')));
  const lastSeparator = Math.max(token.lastIndexOf(','), token.lastIndexOf('.'));
  if (lastSeparator > 0 && /^\d+$/.test(token.slice(lastSeparator + 1))) {
    const whole = token.slice(0, lastSeparator).split(/[,. \u00a0\u202f\u2009'’]/);
    if (whole.length === 1 || isGrouped(whole)) values.push(canonical(`${whole.join('')}.${token.slice(lastSeparator + 1)}`));
  }
  if (SPACE_SEPARATOR.test(token)) values.push(...token.split(SPACE_SEPARATOR).flatMap(readSourceNumber));
  return values.length > 0 ? values : groups.map(canonical);
}

/** Small numbers our translations spell out ("five kilometres"), which we may write in digits. */
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const NUMBER_WORD = new RegExp(`\\b(${NUMBER_WORDS.join('|')})\\b`, 'gi');

/** All values the numbers in a source's text may stand for, in digits or spelled out in English. */
export const sourceNumbers = (text: string): Set<string> =>
  new Set([
    ...[...text.matchAll(SOURCE_NUMBER)].flatMap((m) => readSourceNumber(m[0])),
    ...[...text.matchAll(NUMBER_WORD)].map((m) => String(NUMBER_WORDS.indexOf(m[1].toLowerCase()))),
  ]);

/** Calls `found` with each quotation and returns the text without them. */
function takeQuotations(text: string, found: (quotation: string) => void): string {
  return QUOTATIONS.reduce(
    (rest, pattern) =>
      rest.replace(pattern, (_, inner: string) => {
        found(inner);
        return ' ';
      }),
    text,
  );
}

export const withoutQuotations = (text: string): string => takeQuotations(text, () => {});

/** The quotations, dates and numbers in one paragraph or entry of ours, in that order of precedence. */
export function findClaims(text: string): Claim[] {
  const claims: Claim[] = [];
  let rest = takeQuotations(text, (quotation) => claims.push({ kind: 'quotation', text: quotation }));
  // A quotation carries its own numbers; the rest is read for dates, then for numbers.
  rest = rest.replace(DATE, (whole: string, ...g: (string | undefined)[]) => {
    const [firstDay, day1, month1, year1, month2, day2, year2, month3, year3] = g;
    const month = String(MONTHS.indexOf((month1 ?? month2 ?? month3)!) + 1).padStart(2, '0');
    const days = [firstDay, day1 ?? day2].filter((d): d is string => !!d).map(canonical);
    claims.push({ kind: 'date', text: whole, days, month, year: year1 ?? year2 ?? year3 });
    return ' ';
  });
  for (const m of rest.matchAll(OUR_NUMBER)) {
    const token = m[0];
    if (YEAR.test(token)) claims.push({ kind: 'date', text: token, days: [], year: token });
    else for (const value of readOurNumber(token)) claims.push({ kind: 'number', text: token, value });
  }
  return claims;
}

/**
 * Folds what differs between a quotation and its source without changing a word: case, quotation
 * marks and apostrophes, dash styles, ё, spacing and Markdown emphasis.
 */
export const foldForQuotation = (text: string): string =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\u00ad*_]/g, '')
    .replace(/[“”„‟«»"‘’‚‛'`´ʼ′]/g, '')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The pieces of a quotation a source must carry: a quotation shortened with "…" or "[…]", or with
 * our words added in [brackets], is carried if each piece is.
 */
export const quotationPieces = (quotation: string): string[] =>
  quotation
    .split(/\[[^\]]*\]|…|\.\.\./)
    .map((piece) => foldForQuotation(piece).replace(/^[\s.,;:!?-]+|[\s.,;:!?-]+$/g, ''))
    .filter((piece) => piece.length > 0);
