import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { foreignRequests, launch, openPage, origin } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe('home page smoke', () => {
  test('loads with a title, no console errors and no request to another origin', async () => {
    const { page, requests, errors, context } = await openPage(browser);
    const response = await page.goto(origin() + '/', { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    expect(await page.title()).toMatch(/Oreshnik/);
    await expect(page.locator('h1').first().textContent()).resolves.toMatch(/Oreshnik/);
    expect(errors).toEqual([]);
    expect(foreignRequests(requests)).toEqual([]);
    await context.close();
  });
});
