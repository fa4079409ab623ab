import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 412, height: 823 } });
p.on('request', (r) => console.log('req', r.url()));
p.on('requestfailed', (r) => console.log('fail', r.url(), r.failure()?.errorText));
p.on('console', (m) => console.log('console', m.text()));
await p.goto('http://127.0.0.1:4321/', { waitUntil: 'networkidle', timeout: 60000 });
await b.close();
