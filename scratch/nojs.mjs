// node scratch/nojs.mjs <width> <path> <selector> <out.png> — with JavaScript off.
import { chromium } from 'playwright-core';
const [w, path, sel, out] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox'] });
try {
  const ctx = await b.newContext({ viewport: { width: +w, height: 844 }, javaScriptEnabled: false });
  const p = await ctx.newPage();
  await p.goto('http://127.0.0.1:4321' + path, { timeout: 20000 });
  await p.evaluate((s) => { const e = document.querySelector(s); e.scrollIntoView(); e.querySelectorAll('img').forEach((i) => (i.loading = 'eager')); }, sel).catch(() => {});
  await p.waitForFunction((s) => [...document.querySelector(s).querySelectorAll('img')].every((i) => i.complete), sel, { timeout: 20000 }).catch(() => {});
  await p.locator(sel).first().screenshot({ path: out, timeout: 20000 });
} finally { await b.close(); }
