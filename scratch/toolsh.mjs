import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox'] });
for (const js of [false, true]) {
  const ctx = await b.newContext({ viewport: { width: 320, height: 568 }, javaScriptEnabled: js, reducedMotion: 'reduce' });
  const p = await ctx.newPage();
  await p.goto('http://127.0.0.1:4321/');
  if (js) { await p.evaluate(async () => { for (const t of document.querySelectorAll('.tools')) { t.scrollIntoView(); await new Promise((r) => setTimeout(r, 300)); } }); }
  const hs = await p.evaluate(() => [...document.querySelectorAll('.tools')].map((t) => Math.round(t.getBoundingClientRect().height)));
  const heads = await p.evaluate(() => [...document.querySelectorAll('.chapter')].map((c) => Math.round(c.getBoundingClientRect().height)));
  console.log(js ? 'JS ' : 'noJS', 'tools', hs.join(','), '\n     chapters', heads.join(','));
  await ctx.close();
}
await b.close();
