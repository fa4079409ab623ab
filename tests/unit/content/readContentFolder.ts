/**
 * Reads a content folder (content/ or a test fixture) the way the Astro content layer does:
 * YAML entries and Markdown chapters with front matter, ids from file names, zod schemas
 * applied. Folders given later replace files of the same path from earlier ones, so a bad
 * fixture holds only the file it breaks.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse } from 'yaml';
import type { ZodType } from 'astro/zod';
import type { ContentSet, Entry, Problem } from '../../../src/lib/content/integrity';
import {
  chapterSchema,
  contradictionSchema,
  correctionSchema,
  eraSchema,
  eventSchema,
  figureSchema,
  glossaryTermSchema,
  graphicSchema,
  keyFactSchema,
  placeSchema,
  sourceSchema,
} from '../../../src/lib/content/schemas';

const SCHEMAS = {
  sources: sourceSchema,
  events: eventSchema,
  places: placeSchema,
  figures: figureSchema,
  contradictions: contradictionSchema,
  eras: eraSchema,
  chapters: chapterSchema,
  glossary: glossaryTermSchema,
  corrections: correctionSchema,
  keyFacts: keyFactSchema,
  graphics: graphicSchema,
} satisfies Record<Exclude<keyof ContentSet, 'asOf'>, ZodType>;

type Collection = keyof typeof SCHEMAS;
/** Where a collection lives, when not in a folder of its own name. */
const FOLDERS: Partial<Record<Collection, string>> = { glossary: 'lesson/glossary', keyFacts: 'key-facts' };

export interface RawEntry {
  collection: Collection;
  id: string;
  /** Path relative to the repository, as problems name it. */
  file: string;
  data: unknown;
  body?: string;
  text: string;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

function readEntry(collection: Collection, path: string): RawEntry {
  const text = readFileSync(path, 'utf8');
  const file = relative(process.cwd(), path);
  if (collection !== 'chapters') return { collection, id: basename(path, '.yaml'), file, data: parse(text), text };
  const match = FRONT_MATTER.exec(text);
  if (!match) throw new Error(`${file}: no front matter`);
  // Same rule as src/content.config.ts: the slug after the number prefix is the id.
  const id = basename(path, '.md').replace(/^\d+-/, '');
  return { collection, id, file, data: parse(match[1]), body: match[2], text };
}

export function readRawEntries(...folders: string[]): RawEntry[] {
  const byPath = new Map<string, RawEntry>();
  for (const folder of folders) {
    for (const collection of Object.keys(SCHEMAS) as Collection[]) {
      const dir = join(folder, FOLDERS[collection] ?? collection);
      if (!existsSync(dir)) continue;
      const ext = collection === 'chapters' ? '.md' : '.yaml';
      for (const name of readdirSync(dir).filter((n) => n.endsWith(ext)).sort()) {
        byPath.set(`${collection}/${name}`, readEntry(collection, join(dir, name)));
      }
    }
  }
  return [...byPath.values()];
}

function valueAt(data: unknown, path: readonly PropertyKey[]): string {
  const value = path.reduce<unknown>((v, key) => (v as Record<PropertyKey, unknown> | undefined)?.[key], data);
  return typeof value === 'string' ? value : JSON.stringify(value) ?? '';
}

/** Schema failures, each naming the file, the field and the bad value like integrity problems do. */
export function schemaProblems(entries: readonly RawEntry[]): Problem[] {
  return entries.flatMap(({ collection, file, data }) => {
    const result = SCHEMAS[collection].safeParse(data);
    if (result.success) return [];
    return result.error.issues.map((issue) => ({
      file,
      field: issue.path.map(String).join('.'),
      value: valueAt(data, issue.path),
      message: issue.message,
    }));
  });
}

function readAsOf(folders: readonly string[]): string {
  const withSite = folders.filter((f) => existsSync(join(f, 'site.json'))).at(-1);
  if (!withSite) throw new Error(`no site.json in ${folders.join(', ')}`);
  return (JSON.parse(readFileSync(join(withSite, 'site.json'), 'utf8')) as { asOf: string }).asOf;
}

/**
 * The folders' content as loadContent() would hand it to checkIntegrity. Throws if any entry
 * fails its schema: integrity checks only ever see valid entries, as in the build.
 */
export function readContent(...folders: string[]): ContentSet {
  const entries = readRawEntries(...folders);
  const invalid = schemaProblems(entries);
  if (invalid.length > 0) throw new Error(`schema problems: ${JSON.stringify(invalid, null, 2)}`);
  const pick = (collection: Collection): Entry<never>[] =>
    entries
      .filter((e) => e.collection === collection)
      .map(({ id, file, data, body, text }) => ({ id, file, data: SCHEMAS[collection].parse(data) as never, body, text }));
  return {
    sources: pick('sources'),
    events: pick('events'),
    places: pick('places'),
    figures: pick('figures'),
    contradictions: pick('contradictions'),
    eras: pick('eras'),
    chapters: pick('chapters'),
    glossary: pick('glossary'),
    corrections: pick('corrections'),
    keyFacts: pick('keyFacts'),
    graphics: pick('graphics'),
    asOf: readAsOf(folders),
  };
}
