import { describe, expect, test } from 'vitest';
import { acceptHeightMessage, heightMessage, MAX_EMBED_HEIGHT, readHeightMessage } from '../../../src/lib/reuse/heightMessage';

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
