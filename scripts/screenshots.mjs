// Screenshots of the built site for looking at with your own eyes (not a test).
// Usage: npm run shots -- [path#fragment ...]   (defaults to the home page) → screenshots/*.png
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { serveFolder } from '../tests/e2e/support/staticServer.ts';

const targets = process.argv.slice(2).length ? process.argv.slice(2) : ['/'];
const widths = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
];
const fullPage = process.env.FULL === '1';
await mkdir('screenshots', { recursive: true });
const site = await serveFolder(process.env.DIST_DIR ?? 'dist');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
});
try {
  for (const target of targets) {
    for (const size of widths) {
      const page = await browser.newPage({ viewport: { width: size.width, height: size.height } });
      await page.goto(site.origin + target, { waitUntil: 'networkidle' });
      await page.waitForTimeout(Number(process.env.WAIT ?? 1500));
      const name = `${target.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${size.name}.png`;
      await page.screenshot({ path: `screenshots/${name}`, fullPage });
      console.log(`screenshots/${name}`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await site.close();
}
