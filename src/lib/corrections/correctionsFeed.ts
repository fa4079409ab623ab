/**
 * The corrections log as an Atom feed (RFC 4287), built as a string so it needs no library in
 * the build. Entry ids are tag URIs (RFC 4151) minted from the site's host and the correction's
 * own day and file name: they never change when corrections are added, reordered or reworded.
 */
import type { ContentSet, Entry } from '../content/integrity';
import type { Correction } from '../content/schemas';
import { newestFirst } from './correctionsFor';
import { lastUpdated } from './lastUpdated';
import { affectedTargets, correctionPath, type AffectedTarget, type TargetLookup } from './affectedTargets';
import { addressOf } from '../publishing/siteAddress';

export interface FeedInput {
  /** The log, and the entries it names (for titles and links). */
  content: TargetLookup & Pick<ContentSet, 'corrections'>;
  /** Site title and language, and the "as of" day that dates an empty log. */
  site: { title: string; siteName: string; lang: string; asOf: string };
  /** The public address the feed's links start from. */
  siteUrl: URL;
}

export const FEED_PATH = '/corrections.xml';

/** Characters XML 1.0 cannot carry at all; content never needs them, so they are dropped. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    // Attributes are written in double quotes, so a single quote needs no escape.
    .replace(/"/g, '&quot;');
}

/** A day as an RFC 3339 timestamp: corrections are dated to the day, so midnight UTC. */
export const rfc3339Day = (day: string) => `${day}T00:00:00Z`;

export function correctionEntryId(siteUrl: URL, correction: Entry<Correction>): string {
  return `tag:${siteUrl.hostname},${correction.data.date}:corrections/${correction.id}`;
}

function entryTitle(targets: readonly AffectedTarget[]): string {
  const named = targets.filter((t) => t.kind !== 'site').map((t) => t.label);
  if (named.length === 0) return 'Correction to the whole site';
  return `Correction to ${named.map((label) => `“${label}”`).join(', ')}`;
}

export function correctionsFeed({ content, site, siteUrl }: FeedInput): string {
  const url = (path: string) => escapeXml(addressOf(path, siteUrl).href);
  const link = (rel: string, path: string, title?: string, type = 'text/html') =>
    `<link rel="${rel}" type="${type}" href="${url(path)}"${title ? ` title="${escapeXml(title)}"` : ''}/>`;
  const entries = newestFirst(content.corrections).map((c) => {
    const targets = affectedTargets(c.data.affects, content);
    return [
      '  <entry>',
      `    <id>${escapeXml(correctionEntryId(siteUrl, c))}</id>`,
      `    <title>${escapeXml(entryTitle(targets))}</title>`,
      `    <updated>${rfc3339Day(c.data.date)}</updated>`,
      // The log entry is the correction's own page; what it changed is linked as related.
      `    ${link('alternate', correctionPath(c.id))}`,
      ...targets.flatMap((t) => (t.path ? [`    ${link('related', t.path, t.label)}`] : [])),
      `    <content type="text">${escapeXml(`What was wrong: ${c.data.wrong}\nWhat it says now: ${c.data.now}`)}</content>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(site.lang)}">`,
    `  <id>${url(FEED_PATH)}</id>`,
    `  <title>${escapeXml(`${site.title}: corrections`)}</title>`,
    `  <subtitle>Every change to a published fact, with what was wrong and what the site says now.</subtitle>`,
    `  <updated>${rfc3339Day(lastUpdated(content.corrections, site.asOf))}</updated>`,
    `  <author><name>${escapeXml(site.siteName)}</name></author>`,
    `  ${link('self', FEED_PATH, undefined, 'application/atom+xml')}`,
    `  ${link('alternate', '/method/#corrections')}`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
