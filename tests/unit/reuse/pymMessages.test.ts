import { describe, expect, test } from 'vitest';
import { isPymId, isPymWidthMessage, pymChildId, pymMessage, readPymMessage } from '../../../src/lib/reuse/pymMessages';

describe('pym.js protocol', () => {
  test('messages are pym, id, type and body joined by xPYMx, as pym.js builds them', () => {
    expect(pymMessage('oreshnik-map', 'height', 812)).toBe('pymxPYMxoreshnik-mapxPYMxheightxPYMx812');
  });

  test('the child id comes from the childId query parameter pym.js adds to the frame address', () => {
    expect(pymChildId('?initialWidth=640&childId=oreshnik-where-it-is&parentTitle=Week%203')).toBe('oreshnik-where-it-is');
    expect(pymChildId('?initialWidth=640')).toBeNull();
    expect(pymChildId('')).toBeNull();
  });

  test.each([
    ['markup', '<img src=x onerror=alert(1)>'],
    ['the delimiter', 'axPYMxb'],
    ['whitespace', 'a b'],
    ['regex characters', 'a.*'],
    ['an empty id', ''],
    ['a very long id', 'a'.repeat(101)],
  ])('an id with %s is refused', (_name, id) => {
    expect(isPymId(id)).toBe(false);
    expect(pymChildId(`?childId=${encodeURIComponent(id)}`)).toBeNull();
  });

  test("the parent's width message to this child is read; others are not", () => {
    expect(readPymMessage('pymxPYMxchildxPYMxwidthxPYMx640', 'child')).toEqual({ type: 'width', message: '640' });
    expect(isPymWidthMessage('pymxPYMxchildxPYMxwidthxPYMx640', 'child')).toBe(true);
    expect(isPymWidthMessage('pymxPYMxotherxPYMxwidthxPYMx640', 'child')).toBe(false);
    expect(isPymWidthMessage('pymxPYMxchild-2xPYMxwidthxPYMx640', 'child')).toBe(false);
    expect(isPymWidthMessage('pymxPYMxchildxPYMxheightxPYMx640', 'child')).toBe(false);
    expect(isPymWidthMessage('pymxPYMxchildxPYMxwidthxPYMx640px<script>', 'child')).toBe(false);
    expect(isPymWidthMessage({ type: 'width' }, 'child')).toBe(false);
    expect(readPymMessage('pymxPYMxchildxPYMxxPYMx640', 'child')).toBeNull();
  });
});
