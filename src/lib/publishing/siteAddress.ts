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
