/**
 * Accessibility gate on a phone, one page of each template at 320 px (the narrowest screen we
 * support), with JS on and off (without JS the page differs: static maps, notes): axe-core's WCAG
 * 2.2 A/AA rules and no sideways scrolling, on the same load. Desktop and keyboard:
 * accessibilityDesktop.test.ts. (Language and zoom are read from the built files: staticPages.test.ts.)
 */
import { describe, expect, test } from 'vitest';
import { templatePages } from './builtPages';
import { OVERFLOW, axeViolations, withSettledPage } from './accessibilityChecks';

describe.each(templatePages().map((p) => [p.path]))('%s', (path) => {
  test.each([
    ['JS on', true],
    ['JS off', false],
  ] as const)('at 320 px with %s: 0 axe WCAG 2.2 A/AA violations, nothing wider than the screen', async (_js, javaScriptEnabled) => {
    const { violations, overflow } = await withSettledPage({ viewport: { width: 320, height: 640 }, javaScriptEnabled }, path, async (page) => ({
      violations: await axeViolations(page),
      overflow: await page.evaluate(OVERFLOW),
    }));
    expect(violations).toEqual([]);
    expect(overflow.scrollWidth, `wider than the screen: ${overflow.culprits.join(', ')}`).toBeLessThanOrEqual(overflow.width);
  });
});
