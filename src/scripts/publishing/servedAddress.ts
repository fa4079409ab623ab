/**
 * In a build made without SITE_URL, links meant for copying (permalinks, citations, embed codes)
 * name a placeholder address. The layout marks such pages with data-built-site; here every such
 * link in the page, including entries brought in later, is moved to the address the page is
 * actually served from, so what a reader copies works.
 */
import { addressOf, rebaseUrls } from '../../lib/publishing/siteAddress';

const ATTRIBUTES = ['href', 'src', 'data-cite', 'data-print-url'];

function fix(root: Node, from: string, to: string): void {
  const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = texts.nextNode(); node; node = texts.nextNode()) {
    if (node.nodeValue?.includes(from)) node.nodeValue = rebaseUrls(node.nodeValue, from, to);
  }
  const elements = root instanceof Element ? [root, ...root.querySelectorAll('*')] : [];
  for (const element of elements) {
    for (const name of ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value?.includes(from)) element.setAttribute(name, rebaseUrls(value, from, to));
    }
    // A textarea shows its value, which stops following its text once the reader has edited it.
    if (element instanceof HTMLTextAreaElement && element.value.includes(from)) element.value = rebaseUrls(element.value, from, to);
  }
}

const from = document.documentElement.dataset.builtSite;
if (from) {
  const to = addressOf('/', location.origin).href;
  fix(document.body, from, to);
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) fix(node, from, to);
  }).observe(document.body, { childList: true, subtree: true });
  document.documentElement.dataset.servedSite = to;
}
