// Benchmark (not a test): builds the site, serves dist/ compressed on 127.0.0.1 as a static host
// would (brotli, as Netlify, Cloudflare Pages and Vercel send it; BENCH_ENCODING=gzip for hosts that
// only gzip), and runs Lighthouse (mobile and desktop presets, median of BENCH_RUNS runs) in
// Debian's Chromium; then the scroll test (bench/scroll.mjs) on this build and on a build of a
// baseline commit, side by side; then what opening one timeline event and one source note fetches
// (bench/opening.mjs), with brotli and with gzip. The first view is reported for both encodings.
// Prints one JSON summary; full reports go to bench-results/<time>/.
//
// Usage: npm run bench [-- /path/ /embed/other/]   (Lighthouse pages; defaults: / and one embed page)
//        npm run bench -- --only scroll|lighthouse|opening  --baseline <commit> (default baff2fe)
// Env: BENCH_RUNS (default 3), BENCH_ENCODING (br or gzip, default br), BENCH_SKIP_BUILD=1, DIST_DIR (default dist, with BENCH_SKIP_BUILD),
//      CHROMIUM_PATH (default /usr/bin/chromium)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { parseArgs } from 'node:util';
import { serveFolder } from '../tests/e2e/support/staticServer.ts';
import { baselineDist } from './baseline.mjs';
import { SCROLL_TARGETS, VIEWPORTS, scrollOnce } from './scroll.mjs';
import { openingBytes } from './opening.mjs';

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: { only: { type: 'string' }, baseline: { type: 'string', default: 'baff2fe' } },
});
const PARTS = ['lighthouse', 'scroll', 'opening'];
if (options.only && !PARTS.includes(options.only)) {
  console.error(`--only takes ${PARTS.map((p) => `"${p}"`).join(', ')}, not "${options.only}"`);
  process.exit(2);
}
const runLighthouse = !options.only || options.only === 'lighthouse';
const runScroll = !options.only || options.only === 'scroll';
const runOpening = !options.only || options.only === 'opening';

// Lighthouse (about 150 MB) is this folder's own package, so installing the site does not fetch it:
// the first benchmark on a machine installs it from bench/package-lock.json.
if (runLighthouse && !existsSync(new URL('node_modules/lighthouse/package.json', import.meta.url))) {
  console.error('Installing Lighthouse into bench/node_modules (first run only)…');
  // --prefix, not cwd: under `npm run` the parent's npm_config_local_prefix would send `npm ci` to the site's root.
  const install = spawnSync('npm', ['ci', '--prefix', fileURLToPath(new URL('.', import.meta.url)), '--no-audit', '--no-fund'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (install.status !== 0) process.exit(install.status ?? 1);
}
const { default: lighthouse, desktopConfig } = runLighthouse ? await import('lighthouse') : {};

const DIST = process.env.BENCH_SKIP_BUILD === '1' ? (process.env.DIST_DIR ?? 'dist') : 'dist';
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const PRESETS = runLighthouse ? { mobile: undefined, desktop: desktopConfig } : {};
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

const pages = !runLighthouse ? [] : positionals.length ? positionals : defaultPages();
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const outDir = `bench-results/${stamp}`;
await mkdir(outDir, { recursive: true });

const site = await serveFolder(DIST, 0, '127.0.0.1', { compress: [ENCODING] });
const port = await freePort();
const CHROMIUM = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
};
const results = {};
let chromiumVersion;
if (runLighthouse) {
  const browser = await chromium.launch({ ...CHROMIUM, args: [...CHROMIUM.args, `--remote-debugging-port=${port}`] });
  chromiumVersion = browser.version();
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
  }
}

/**
 * Both builds at each viewport, one after the other (baseline, then current), so a machine that
 * gets busier during the run weighs on both alike; the median of BENCH_SCROLL_RUNS runs each.
 */
