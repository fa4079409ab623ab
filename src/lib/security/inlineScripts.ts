import { createHash } from 'node:crypto';

/**
 * The only inline script: it runs before first paint so the enhanced layout never jumps in
 * after load (no layout shift). Its hash goes into the Content Security Policy.
 */
export const JS_CLASS_SCRIPT = "document.documentElement.classList.replace('no-js','js')";

/** A CSP source hash in the form Astro's `security.csp` hashes take (no quotes). */
export const sha256 = (code: string): `sha256-${string}` => `sha256-${createHash('sha256').update(code).digest('base64')}`;
