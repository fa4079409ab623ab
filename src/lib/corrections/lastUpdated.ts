/** The site's "last updated" day, shown beside the day its content was last checked. */
import type { Entry } from '../content/integrity';
import type { Correction } from '../content/schemas';
import { newestFirst } from './correctionsFor';

/** The newest correction's day, or the "as of" day while the log is empty. */
export function lastUpdated(corrections: readonly Entry<Correction>[], asOf: string): string {
  return newestFirst(corrections)[0]?.data.date ?? asOf;
}
