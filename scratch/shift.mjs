import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'] });
const ctx = await b.newContext({ viewport: { width: 320, height: 568 }, reducedMotion: 'reduce' });
const p = await ctx.newPage();
await p.goto('http://127.0.0.1:4321/');
await p.waitForSelector('html[data-story="ready"]');
await p.evaluate(() => (location.hash = 'the-announcement'));
await p.waitForTimeout(8000);
await p.evaluate(() => {
  window.__log = [];
  const h = document.getElementById('what-oreshnik-is');
  new ResizeObserver(() => {}).observe(document.body);
  const t0 = performance.now();
  const sample = () => { window.__log.push([Math.round(performance.now() - t0), Math.round(h.getBoundingClientRect().top), Math.round(scrollY), location.hash, document.querySelector('[data-map-live]')?.dataset.showing]); if (performance.now() - t0 < 6000) requestAnimationFrame(sample); };
  new PerformanceObserver((l) => { for (const e of l.getEntries()) for (const s of e.sources ?? []) window.__log.push(['shift', Math.round(e.startTime), s.node?.className ?? s.node?.nodeName, Math.round(s.previousRect.height), Math.round(s.currentRect.height), Math.round(s.previousRect.y), Math.round(s.currentRect.y)]); }).observe({ type: 'layout-shift' });
  location.hash = 'what-oreshnik-is';
  sample();
});
await p.waitForTimeout(6500);
const log = await p.evaluate(() => window.__log);
let prev = '';
for (const l of log) { const s = JSON.stringify(l.slice(1)); if (s !== prev) console.log(JSON.stringify(l)); prev = s; }
await b.close();
