import { describe, expect, test } from 'vitest';
import { presenterAction } from '../../../src/lib/reuse/presenterKeys';

describe('presenter keys', () => {
  test('left and right arrows jump a chapter', () => {
    expect(presenterAction({ key: 'ArrowRight' })).toBe('next');
    expect(presenterAction({ key: 'ArrowLeft' })).toBe('previous');
  });

  test('a clicker’s page keys, Space and up/down page through a chapter before moving on', () => {
    for (const key of ['ArrowDown', 'PageDown', ' ']) expect(presenterAction({ key })).toBe('forward');
    for (const key of ['ArrowUp', 'PageUp']) expect(presenterAction({ key })).toBe('back');
    expect(presenterAction({ key: ' ', shiftKey: true })).toBe('back');
  });

  test('Escape leaves; other keys and browser shortcuts are left alone', () => {
    expect(presenterAction({ key: 'Escape' })).toBe('exit');
    expect(presenterAction({ key: 'a' })).toBeNull();
    expect(presenterAction({ key: 'ArrowLeft', altKey: true })).toBeNull();
    expect(presenterAction({ key: 'ArrowRight', metaKey: true })).toBeNull();
  });
});
