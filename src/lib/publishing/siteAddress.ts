/**
 * The public address links are built from. A build without SITE_URL uses a placeholder that can
 * never resolve; pages then rewrite links to the address they are served from (servedAddress.ts)
 * and the build warns, so a wrong address is never published silently.
 */
export const PLACEHOLDER_SITE = 'https://oreshnik-explainer.example';

export interface SiteAddress {
  url: string;
  /** True when the build has no real address and links must be fixed in the browser. */
  placeholder: boolean;
}

export function siteAddress(siteUrl: string | undefined): SiteAddress {
  const given = siteUrl?.trim();
  return given ? { url: given, placeholder: false } : { url: PLACEHOLDER_SITE, placeholder: true };
}

/** Every place where `from` (an absolute base URL ending in "/") starts a link, moved to `to`. */
export function rebaseUrls(text: string, from: string, to: string): string {
  if (!from || from === to) return text;
  return text.split(from).join(to);
}

const RESERVED_HOST = /(^|\.)(example|invalid|test|localhost)$|(^|\.)example\.(com|net|org)$/i;

/** A stand-in address on a domain reserved by RFC 2606 (an e-mail address or a URL): it reaches no one. */
export function isReservedExample(address: string): boolean {
  const host = URL.canParse(address) && address.includes('://') ? new URL(address).hostname : address.split('@').pop() ?? '';
  return RESERVED_HOST.test(host);
}

/**
 * A path of the site ("/timeline/#data") under the base it is built for ("/" at a domain's root,
 * "/<repo>/" for a GitHub Pages project site): every link, fetch and embed address goes through
 * here, so the site works wherever it is hosted. Paths that are not root-absolute pass unchanged.
 */
export function sitePath(path: string, base: string = import.meta.env.BASE_URL): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  return base.replace(/\/*$/, '/') + path.slice(1);
}

/** The absolute address of a site path on `site` (an origin, e.g. Astro.site or the served one). */
export const addressOf = (path: string, site: string | URL | undefined, base?: string): URL => new URL(sitePath(path, base), site);

/** A site path as built back to the path content and routes name it ("/repo/embed/x/" → "/embed/x/"). */
export function withoutBase(pathname: string, base: string = import.meta.env.BASE_URL): string {
  const root = base.replace(/\/*$/, '/');
  return pathname.startsWith(root) ? '/' + pathname.slice(root.length) : pathname;
}

/** A _headers file (Netlify, Cloudflare Pages) with each rule's path moved under `base`. */
export function headersUnderBase(text: string, base: string): string {
  return text.replace(/^\/\S*/gm, (path) => sitePath(path, base));
}
