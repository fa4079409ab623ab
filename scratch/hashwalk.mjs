import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'] });
const ctx = await b.newContext({ viewport: { width: 320, height: 568 }, reducedMotion: 'reduce' });
const p = await ctx.newPage();
await p.goto('http://127.0.0.1:4321/');
const ids = await p.evaluate(() => JSON.parse(document.getElementById('story-data').textContent).chapters.map((c) => c.id));
for (const id of ids) {
  await p.evaluate((c) => (location.hash = c), id);
  const t0 = Date.now();
  const ok = await p.waitForFunction((c) => { const l = document.querySelector('[data-map-live]'); return l?.dataset.ready === 'true' && l.dataset.showing === c && l.dataset.map === 'idle'; }, id, { timeout: 30000 }).then(() => true, () => false);
  const st = await p.evaluate(() => { const l = document.querySelector('[data-map-live]'); return { showing: l?.dataset.showing, step: l?.dataset.showingStep, map: l?.dataset.map, ready: l?.dataset.ready, hash: location.hash, y: Math.round(scrollY) }; });
  console.log(id, ok ? 'ok' : 'FAIL', Date.now() - t0, 'ms', JSON.stringify(st));
}
await b.close();