let scroll;
if (runScroll) {
  const SCROLL_RUNS = Math.max(1, Number(process.env.BENCH_SCROLL_RUNS ?? 1));
  const base = baselineDist(options.baseline);
  const baseSite = await serveFolder(base.dist, 0, '127.0.0.1', { compress: [ENCODING] });
  const builds = { baseline: baseSite.origin, current: site.origin };
  scroll = { baseline: base.hash.slice(0, 7), runs: SCROLL_RUNS, targets: SCROLL_TARGETS };
  try {
    for (const [name, setup] of Object.entries(VIEWPORTS)) {
      const runs = { baseline: [], current: [] };
      for (let i = 1; i <= SCROLL_RUNS; i++) {
        for (const [build, origin] of Object.entries(builds)) {
          runs[build].push(await scrollOnce(`${origin}/`, setup, CHROMIUM));
          console.error(`scroll ${name} ${build} run ${i}/${SCROLL_RUNS}: ${JSON.stringify(runs[build].at(-1))}`);
        }
      }
      const [baseline, current] = [runs.baseline, runs.current].map(medianScroll);
      scroll[name] = { baseline, current, meets: scrollMeets(baseline, current) };
    }
  } finally {
    await baseSite.close();
  }
}
await site.close();

/** Opening one event and one note, on a host that sends brotli and on one that only gzips. */
let opening;
if (runOpening) {
  opening = {};
  for (const encoding of ['br', 'gzip']) {
    const served = await serveFolder(DIST, 0, '127.0.0.1', { compress: [encoding] });
    try {
      opening[encoding] = await openingBytes(`${served.origin}/`, CHROMIUM);
      console.error(`opening ${encoding}: event ${opening[encoding].event.bytes} B, note ${opening[encoding].note.bytes} B`);
    } finally {
      await served.close();
    }
  }
}

/** The first view in KB for the encoding served and for gzip, against the target, per page and preset. */
const firstView = Object.fromEntries(
  Object.entries(results).map(([path, presets]) => [
    path,
    Object.fromEntries(
      Object.entries(presets).map(([preset, r]) => {
        const kb = { [ENCODING]: Math.round(r.firstViewBytes / 102.4) / 10, gzip: Math.round(r.firstViewBytesGzip / 102.4) / 10 };
        return [preset, { ...kb, targetKB: TARGETS.firstViewKB, meets: Object.values(kb).every((v) => v <= TARGETS.firstViewKB) }];
      }),
    ),
  ]),
);

/** Medians of the scroll runs' numbers (a null is a map not drawn: the median of the others, or null); flags must hold in every run. */
function medianScroll(runs) {
  return Object.fromEntries(
    Object.keys(runs[0]).map((key) => {
      const values = runs.map((r) => r[key]);
      if (typeof values[0] === 'boolean') return [key, values.every(Boolean)];
      const known = values.filter((v) => v !== null);
      return [key, known.length ? median(known) : null];
    }),
  );
}

/** The issue's targets for the current build, each true or false. */
function scrollMeets(baseline, current) {
  const firstFrame = current.mapFirstFrameMs;
  return {
    longTaskTimeAtMostHalfOfBaseline: current.longTaskMsPerMinute <= SCROLL_TARGETS.longTaskShareOfBaseline * baseline.longTaskMsPerMinute,
    noTaskOver200ms: current.longestTaskMs <= SCROLL_TARGETS.longestTaskMs,
    mapFirstFrameWithin1500ms: firstFrame !== null && firstFrame <= SCROLL_TARGETS.mapFirstFrameMs,
  };
}

const summary = {
  date: new Date().toISOString(),
  chromium: chromiumVersion ?? (await chromium.launch(CHROMIUM).then(async (b) => [b.version(), await b.close()][0])),
  compression: ENCODING,
  ...(runLighthouse && {
    lighthouse: (await import('lighthouse/package.json', { with: { type: 'json' } })).default.version,
    runsPerPreset: RUNS,
    targets: TARGETS,
    reports: outDir,
    firstView,
    pages: results,
  }),
  ...(runScroll && { scroll }),
  ...(runOpening && { opening }),
};
await writeFile(`${outDir}/summary.json`, JSON.stringify(summary, null, 2));
console.log(JSON.stringify(summary, null, 2));
