import { describe, expect, test } from 'vitest';
import { shortAddress } from '../../../src/lib/handout/shortAddress';

describe('shortAddress', () => {
  test('an article becomes its site without "www." and "/…"', () => {
    expect(shortAddress('https://www.reuters.com/world/europe/russia-belarus-oreshnik-2025-12-26/')).toBe('reuters.com/…');
  });

  test('keeps subdomains other than www, which name a different site', () => {
    expect(shortAddress('https://en.belta.by/politics/view/some-story-123/')).toBe('en.belta.by/…');
    expect(shortAddress('https://t.me/s/modmilby/12345')).toBe('t.me/…');
  });

  test('a front page has nothing more to find: no ellipsis', () => {
    expect(shortAddress('https://www.example.org/')).toBe('example.org');
    expect(shortAddress('https://example.org')).toBe('example.org');
  });

  test('a page told apart only by its query or fragment is still deeper than the front page', () => {
    expect(shortAddress('https://example.org/?p=123')).toBe('example.org/…');
    expect(shortAddress('https://example.org/#section')).toBe('example.org/…');
  });

  test('lower-cases the host as browsers do, and drops the port', () => {
    expect(shortAddress('https://WWW.Example.ORG:8443/News')).toBe('example.org/…');
  });

  test('an address that is not one throws instead of printing nonsense', () => {
    expect(() => shortAddress('reuters.com/world')).toThrow();
  });
});
