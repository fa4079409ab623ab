import { createHash } from 'node:crypto';

/** A CSP source hash in the form Astro's `security.csp` hashes take (no quotes). */
export const sha256 = (code: string): `sha256-${string}` => `sha256-${createHash('sha256').update(code).digest('base64')}`;
