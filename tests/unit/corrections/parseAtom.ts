/**
 * Reads a feed with a real XML parser: its validator first (well-formedness, e.g. a bare "&" or
 * a mismatched tag fails), then the Atom elements the tests check, as plain objects.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export const ATOM = 'http://www.w3.org/2005/Atom';

export interface AtomLink {
  rel?: string;
  type?: string;
  href: string;
  title?: string;
}

export interface AtomEntry {
  id: string;
  title: string;
  updated: string;
  links: AtomLink[];
  content: { type?: string; text: string };
}

interface Node {
  '#text'?: string;
  [key: string]: unknown;
}

export function parseAtom(xml: string) {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`not well-formed XML: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`);
  const doc = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    alwaysCreateTextNode: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    // Every element below the root as a list, so a duplicated <id> or <updated> shows.
    isArray: (_name, jpath, _leaf, isAttribute) => !isAttribute && String(jpath).includes('.'),
  }).parse(xml) as { feed?: Node };
  const feed = doc.feed;
  if (!feed) throw new Error('the root element is not <feed>');
  const list = (node: Node, name: string) => (node[name] as Node[] | undefined) ?? [];
  /** The only child of that name: Atom allows exactly one id, title and updated per feed and entry. */
  const one = (node: Node, name: string) => {
    const found = list(node, name);
    if (found.length !== 1) throw new Error(`expected exactly one <${name}>, found ${found.length}`);
    return found[0];
  };
  const text = (node: Node, name: string) => one(node, name)['#text'] ?? '';
  const links = (node: Node) => list(node, 'link').map(({ rel, type, href, title }) => ({ rel, type, href, title }) as AtomLink);
  return {
    namespace: feed.xmlns as string | undefined,
    lang: feed['xml:lang'] as string | undefined,
    id: text(feed, 'id'),
    title: text(feed, 'title'),
    updated: text(feed, 'updated'),
    authorName: text(one(feed, 'author'), 'name'),
    links: links(feed),
    entries: list(feed, 'entry').map(
      (e): AtomEntry => ({
        id: text(e, 'id'),
        title: text(e, 'title'),
        updated: text(e, 'updated'),
        links: links(e),
        content: { type: one(e, 'content').type as string | undefined, text: text(e, 'content') },
      }),
    ),
  };
}

/** RFC 3339 date-time, as Atom requires for updated. */
export const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
