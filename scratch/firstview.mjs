// node scratch/firstview.mjs [path] — what a phone fetches on load (until the network rests), brotli and gzip of each file from dist/.
import { chromium } from 'playwright-core';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
const path = process.argv[2] ?? '/';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'] });
const p = await b.newPage({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
const urls = [];
p.on('request', (r) => urls.push(r.url()));
await p.goto('http://127.0.0.1:4321' + path, { waitUntil: 'networkidle', timeout: 60000 });
await b.close();
let br = 0, gz = 0;
for (const u of [...new Set(urls)]) {
  let f = 'dist' + new URL(u).pathname; if (f.endsWith('/')) f += 'index.html';
  if (!existsSync(f) || !statSync(f).isFile()) { console.log('?', u); continue; }
  const buf = readFileSync(f);
  const a = brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length, g = gzipSync(buf, { level: 9 }).length;
  br += a; gz += g;
  console.log(String(a).padStart(7), String(g).padStart(7), new URL(u).pathname);
}
console.log('total br', (br / 1024).toFixed(1), 'KB; gzip', (gz / 1024).toFixed(1), 'KB');
