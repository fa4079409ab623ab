/**
 * The pym.js protocol (NPR's embed resizer, used by many newsroom CMSs), written from its
 * documented behaviour in pym.js 1.3.2: the parent page loads the embed with `?childId=<id>` in
 * the query and both sides exchange strings `pymxPYMx<id>xPYMx<type>xPYMx<message>`. The parent
 * sends 'width', the child answers 'height' with its content height in pixels.
 * Kept free of imports: the embed's inline height script is bundled from it.
 */
const DELIMITER = 'xPYMx';

/**
 * Pym takes the id from the host page's container element. We accept only ids that cannot
 * break a message apart (no delimiter, no whitespace) and that pym's own regex reads literally.
 */
const PYM_ID = /^[A-Za-z0-9_-]{1,100}$/;

export const isPymId = (id: string): boolean => PYM_ID.test(id) && !id.includes(DELIMITER);

/** The pym child id in a page's query string, or null when absent or unsafe. */
export function pymChildId(search: string): string | null {
  const id = new URLSearchParams(search).get('childId');
  return id !== null && isPymId(id) ? id : null;
}

export function pymMessage(id: string, type: string, message: string | number): string {
  return ['pym', id, type, String(message)].join(DELIMITER);
}

export interface PymMessage {
  type: string;
  message: string;
}

/** The type and body of a pym message addressed to `id`, or null for anything else. */
export function readPymMessage(data: unknown, id: string): PymMessage | null {
  if (typeof data !== 'string') return null;
  const prefix = `pym${DELIMITER}${id}${DELIMITER}`;
  if (!data.startsWith(prefix)) return null;
  const rest = data.slice(prefix.length);
  const at = rest.indexOf(DELIMITER);
  if (at <= 0) return null;
  const type = rest.slice(0, at);
  // pym's own parser: the type has no whitespace, the message is the rest of the string.
  if (/\s/.test(type)) return null;
  return { type, message: rest.slice(at + DELIMITER.length) };
}

/** True when `data` is the parent's 'width' message to child `id` (pym sends it on load and resize). */
export function isPymWidthMessage(data: unknown, id: string): boolean {
  const read = readPymMessage(data, id);
  return read !== null && read.type === 'width' && /^\d{1,6}$/.test(read.message);
}
