/**
 * The order of the "Where sources disagree" list: by how much each question matters to the story
 * (its `rank`, 1 first), not by file name. loadContent() applies it once, so every page that lists
 * contradictions shows them in the same order.
 */
export function byRank<T extends { id: string; data: { rank: number } }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => a.data.rank - b.data.rank || a.id.localeCompare(b.id));
}
