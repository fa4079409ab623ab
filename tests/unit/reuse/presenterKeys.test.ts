import { describe, expect, test } from 'vitest';
import { presenterAction } from '../../../src/lib/reuse/presenterKeys';

describe('presenter keys', () => {
  test('right, down, Space and a clicker’s PageDown show the next slide', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ']) expect(presenterAction({ key })).toBe('next');
  });

  test('left, up, Shift+Space and a clicker’s PageUp show the previous slide', () => {
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(presenterAction({ key })).toBe('previous');
    expect(presenterAction({ key: ' ', shiftKey: true })).toBe('previous');
  });

  test('Home and End go to the first and last slides', () => {
    expect(presenterAction({ key: 'Home' })).toBe('first');
    expect(presenterAction({ key: 'End' })).toBe('last');
  });

  test('Escape leaves; other keys and browser shortcuts are left alone', () => {
    expect(presenterAction({ key: 'Escape' })).toBe('exit');
    expect(presenterAction({ key: 'a' })).toBeNull();
    expect(presenterAction({ key: 'ArrowLeft', altKey: true })).toBeNull();
    expect(presenterAction({ key: 'ArrowRight', metaKey: true })).toBeNull();
    expect(presenterAction({ key: 'Home', ctrlKey: true })).toBeNull();
  });
});
