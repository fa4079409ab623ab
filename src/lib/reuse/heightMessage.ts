/**
 * The embed height protocols. Our own: an embedded page posts `{ type: 'oreshnik:height', height, id? }`
 * to its parent; the host page accepts it only from the embed's own origin and only in this
 * exact shape, so no other frame or script can resize (or inject into) the host. Beside it the
 * embed speaks what real hosts already listen for: pym.js (see pymMessages.ts), WordPress's
 * oEmbed frames and Datawrapper's height message.
 * Browser-safe and small: /embed/host.js and the embed's inline height script are bundled from it.
 */
import { isPymWidthMessage, pymChildId, pymMessage } from './pymMessages';

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

/**
 * WordPress frames oEmbed content with `#?secret=<letters and digits>` appended to its address
 * and resizes the frame whose `data-secret` matches a `{message: 'height', secret, value}` message.
 */
export function wordpressSecret(hash: string): string | null {
  const secret = new URLSearchParams(hash.replace(/^#\??/, '')).get('secret');
  return secret !== null && /^[A-Za-z0-9]{1,64}$/.test(secret) ? secret : null;
}

/** Datawrapper's embed script resizes the frame that posts `{'datawrapper-height': {<id>: height}}`. */
export const datawrapperHeightMessage = (id: string, height: number) => ({ 'datawrapper-height': { [id]: Math.ceil(height) } });

/** Which host protocols the embed's address asks for (pym's `?childId=`, WordPress's `#?secret=`). */
export interface Framing {
  id?: string;
  pymId: string | null;
  wordpressSecret: string | null;
}

export const framingFrom = (location: { search: string; hash: string }, id?: string): Framing => ({
  id,
  pymId: pymChildId(location.search),
  wordpressSecret: wordpressSecret(location.hash),
});

/**
 * Every message that tells a host how tall the embed is: ours and Datawrapper's always (hosts
 * ignore what they do not know), pym's and WordPress's when the host framed us their way.
 */
export function heightMessagesFor(height: number, framing: Framing): unknown[] {
  const value = Math.ceil(height);
  const messages: unknown[] = [heightMessage(value, framing.id), datawrapperHeightMessage(framing.id ?? 'oreshnik', value)];
  if (framing.pymId) messages.push(pymMessage(framing.pymId, 'height', value));
  if (framing.wordpressSecret) messages.push({ message: 'height', secret: framing.wordpressSecret, value });
  return messages;
}

/** True when a host asks for the height again: pym's 'width' message, or WordPress's 'ready'. */
export function isHeightRequest(data: unknown, framing: Framing): boolean {
  if (framing.pymId && isPymWidthMessage(data, framing.pymId)) return true;
  if (!framing.wordpressSecret || typeof data !== 'object' || data === null) return false;
  const { message, secret } = data as Record<string, unknown>;
  return message === 'ready' && secret === framing.wordpressSecret;
}
