import { describe, expect, test } from 'vitest';
import {
  acceptHeightMessage,
  datawrapperHeightMessage,
  framingFrom,
  heightMessage,
  heightMessagesFor,
  isHeightRequest,
  MAX_EMBED_HEIGHT,
  readHeightMessage,
  wordpressSecret,
} from '../../../src/lib/reuse/heightMessage';

const SITE = 'https://explainer.example';

describe('embed height protocol', () => {
  test('a message the embed sends is accepted by the host from the site’s origin', () => {
    expect(acceptHeightMessage({ origin: SITE, data: heightMessage(812.4, 'the-announcement') }, SITE)).toBe(813);
  });

  test('the same message from any other origin is ignored', () => {
    for (const origin of ['https://evil.example', 'http://explainer.example', 'https://explainer.example:8443', 'null']) {
      expect(acceptHeightMessage({ origin, data: heightMessage(500) }, SITE)).toBeNull();
    }
  });

  test('a sandboxed frame (origin "null") is never trusted, even if the host expects "null"', () => {
    expect(acceptHeightMessage({ origin: 'null', data: heightMessage(500) }, 'null')).toBeNull();
  });

  test.each([
    ['a string', 'oreshnik:height'],
    ['null', null],
    ['an array', [500]],
    ['another type', { type: 'resize', height: 500 }],
    ['a height as text', { type: 'oreshnik:height', height: '500' }],
    ['a negative height', { type: 'oreshnik:height', height: -1 }],
    ['an infinite height', { type: 'oreshnik:height', height: Infinity }],
    ['NaN', { type: 'oreshnik:height', height: NaN }],
    ['an absurd height', { type: 'oreshnik:height', height: MAX_EMBED_HEIGHT + 1 }],
    ['markup as id', { type: 'oreshnik:height', height: 500, id: '<img src=x onerror=alert(1)>' }],
    ['extra fields', { type: 'oreshnik:height', height: 500, html: '<b>hi</b>' }],
  ])('rejects %s', (_name, data) => {
    expect(readHeightMessage(data)).toBeNull();
    expect(acceptHeightMessage({ origin: SITE, data }, SITE)).toBeNull();
  });

  test('the id is optional and kept when valid', () => {
    expect(readHeightMessage({ type: 'oreshnik:height', height: 300 })).toEqual({ type: 'oreshnik:height', height: 300 });
    expect(readHeightMessage({ type: 'oreshnik:height', height: 300, id: 'timeline' })?.id).toBe('timeline');
  });
});

describe('height messages for real hosts', () => {
  const plain = framingFrom({ search: '', hash: '' }, 'where-it-is');

  test('without a host protocol in the address: ours and Datawrapper’s', () => {
    expect(heightMessagesFor(640.2, plain)).toEqual([
      { type: 'oreshnik:height', height: 641, id: 'where-it-is' },
      { 'datawrapper-height': { 'where-it-is': 641 } },
    ]);
  });

  test('a pym.js parent (childId in the query) gets its height string', () => {
    const framing = framingFrom({ search: '?initialWidth=600&childId=oreshnik-map', hash: '' }, 'map');
    expect(heightMessagesFor(900, framing)).toContain('pymxPYMxoreshnik-mapxPYMxheightxPYMx900');
    expect(isHeightRequest('pymxPYMxoreshnik-mapxPYMxwidthxPYMx600', framing)).toBe(true);
    expect(isHeightRequest('pymxPYMxoreshnik-mapxPYMxwidthxPYMx600', plain)).toBe(false);
  });

  test('a WordPress oEmbed frame (#?secret=) gets {message, secret, value}', () => {
    const framing = framingFrom({ search: '', hash: '#?secret=Ab12cd34Ef' }, 'timeline');
    expect(framing.wordpressSecret).toBe('Ab12cd34Ef');
    expect(heightMessagesFor(700, framing)).toContainEqual({ message: 'height', secret: 'Ab12cd34Ef', value: 700 });
    expect(isHeightRequest({ message: 'ready', secret: 'Ab12cd34Ef' }, framing)).toBe(true);
    expect(isHeightRequest({ message: 'ready', secret: 'other' }, framing)).toBe(false);
  });

  test.each(['#?secret=a"b', '#?secret=', '#secret=<x>', '#?secret=' + 'a'.repeat(65), '#where-it-is'])(
    'a hash %s gives no WordPress secret',
    (hash) => {
      expect(wordpressSecret(hash)).toBeNull();
    },
  );

  test('WordPress secrets are read with or without the question mark', () => {
    expect(wordpressSecret('#?secret=abc123')).toBe('abc123');
    expect(wordpressSecret('#secret=abc123')).toBe('abc123');
  });

  test('Datawrapper’s message names the embed', () => {
    expect(datawrapperHeightMessage('map', 12.5)).toEqual({ 'datawrapper-height': { map: 13 } });
  });
});
