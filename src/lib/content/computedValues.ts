/**
 * Values the site works out itself (distances from coordinates) rather than takes from a source.
 * Chapters mark them `[420 km]{computed}`: the citation check skips them, and the page shows the
 * value followed by how it was obtained, so a reader never takes it for a reported figure.
 */
const COMPUTED = /\[([^\]\n]+)\]\{computed\}/g;

export const COMPUTED_NOTE = "distance along the Earth's surface, computed from coordinates";

/** The text as a reader sees it: "420 km (distance along the Earth's surface, computed from coordinates)". */
export const renderComputedValues = (text: string): string =>
  text.replace(COMPUTED, (_, value: string) => `${value} (${COMPUTED_NOTE})`);

/** The text without its computed values, which no source needs to carry. */
export const withoutComputedValues = (text: string): string => text.replace(COMPUTED, ' ');
