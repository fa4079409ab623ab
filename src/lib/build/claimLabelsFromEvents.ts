import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CLAIM_LABELS } from '../content/claimStatusLabels';

/**
 * Labels for event ids whose claim status readers must see where the event is cited:
 * read straight from content/events because Markdown plugins run before the content layer.
 */
export function claimLabelsFromEvents(folder: string): Map<string, string> {
  const labels = new Map<string, string>();
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.yaml'))) {
    const status = (parse(readFileSync(join(folder, file), 'utf8')) as { claimStatus?: string })?.claimStatus;
    if (status === 'official-claim' || status === 'contested') labels.set(file.replace(/\.yaml$/, ''), CLAIM_LABELS[status]);
  }
  return labels;
}
