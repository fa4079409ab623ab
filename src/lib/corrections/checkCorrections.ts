/**
 * The corrections log's own integrity rules: everything a correction names must exist, or its
 * "Corrected" note would silently land nowhere. Problems read like every other integrity check.
 */
import type { ContentSet, Problem } from '../content/integrity';
import { isRealDate } from '../time/parseDate';

/** Where each kind a correction can name lives, for the message that says what is missing. */
const KINDS = {
  chapters: ['chapter', 'content/chapters/'],
  events: ['event', 'content/events/'],
  places: ['place', 'content/places/'],
  figures: ['figure', 'content/figures/'],
  contradictions: ['contradiction', 'content/contradictions/'],
  glossary: ['glossary term', 'content/lesson/glossary/'],
} as const;

export function checkCorrections(content: Pick<ContentSet, 'corrections' | 'sources' | keyof typeof KINDS>): Problem[] {
  const problems: Problem[] = [];
  const add = (file: string, field: string, value: string, message: string) => problems.push({ file, field, value, message });
  const known = (list: readonly { id: string }[]) => new Set(list.map((e) => e.id));
  const ids = Object.fromEntries(Object.keys(KINDS).map((k) => [k, known(content[k as keyof typeof KINDS])])) as Record<keyof typeof KINDS, Set<string>>;
  const sources = known(content.sources);

  for (const { id, file, data } of content.corrections) {
    if (!isRealDate(data.date)) add(file, 'date', data.date, 'not a real calendar date');
    // The file name is the log's anchor and the feed entry's id: it starts with the day it was made.
    else if (!id.startsWith(`${data.date}-`)) add(file, 'date', data.date, `the file name must start with the correction's date (${data.date}-<short-slug>.yaml)`);
    for (const [kind, [noun, folder]] of Object.entries(KINDS) as [keyof typeof KINDS, readonly [string, string]][]) {
      data.affects[kind].forEach((value, i) => {
        if (!ids[kind].has(value)) add(file, `affects.${kind}[${i}]`, value, `no such ${noun} in ${folder}`);
      });
    }
    data.sources.forEach((value, i) => {
      if (!sources.has(value)) add(file, `sources[${i}]`, value, 'no such source in content/sources/');
    });
  }
  return problems;
}
