// node scratch/el.mjs <width> <url path> <selector> <out.png> [height]
import { chromium } from 'playwright-core';
const [w, path, sel, out, h = 844] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'] });
try {
  const p = await b.newPage({ viewport: { width: +w, height: +h } });
  await p.goto('http://127.0.0.1:4321' + path, { timeout: 20000 });
  await p.evaluate((s) => document.querySelector(s).scrollIntoView({ block: 'start' }), sel);
  await p.evaluate((s) => Promise.all([...document.querySelector(s).querySelectorAll('img')].map((i) => (i.loading = 'eager', i.decode().catch(() => {})))), sel);
  await p.locator(sel).first().screenshot({ path: out, timeout: 20000, animations: 'disabled' });
} finally { await b.close(); }
