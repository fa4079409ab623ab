/** Placeholder: the map issue replaces this with MapLibre. Resolves to nothing, so static maps stay. */
import type { ViewApplier } from '../story/render';

export async function mountMap(): Promise<ViewApplier | undefined> {
  return undefined;
}
