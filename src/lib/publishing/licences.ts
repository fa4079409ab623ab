/**
 * Notices of the libraries shipped to readers, as Vite's build.license writes them (JSON: name,
 * version, SPDX identifier, licence text) for the client bundle only.
 */
export interface LicenceNotice {
  name: string;
  version: string;
  identifier: string;
  text: string;
}

const isNotice = (value: unknown): value is LicenceNotice =>
  typeof value === 'object' &&
  value !== null &&
  ['name', 'version', 'identifier'].every((key) => typeof (value as Record<string, unknown>)[key] === 'string');

/** Valid entries, one per package and version, in name order; a package without a licence text says so. */
export function parseNotices(raw: unknown): LicenceNotice[] {
  if (!Array.isArray(raw)) throw new Error('licence notices: expected a JSON array (Vite build.license with a .json file name)');
  const seen = new Map<string, LicenceNotice>();
  for (const entry of raw) {
    if (!isNotice(entry)) throw new Error(`licence notices: entry without name, version and identifier: ${JSON.stringify(entry).slice(0, 80)}`);
    const text = typeof entry.text === 'string' && entry.text.trim() ? entry.text.trim() : '';
    seen.set(`${entry.name}@${entry.version}`, { name: entry.name, version: entry.version, identifier: entry.identifier, text });
  }
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
}

/** Package names in `backticks` in the first sentence of the README's "Libraries shipped to readers" item. */
export function readmeShippedLibraries(readme: string): string[] {
  const line = readme.split('\n').find((l) => l.includes('**Libraries shipped to readers**'));
  if (!line) return [];
  const start = readme.indexOf(line);
  // The item runs until the next list item or a blank line.
  const item = readme.slice(start).split(/\n(?=- |\n)/)[0];
  // The list is the item's first sentence; what follows explains it.
  const list = item.split(/\.\s/)[0];
  return [...list.matchAll(/`([^`\s]+)`/g)].map((m) => m[1]);
}
