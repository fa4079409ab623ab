/**
 * The embed height protocol. An embedded page posts `{ type: 'oreshnik:height', height, id? }`
 * to its parent; the host page accepts it only from the embed's own origin and only in this
 * exact shape, so no other frame or script can resize (or inject into) the host.
 * Kept free of imports: /embed/host.js is bundled from it for pages on other sites.
 */
export const HEIGHT_MESSAGE_TYPE = 'oreshnik:height';

/** Taller than any real embed; a larger number is a bug or an attack. */
export const MAX_EMBED_HEIGHT = 50_000;

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE_TYPE;
  height: number;
  /** Which embed is speaking (its path id), for hosts with several. */
  id?: string;
}

const ID = /^[a-z0-9][a-z0-9-]{0,79}$/;

export function heightMessage(height: number, id?: string): HeightMessage {
  return id ? { type: HEIGHT_MESSAGE_TYPE, height: Math.ceil(height), id } : { type: HEIGHT_MESSAGE_TYPE, height: Math.ceil(height) };
}

/** The message if `data` is exactly a height message, else null. */
export function readHeightMessage(data: unknown): HeightMessage | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const { type, height, id, ...rest } = data as Record<string, unknown>;
  if (Object.keys(rest).length > 0 || type !== HEIGHT_MESSAGE_TYPE) return null;
  if (typeof height !== 'number' || !Number.isFinite(height) || height <= 0 || height > MAX_EMBED_HEIGHT) return null;
  if (id !== undefined && (typeof id !== 'string' || !ID.test(id))) return null;
  return id === undefined ? { type, height: Math.ceil(height) } : { type, height: Math.ceil(height), id };
}

/** The height to set on an iframe, or null when the message is not from `expectedOrigin` or malformed. */
export function acceptHeightMessage(event: { origin: string; data: unknown }, expectedOrigin: string): number | null {
  if (event.origin !== expectedOrigin || expectedOrigin === 'null') return null;
  return readHeightMessage(event.data)?.height ?? null;
}
