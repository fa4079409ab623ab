/**
 * The handout's sources as one numbered list: each page once, numbered in the order the handout
 * first cites it, and each cited line given the numbers of its pages, smallest first ("[3, 4]"). An event or a
 * figure stands for its own sources, as everywhere on the site.
 */
import type { ContentSet } from '../content/integrity';
import { citedPages } from '../content/citedSources';
import type { CitedPage } from '../sources/describeSource';

export interface NumberedPage extends CitedPage {
  n: number;
}

export interface References {
  /** Every cited page once, in order of first citation. */
  pages: NumberedPage[];
  /** For each list of cited ids given, the numbers of its pages, smallest first. */
  refs: number[][];
}

export function numberReferences(citeLists: readonly (readonly string[])[], content: Pick<ContentSet, 'sources' | 'events' | 'figures'>): References {
  const byUrl = new Map<string, NumberedPage>();
  const refs = citeLists.map((ids) =>
    citedPages(ids, content).map(({ ids: pageIds, source }) => {
      const known = byUrl.get(source.url);
      if (known) {
        for (const id of pageIds) if (!known.ids.includes(id)) known.ids.push(id);
        return known.n;
      }
      const page = { n: byUrl.size + 1, ids: [...pageIds], source };
      byUrl.set(source.url, page);
      return page.n;
    }).sort((a, b) => a - b),
  );
  return { pages: [...byUrl.values()], refs };
}
