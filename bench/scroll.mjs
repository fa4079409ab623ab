// The scroll benchmark: a reader scrolling through the story at a steady pace (one screen per
// 1.5 s, by mouse wheel) on a slow phone's CPU (4× throttled) with software WebGL, measured in the
// page: time spent in long tasks (PerformanceObserver 'longtask'), frame times (rAF deltas), and
// how long the live map takes to draw once its container enters the viewport.
import { writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

export const VIEWPORTS = {
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 },
  desktop: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
};
const SCREEN_MS = 1500;
const CPU_SLOWDOWN = 4;
export const SCROLL_TARGETS = { longTaskShareOfBaseline: 0.5, longestTaskMs: 200, mapFirstFrameMs: 1500 };

/**
 * Runs in the page before its own scripts. Works on any build of the site (no hooks of its own
 * needed): the map's first frame is the first WebGL draw call on a canvas inside [data-map-live],
 * its reveal the moment liveMap.ts marks the container data-ready (the live map shown over the
 * static one).
 */
function instrument() {
  const bench = (window.__bench = { longTasks: [], frames: [], enteredAt: null, firstDrawAt: null, revealedAt: null, recording: false });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });

  const wrapped = [];
  for (const proto of [self.WebGLRenderingContext?.prototype, self.WebGL2RenderingContext?.prototype].filter(Boolean)) {
    for (const name of ['drawElements', 'drawArrays']) {
      const original = proto[name];
      wrapped.push(() => (proto[name] = original));
      proto[name] = function (...args) {
        if (bench.firstDrawAt === null && this.canvas?.closest?.('[data-map-live]')) {
          bench.firstDrawAt = performance.now();
          wrapped.forEach((unwrap) => unwrap());
        }
        return original.apply(this, args);
      };
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    const live = document.querySelector('[data-map-live]');
    if (!live) return;
    new IntersectionObserver((entries, observer) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      bench.enteredAt = performance.now();
      observer.disconnect();
    }).observe(live);
    new MutationObserver((_, observer) => {
      if (live.dataset.ready !== 'true') return;
      bench.revealedAt = performance.now();
      observer.disconnect();
    }).observe(live, { attributes: true, attributeFilter: ['data-ready'] });
  });

  const frame = (t) => {
    if (bench.recording) bench.frames.push(t);
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

const percentile = (values, p) => {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const round = (n) => (n === null ? null : Math.round(n));

/**
 * One reader's scroll from the top of `url` to the end of the story, in a browser of its own;
 * with `profile`, the page's CPU profile of the scroll is written to that file (.cpuprofile).
 */
export async function scrollOnce(url, { viewport, deviceScaleFactor }, { executablePath, args }, { profile } = {}) {
  // A fresh browser each time: nothing (GPU process, caches) carries over from the run before.
  const browser = await chromium.launch({ executablePath, args });
  try {
    const context = await browser.newContext({ viewport, deviceScaleFactor });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.addInitScript(instrument);
    const log = (what) => process.env.BENCH_DEBUG && console.error(`[scroll] ${((Date.now() - t0) / 1000).toFixed(1)} s ${what}`);
    const t0 = Date.now();
    await page.goto(url, { waitUntil: "load" });
    log("loaded");
    const end = await page.evaluate(() => {
      const chapters = [...document.querySelectorAll('[data-chapter]')];
      const bottom = chapters.at(-1).getBoundingClientRect().bottom + scrollY;
      return Math.min(bottom, document.documentElement.scrollHeight) - innerHeight;
    });
    const start = await page.evaluate(() => {
      window.__bench.recording = true;
      return performance.now();
    });

    // Chromium itself turns the gesture into mouse-wheel events at a steady speed, so a busy main
    // thread cannot slow the reader down (events sent one by one from here would wait on it).
    if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
      await cdp.send('Profiler.start');
    }
    await cdp.send('Input.synthesizeScrollGesture', {
      x: Math.round(viewport.width / 2),
      y: Math.round(viewport.height / 2),
      yDistance: -Math.round(end),
      speed: Math.round((viewport.height / SCREEN_MS) * 1000),
      gestureSourceType: 'mouse',
      preventFling: true,
    });
    log('scrolled to the end');
    // The last screen's worth of work (a map flight, labels) belongs to the scroll.
    await new Promise((resolve) => setTimeout(resolve, SCREEN_MS));

    if (profile) await writeFile(profile, JSON.stringify((await cdp.send('Profiler.stop')).profile));
    const m = await page.evaluate(() => {
      const b = window.__bench;
      b.recording = false;
      return { ...b, stop: performance.now(), scrolled: scrollY };
    });
    const during = m.longTasks.filter(([at]) => at >= start && at <= m.stop);
    const minutes = (m.stop - start) / 60_000;
    const frameTimes = m.frames.slice(1).map((t, i) => t - m.frames[i]);
    const sinceEntered = (t) => (t === null || m.enteredAt === null ? null : Math.max(0, t - Math.max(m.enteredAt, start)));
    return {
      scrollSeconds: Number(((m.stop - start) / 1000).toFixed(1)),
      screens: Number((end / viewport.height).toFixed(1)),
      reachedEnd: m.scrolled >= end - 2,
      longTaskMsPerMinute: round(during.reduce((sum, [, d]) => sum + d, 0) / minutes),
      longTasks: during.length,
      longestTaskMs: round(Math.max(0, ...during.map(([, d]) => d))),
      p95FrameMs: round(percentile(frameTimes, 95)),
      // From the map's container entering the viewport (or the scroll's start, if it was in view already).
      mapFirstFrameMs: round(sinceEntered(m.firstDrawAt)),
      mapRevealedMs: round(sinceEntered(m.revealedAt)),
    };
  } finally {
    await browser.close();
  }
}
