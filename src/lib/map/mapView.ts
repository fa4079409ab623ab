/** Placeholder until the map module defines the full view; see the map issue. */
import type { ChapterMeta, Place } from '../content/schemas';

export interface MapView {
  /** [[west, south], [east, north]] in degrees. */
  bounds: [[number, number], [number, number]];
  highlight: string[];
}

export function mapViewFor(map: ChapterMeta['map'], _places: Map<string, Place>): MapView {
  return { bounds: [[23, 51], [33, 56.5]], highlight: map.highlight };
}
