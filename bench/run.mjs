// Benchmark (not a test): builds the site, serves dist/ compressed on 127.0.0.1 as a static host
// would (brotli, as Netlify, Cloudflare Pages and Vercel send it; BENCH_ENCODING=gzip for hosts that
// only gzip), and runs Lighthouse (mobile and desktop presets, median of BENCH_RUNS runs) in
// Debian's Chromium. Prints one JSON summary; full reports go to bench-results/<time>/.
//
// Usage: npm run bench [-- /path/ /embed/other/]   (defaults: / and one embed page)
// Env: BENCH_RUNS (default 3), BENCH_ENCODING (br or gzip, default br), BENCH_SKIP_BUILD=1, DIST_DIR (default dist, with BENCH_SKIP_BUILD),
//      CHROMIUM_PATH (default /usr/bin/chromium)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveFolder } from '../tests/e2e/support/staticServer.ts';

// Lighthouse (about 150 MB) is this folder's own package, so installing the site does not fetch it:
// the first benchmark on a machine installs it from bench/package-lock.json.
if (!existsSync(new URL('node_modules/lighthouse/package.json', import.meta.url))) {
  console.error('Installing Lighthouse into bench/node_modules (first run only)…');
  // --prefix, not cwd: under `npm run` the parent's npm_config_local_prefix would send `npm ci` to the site's root.
  const install = spawnSync('npm', ['ci', '--prefix', fileURLToPath(new URL('.', import.meta.url)), '--no-audit', '--no-fund'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (install.status !== 0) process.exit(install.status ?? 1);
}
const { default: lighthouse, desktopConfig } = await import('lighthouse');

const DIST = process.env.BENCH_SKIP_BUILD === '1' ? (process.env.DIST_DIR ?? 'dist') : 'dist';
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const PRESETS = { mobile: undefined, desktop: desktopConfig };
const ENCODING = process.env.BENCH_ENCODING === 'gzip' ? 'gzip' : 'br';
const TARGETS = { mobilePerformance: 95, accessibility: 100, bestPractices: 100, seo: 100, firstViewKB: 60, cls: 0 };

if (process.env.BENCH_SKIP_BUILD !== '1') {
  const build = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** The embed of the first chapter stands for every embed; they share one layout. */
function defaultPages() {
  const embeds = existsSync(`${DIST}/embed`)
    ? readdirSync(`${DIST}/embed`, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(`${DIST}/embed/${d.name}/index.html`))
    : [];
  const preferred = ['story', 'the-announcement'].find((name) => embeds.some((d) => d.name === name)) ?? embeds[0]?.name;
  return ['/', ...(preferred ? [`/embed/${preferred}/`] : [])];
}

const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * What the same first view weighs gzip-compressed (hosts without brotli): each requested file of
 * the site, gzipped at level 9, plus what other requests transferred.
 */
function gzipBytes(lhr) {
  return (lhr.audits['network-requests']?.details?.items ?? []).reduce((sum, item) => {
    const file = `${DIST}${decodeURIComponent(new URL(item.url).pathname).replace(/\/$/, '/index.html')}`;
    if (!item.url.startsWith(site.origin) || !existsSync(file)) return sum + (item.transferSize ?? 0);
    return sum + gzipSync(readFileSync(file), { level: 9 }).length;
  }, 0);
}

/** The numbers we care about from one Lighthouse result. */
function summarise(lhr) {
  const audit = (id) => lhr.audits[id];
  const bytesByType = Object.fromEntries(
    (audit('resource-summary')?.details?.items ?? []).map((item) => [item.resourceType, item.transferSize]),
  );
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])),
    fcpMs: Math.round(audit('first-contentful-paint').numericValue),
    lcpMs: Math.round(audit('largest-contentful-paint').numericValue),
    tbtMs: Math.round(audit('total-blocking-time').numericValue),
    cls: Number(audit('cumulative-layout-shift').numericValue.toFixed(4)),
    // Everything the page loaded without any interaction, compressed as sent.
    firstViewBytes: audit('total-byte-weight').numericValue,
    firstViewBytesGzip: gzipBytes(lhr),
    bytesByType,
  };
}

/** Median of every number across runs, keeping the shape of one summary. */
function medianOf(summaries) {
  const walk = (parts) =>
    typeof parts[0] === 'number'
      ? median(parts)
      : Object.fromEntries(Object.keys(parts[0]).map((key) => [key, walk(parts.map((p) => p[key] ?? 0))]));
  return walk(summaries);
}

const pages = process.argv.slice(2).length ? process.argv.slice(2) : defaultPages();
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const outDir = `bench-results/${stamp}`;
await mkdir(outDir, { recursive: true });

const site = await serveFolder(DIST, 0, '127.0.0.1', { compress: [ENCODING] });
const port = await freePort();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', `--remote-debugging-port=${port}`, '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
});

const chromiumVersion = browser.version();
const results = {};
try {
  for (const path of pages) {
    results[path] = {};
    for (const [preset, config] of Object.entries(PRESETS)) {
      const runs = [];
      for (let i = 1; i <= RUNS; i++) {
        const flags = { port, output: 'html', logLevel: 'error', onlyCategories: CATEGORIES };
        const { lhr, report } = await lighthouse(site.origin + path, flags, config);
        if (lhr.runtimeError) throw new Error(`${path} ${preset}: ${lhr.runtimeError.message}`);
        const name = `${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${preset}-${i}`;
        await writeFile(`${outDir}/${name}.html`, report);
        await writeFile(`${outDir}/${name}.json`, JSON.stringify(lhr));
        runs.push(summarise(lhr));
        console.error(`${path} ${preset} run ${i}/${RUNS}: performance ${runs.at(-1).scores.performance}`);
      }
      results[path][preset] = { ...medianOf(runs), runs: RUNS };
    }
  }
} finally {
  await browser.close();
  await site.close();
}

const summary = {
  date: new Date().toISOString(),
  lighthouse: (await import('lighthouse/package.json', { with: { type: 'json' } })).default.version,
  chromium: chromiumVersion,
  runsPerPreset: RUNS,
  compression: ENCODING,
  targets: TARGETS,
  reports: outDir,
  pages: results,
};
await writeFile(`${outDir}/summary.json`, JSON.stringify(summary, null, 2));
console.log(JSON.stringify(summary, null, 2));
