/** Dates that are only as precise as their sources: a year, a month or a day. */
export type Precision = 'day' | 'month' | 'year';

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
  precision: Precision;
}

export function parseDate(value: string): PartialDate {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) throw new Error(`Not a date: ${JSON.stringify(value)} (expected YYYY, YYYY-MM or YYYY-MM-DD)`);
  const [year, month, day] = [m[1], m[2], m[3]].map((part) => (part === undefined ? undefined : Number(part)));
  return { year: year!, month, day, precision: day !== undefined ? 'day' : month !== undefined ? 'month' : 'year' };
}

export function isRealDate(value: string): boolean {
  let d: PartialDate;
  try {
    d = parseDate(value);
  } catch {
    return false;
  }
  if (d.month === undefined) return true;
  if (d.month < 1 || d.month > 12) return false;
  if (d.day === undefined) return true;
  const probe = new Date(Date.UTC(d.year, d.month - 1, d.day));
  return probe.getUTCMonth() === d.month - 1 && probe.getUTCDate() === d.day;
}

/** The first and last instant (UTC) a partial date can mean: 2025-12 spans the whole of December. */
export function dateSpan(value: string): [Date, Date] {
  const d = parseDate(value);
  const start = new Date(Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1));
  const end =
    d.precision === 'day'
      ? new Date(Date.UTC(d.year, d.month! - 1, d.day! + 1))
      : d.precision === 'month'
        ? new Date(Date.UTC(d.year, d.month!, 1))
        : new Date(Date.UTC(d.year + 1, 0, 1));
  return [start, end];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Reads a partial date at its own precision: "26 December 2025", "December 2025", "2025". */
export function formatDate(value: string): string {
  const d = parseDate(value);
  if (d.precision === 'year') return String(d.year);
  if (d.precision === 'month') return `${MONTHS[d.month! - 1]} ${d.year}`;
  return `${d.day} ${MONTHS[d.month! - 1]} ${d.year}`;
}
