/**
 * The site's Content Security Policy beyond script-src and style-src, which Astro writes with
 * the hashes of what it bundles (astro.config.mjs). Everything comes from our own origin: no
 * CDN, fonts, tiles or analytics. MapLibre decodes images and may start its worker from blobs.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;
