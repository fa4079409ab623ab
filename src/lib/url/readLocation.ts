/**
 * Reads what the address asks for, trusting nothing: only ids that exist in the story are
 * accepted, so hostile fragments and parameters (markup, javascript: URLs, huge strings)
 * fall back to the defaults instead of reaching the page.
 */
export interface LocationRequest {
  chapterId?: string;
  /** A step of that chapter (`#chapter/step`); absent for the chapter's own address. */
  stepId?: string;
  eventId?: string;
  /** ?present: one chapter per screen, large type. */
  present: boolean;
}

const ID = /^[a-z0-9][a-z0-9-]{0,79}$/;

export function readLocation(
  hash: string,
  search: string,
  known: {
    chapters: ReadonlySet<string>;
    events: ReadonlySet<string>;
    /** Step addresses, `chapter/step`. */
    steps?: ReadonlySet<string>;
  },
): LocationRequest {
  const fragment = readFragment(hash);
  const present = presentRequested(search);
  if (fragment.startsWith('event-')) {
    const id = fragment.slice('event-'.length);
    if (ID.test(id) && known.events.has(id)) return { eventId: id, present };
  }
  if (ID.test(fragment) && known.chapters.has(fragment)) return { chapterId: fragment, present };
  const [chapterId, stepId, ...rest] = fragment.split('/');
  if (rest.length === 0 && stepId !== undefined && ID.test(chapterId) && known.chapters.has(chapterId)) {
    // A step that no longer exists still lands on its chapter.
    return ID.test(stepId) && known.steps?.has(fragment) ? { chapterId, stepId, present } : { chapterId, present };
  }
  return { present };
}

/** The fragment if it names one of `ids` (a page's own parts, e.g. the map embed's chapters). */
export function knownFragment(hash: string, ids: readonly string[]): string | undefined {
  const fragment = readFragment(hash);
  return ID.test(fragment) && ids.includes(fragment) ? fragment : undefined;
}

/** Decoded, bounded in length, and '' when the percent-encoding is malformed (`#%` throws in decodeURIComponent). */
function readFragment(hash: string): string {
  return safeDecode(hash.replace(/^#/, '').slice(0, 100));
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return '';
  }
}

/** ?present (or ?present=1, ?present=true) asks for the story as slides. */
export function presentRequested(search: string): boolean {
  const params = new URLSearchParams(search.slice(0, 500));
  return params.has('present') && ['', '1', 'true'].includes(params.get('present') ?? '');
}
