/**
 * A web address as a reader copies it off paper to find the page: the site's host without "www.",
 * and "/…" when the page is deeper than the site's front page ("reuters.com/…"). A full address on
 * paper is a line of characters nobody types; the publisher, the date and the host find the page.
 */
export function shortAddress(url: string): string {
  const parsed = new URL(url);
  const host = parsed.hostname.replace(/^www\./, '');
  const deeper = parsed.pathname.replace(/\/+$/, '') !== '' || parsed.search !== '' || parsed.hash !== '';
  return deeper ? `${host}/…` : host;
}
