// Benchmarks in Chromium with the built extension (GCTX_EXTENSION_DIR, default .output/chrome-mv3):
//   [2] a detected article: main-thread time the content script adds, vs mark.js marking the same
//       figure strings on the same page; long tasks
//   [3] news pages that are not targets: main-thread time added, with the run-to-run noise
//   [4] a stress page (~1 MB of text, ~50,000 nodes): marks, long tasks, heap added
//   [5] cold start (service worker stopped) and warm: navigation start to first mark
// Two browsers run side by side: one with the extension, one without (the baseline); pages are
// served at their real addresses by request interception, everything else is refused.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';
import { SUPPORTED_HOST_PATTERNS } from '../lib/shared/supported-sites';
import { chromiumArgs, chromiumArgsWithExtension } from '../tools/cli/chromium-args';
import { CHROMIUM, EXTENSION_DIR, launchWithExtension } from '../tools/testing/launch';
import { fixture, servePages } from '../tools/testing/serve-fixtures';
import { benchPartWanted, fmt, median, printTable, quantile, sleep, verdict } from './common';
import {
  MANY_FIGURES_URL,
  manyFiguresPage,
  NON_GWANGJU_URL,
  nonGwangjuPage,
  STRESS_URL,
  stressPage,
} from './pages';

const ROOT = resolve(import.meta.dirname, '..');
const MARK_JS = readFileSync(join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');

export const TARGETS = {
  /** issue 12 §3: script time at most mark.js's on the same strings, task time at most 1.5× */
  markjsScriptRatio: 1.0,
  markjsTaskRatio: 1.5,
  longTaskMs: 50,
  nonTargetAddedMs: 1,
  stressHeapMb: 5,
  coldStartMs: 300,
};

export interface ChromiumOptions {
  detectedRuns: number;
  nonTargetRuns: number;
  stressRuns: number;
  coldRuns: number;
}

const DETECTED_PAGES = ['seed-001-kwangju', 'seed-002-naver', 'c07-namdonews-phase1-variants-agree'];
const NON_TARGET_PAGES = ['n02-hani-biennale-generic', 'n06-chosun-daegu-ai-robot'];
const NON_GWANGJU = 'generated: non-Gwangju article (yna.co.kr)';
const STRESS_FIXTURE = 'seed-002-naver';
/** Figures in the article of part [4b] (issue 12 §3: "5,000 figures in one article"). */
const MANY_FIGURES = 5000;
const COLD_PAGE = 'seed-001-kwangju';

/** Printed by the init script when the first gctx-figure is in the DOM. */
const SIGNAL = '__gctx_bench_first_mark__';
/** After the first mark: time for the rest of the pass (UI mount, panel render) to land. */
const SETTLE_MS = 400;
/** Non-target pages: time after load for the content script (document_idle) to run and finish. */
const NON_TARGET_WAIT_MS = 400;

// Runs at document start in the page's main world, in both browsers (so its cost is on both
// sides): long tasks (long animation frames would not help: they do not attribute extension
// scripts), and when the first mark
// and the last change to our marks happened.
const INIT_SCRIPT = `(() => {
  const s = (window.__gctxBench = { longTasks: [], firstMark: null, firstMarkFrame: null, lastMark: null });
  try {
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) s.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const ours = (n) => n && n.nodeType === 1 && (n.nodeName === 'GCTX-FIGURE' || n.nodeName === 'GCTX-OVERLAY');
  const mo = new MutationObserver((records) => {
    if (s.firstMark === null) {
      if (!document.querySelector('gctx-figure')) return;
      s.firstMark = s.lastMark = performance.now();
      requestAnimationFrame(() => { s.firstMarkFrame = performance.now(); });
      console.debug('${SIGNAL}');
      return;
    }
    for (const r of records) {
      if (ours(r.target) || (r.target.closest && r.target.closest('gctx-figure, gctx-overlay'))) { s.lastMark = performance.now(); return; }
      for (const n of r.addedNodes) if (ours(n)) { s.lastMark = performance.now(); return; }
      for (const n of r.removedNodes) if (ours(n)) { s.lastMark = performance.now(); return; }
    }
  });
  mo.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
})();`;

/** What the page reports after a run (read after the metrics, so it does not count). */
const PAGE_INFO = `(() => {
  const s = window.__gctxBench || { longTasks: [] };
  const nav = performance.getEntriesByType('navigation')[0];
  return {
    marks: document.querySelectorAll('gctx-figure:not([data-part])').length,
    overlay: !!document.querySelector('gctx-overlay'),
    firstMark: s.firstMark, firstMarkFrame: s.firstMarkFrame, lastMark: s.lastMark,
    dcl: nav ? nav.domContentLoadedEventStart : null,
    load: nav ? nav.loadEventEnd : null,
    longTasks: s.longTasks,
    elements: document.getElementsByTagName('*').length,
    nodes: (() => { const w = document.createTreeWalker(document, NodeFilter.SHOW_ALL); let n = 0; while (w.nextNode()) n++; return n; })(),
    now: performance.now(),
  };
})()`;

interface PageInfo {
  marks: number;
  overlay: boolean;
  firstMark: number | null;
  firstMarkFrame: number | null;
  lastMark: number | null;
  dcl: number | null;
  load: number | null;
  longTasks: { start: number; duration: number }[];
  elements: number;
  nodes: number;
  now: number;
}

interface Metrics {
  /** TaskDuration less DevToolsCommandDuration: main-thread task time not spent on our CDP calls */
  taskMs: number;
  scriptMs: number;
  compileMs: number;
  layoutMs: number;
  styleMs: number;
  devtoolsMs: number;
}

async function readMetrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  const s = (k: string) => (m[k] ?? 0) * 1000;
  return {
    taskMs: s('TaskDuration') - s('DevToolsCommandDuration'),
    scriptMs: s('ScriptDuration'),
    compileMs: s('V8CompileDuration'),
    layoutMs: s('LayoutDuration'),
    styleMs: s('RecalcStyleDuration'),
    devtoolsMs: s('DevToolsCommandDuration'),
  };
}

const diff = (a: Metrics, b: Metrics): Metrics => ({
  taskMs: b.taskMs - a.taskMs,
  scriptMs: b.scriptMs - a.scriptMs,
  compileMs: b.compileMs - a.compileMs,
  layoutMs: b.layoutMs - a.layoutMs,
  styleMs: b.styleMs - a.styleMs,
  devtoolsMs: b.devtoolsMs - a.devtoolsMs,
});

interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

const BROWSER_ARGS = chromiumArgs();

/** The baseline browser: the same Chromium and flags as launchWithExtension, no extension. */
/**
 * The floor of any content script: an MV3 extension whose content script does nothing, on the
 * same matches, at the same run_at and in all frames. What Chromium itself pays to run an
 * extension's script on a page (its isolated world) shows here, not in our code.
 */
async function launchEmptyExtension(): Promise<Browser> {
  const extDir = mkdtempSync(join(tmpdir(), 'gctx-bench-empty-ext-'));
  writeFileSync(
    join(extDir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'empty content script (bench floor)',
      version: '1.0.0',
      content_scripts: [
        {
          matches: [...SUPPORTED_HOST_PATTERNS],
          js: ['empty.js'],
          run_at: 'document_idle',
          all_frames: true,
        },
      ],
    }),
  );
  writeFileSync(join(extDir, 'empty.js'), 'void 0;\n');
  const dir = mkdtempSync(join(tmpdir(), 'gctx-bench-empty-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: chromiumArgsWithExtension(extDir),
    locale: 'ko-KR',
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
      rmSync(extDir, { recursive: true, force: true });
    },
  };
}

async function launchPlain(): Promise<Browser> {
  const dir = mkdtempSync(join(tmpdir(), 'gctx-bench-plain-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...BROWSER_ARGS, '--disable-extensions'],
    locale: 'ko-KR',
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

interface Run {
  metrics: Metrics;
  info: PageInfo;
  /** ms from the load event (Node side) to the end of the measured window */
  waitedAfterLoadMs: number;
  heap?: { usedSize: number; embedderHeapUsedSize: number; totalSize: number };
  markjs?: {
    load: Metrics;
    mark: Metrics;
    idle: Metrics;
    marks: number;
    inPageMs: number;
  };
}

interface VisitOptions {
  /** wait for the first mark (the page is a target), else wait `waitAfterLoadMs` after load */
  expectMarks: boolean;
  waitAfterLoadMs?: number;
  heap?: boolean;
  markjs?: string[];
  timeoutMs?: number;
  /** after the first mark, wait until no mark of ours has changed for this long (ms) */
  stableMs?: number;
}

/** One fresh page: load, wait, read main-thread metrics, then what the page saw. */
async function visit(context: BrowserContext, url: string, o: VisitOptions): Promise<Run> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const signal = o.expectMarks
      ? page.waitForEvent('console', {
          predicate: (m) => m.text() === SIGNAL,
          timeout: o.timeoutMs ?? 15_000,
        })
      : null;
    signal?.catch(() => {});
    await page.goto(url, { waitUntil: 'load', timeout: o.timeoutMs ?? 30_000 });
    const loaded = Date.now();
    if (signal) {
      await signal;
      await sleep(SETTLE_MS);
      // Marks that land a slice per task: wait for the last one.
      for (let t = 0; o.stableMs && t < 100; t++) {
        const quiet = (await page.evaluate(
          '(() => { const s = window.__gctxBench; return s && s.lastMark !== null ? performance.now() - s.lastMark : 0; })()',
        )) as number;
        if (quiet >= o.stableMs) break;
        await sleep(100);
      }
    } else {
      await sleep(o.waitAfterLoadMs ?? NON_TARGET_WAIT_MS);
    }
    const metrics = await readMetrics(cdp);
    const waitedAfterLoadMs = Date.now() - loaded;
    let heap: Run['heap'];
    if (o.heap) {
      await cdp.send('HeapProfiler.collectGarbage');
      heap = await cdp.send('Runtime.getHeapUsage');
    }
    const info = (await page.evaluate(PAGE_INFO)) as PageInfo;
    const run: Run = { metrics, info, waitedAfterLoadMs, ...(heap ? { heap } : {}) };
    if (o.markjs) run.markjs = await markWithMarkJs(page, cdp, o.markjs);
    return run;
  } finally {
    await cdp.detach().catch(() => {});
    await page.close();
  }
}

/**
 * mark.js on the loaded page: loads it with addScriptTag, then marks the figure strings in a task
 * of the page's own (a timer), like a page script would; measured as metric deltas around each
 * step, less an idle window of the same length (the timer, our CDP call, idle housekeeping).
 */
async function markWithMarkJs(
  page: Page,
  cdp: CDPSession,
  strings: string[],
): Promise<NonNullable<Run['markjs']>> {
  const WINDOW_MS = 250;
  const inTimer = (body: string) => `setTimeout(() => { ${body} }, 0); 0`;
  const a = await readMetrics(cdp);
  await cdp.send('Runtime.evaluate', { expression: inTimer('window.__idle = performance.now();') });
  await sleep(WINDOW_MS);
  const b = await readMetrics(cdp);
  await page.addScriptTag({ content: MARK_JS });
  const c = await readMetrics(cdp);
  await cdp.send('Runtime.evaluate', {
    expression: inTimer(`
      const t0 = performance.now();
      new Mark(document.body).mark(${JSON.stringify(strings)}, {
        separateWordSearch: false,
        done: (n) => { window.__markjs = { n, ms: performance.now() - t0 }; },
      });`),
  });
  await sleep(WINDOW_MS);
  const d = await readMetrics(cdp);
  const done = (await page.evaluate('window.__markjs || null')) as { n: number; ms: number } | null;
  if (!done) throw new Error('mark.js did not finish within the window');
  return { idle: diff(a, b), load: diff(b, c), mark: diff(c, d), marks: done.n, inPageMs: done.ms };
}

const after = (info: PageInfo) => info.dcl ?? 0;
/** Longest long task that started after DOMContentLoaded (the content script runs at document_idle). */
const longestAfterDcl = (info: PageInfo) =>
  Math.max(0, ...info.longTasks.filter((t) => t.start >= after(info)).map((t) => t.duration));

const med = <T>(runs: T[], f: (r: T) => number) => median(runs.map(f));

// ---------------------------------------------------------------------------------------------

async function benchDetected(ext: Browser, plain: Browser, runs: number) {
  const pages = DETECTED_PAGES.map((name) => {
    const fx = fixture(name);
    return {
      name,
      url: fx.expected.url,
      expected: fx.expected.figures.length,
      strings: [...new Set(fx.expected.figures.map((f) => f.text))],
    };
  });
  const results = [];
  for (const p of pages) {
    // Warm-up: one visit each (first loads of a site pay for fonts, caches); also tells how long
    // after load the marks land, which is how long the baseline waits.
    const warm = await visit(ext.context, p.url, { expectMarks: true });
    const waitAfterLoadMs = warm.waitedAfterLoadMs;
    await visit(plain.context, p.url, { expectMarks: false, waitAfterLoadMs, markjs: p.strings });
    const withExt: Run[] = [];
    const without: Run[] = [];
    for (let i = 0; i < runs; i++) {
      const e = () => visit(ext.context, p.url, { expectMarks: true }).then((r) => withExt.push(r));
      const b = () =>
        visit(plain.context, p.url, { expectMarks: false, waitAfterLoadMs, markjs: p.strings }).then((r) =>
          without.push(r),
        );
      if (i % 2) {
        await e();
        await b();
      } else {
        await b();
        await e();
      }
    }
    const oursTask = med(withExt, (r) => r.metrics.taskMs) - med(without, (r) => r.metrics.taskMs);
    const oursScript = med(withExt, (r) => r.metrics.scriptMs) - med(without, (r) => r.metrics.scriptMs);
    const markTask = med(without, (r) => r.markjs!.mark.taskMs - r.markjs!.idle.taskMs);
    const markScript = med(without, (r) => r.markjs!.mark.scriptMs - r.markjs!.idle.scriptMs);
    const markLoadTask = med(without, (r) => r.markjs!.load.taskMs);
    results.push({
      name: p.name,
      url: p.url,
      runs,
      expectedMarks: p.expected,
      marks: withExt.map((r) => r.info.marks),
      marksComplete: withExt.every((r) => r.info.marks === p.expected),
      marksStable: withExt.every((r) => r.info.lastMark !== null && r.info.now - r.info.lastMark >= 100),
      baselineWaitAfterLoadMs: waitAfterLoadMs,
      pageTaskMs: med(without, (r) => r.metrics.taskMs),
      pageScriptMs: med(without, (r) => r.metrics.scriptMs),
      withExtTaskMs: med(withExt, (r) => r.metrics.taskMs),
      withExtScriptMs: med(withExt, (r) => r.metrics.scriptMs),
      oursTaskMs: oursTask,
      oursScriptMs: oursScript,
      aaTaskMs:
        median(without.filter((_, i) => i % 2).map((r) => r.metrics.taskMs)) -
        median(without.filter((_, i) => i % 2 === 0).map((r) => r.metrics.taskMs)),
      oursCompileMs: med(withExt, (r) => r.metrics.compileMs) - med(without, (r) => r.metrics.compileMs),
      oursLayoutStyleMs:
        med(withExt, (r) => r.metrics.layoutMs + r.metrics.styleMs) -
        med(without, (r) => r.metrics.layoutMs + r.metrics.styleMs),
      markjsTaskMs: markTask,
      markjsScriptMs: markScript,
      markjsLoadTaskMs: markLoadTask,
      markjsMarks: without.map((r) => r.markjs!.marks),
      markjsInPageMs: med(without, (r) => r.markjs!.inPageMs),
      ratioTask: oursTask / markTask,
      ratioScript: oursScript / markScript,
      ratioTaskInclMarkjsLoad: oursTask / (markTask + markLoadTask),
      longestLongTaskWithExtMs: Math.max(...withExt.map((r) => longestAfterDcl(r.info))),
      longestLongTaskWithoutMs: Math.max(...without.map((r) => longestAfterDcl(r.info))),
      runsWithLongTask: withExt.filter((r) => longestAfterDcl(r.info) > TARGETS.longTaskMs).length,
      runsWithLongTaskWithout: without.filter((r) => longestAfterDcl(r.info) > TARGETS.longTaskMs).length,
      samples: {
        withExt: withExt.map((r) => r.metrics),
        without: without.map((r) => r.metrics),
        markjs: without.map((r) => r.markjs),
        longTasksWithExt: withExt.map((r) => r.info.longTasks),
      },
    });
  }
  const overall = {
    oursTaskMs: median(results.map((r) => r.oursTaskMs)),
    markjsTaskMs: median(results.map((r) => r.markjsTaskMs)),
    ratioTask: median(results.map((r) => r.ratioTask)),
    worstRatio: Math.max(...results.map((r) => r.ratioTask)),
    ratioScript: median(results.map((r) => r.ratioScript)),
    worstScriptRatio: Math.max(...results.map((r) => r.ratioScript)),
    longestLongTaskMs: Math.max(...results.map((r) => r.longestLongTaskWithExtMs)),
  };
  printTable(
    `[2] detected article in Chromium: main-thread time the content script adds (with extension − without, medians of ${runs} fresh pages per side) vs mark.js marking the same figure strings in the no-extension browser`,
    [
      ...results.map((r) => ({
        page: r.name,
        'marks/expected': `${median(r.marks)}/${r.expectedMarks}${r.marksComplete ? '' : ' (INCOMPLETE)'}${r.marksStable ? '' : ' (UNSTABLE)'}`,
        'page alone task ms': fmt(r.pageTaskMs, 1),
        'ours +task ms': fmt(r.oursTaskMs),
        'ours +script ms': fmt(r.oursScriptMs),
        'noise: A/A task ms': fmt(r.aaTaskMs),
        'mark.js task ms': fmt(r.markjsTaskMs),
        'mark.js script ms': fmt(r.markjsScriptMs),
        'mark.js load ms': fmt(r.markjsLoadTaskMs),
        'mark.js marks': median(r.markjsMarks),
        'script ratio ours/mark.js': fmt(r.ratioScript),
        'task ratio ours/mark.js': fmt(r.ratioTask),
        'ratio vs mark.js load+mark': fmt(r.ratioTaskInclMarkjsLoad),
        'longest task ms (ext / none)': `${fmt(r.longestLongTaskWithExtMs, 0)} / ${fmt(r.longestLongTaskWithoutMs, 0)}`,
        'runs with task > 50 ms (ext / none)': `${r.runsWithLongTask}/${runs} / ${r.runsWithLongTaskWithout}/${runs}`,
      })),
      {
        page: 'median over pages',
        'ours +task ms': fmt(overall.oursTaskMs),
        'mark.js task ms': fmt(overall.markjsTaskMs),
        'script ratio ours/mark.js': fmt(overall.ratioScript),
        'task ratio ours/mark.js': fmt(overall.ratioTask),
      },
    ],
    [
      'task = TaskDuration − DevToolsCommandDuration (CDP Performance.getMetrics on the page, timeDomain threadTicks: main-thread CPU time); script = ScriptDuration. mark.js: delta around a marking call run in a page timer task, less an idle window of the same length; mark.js options { separateWordSearch: false } (else defaults).',
      'long tasks: PerformanceObserver("longtask") in the page, tasks starting after DOMContentLoaded; 0 = none over 50 ms.',
      `script ratio ours/mark.js (median over pages) = ${fmt(overall.ratioScript)}, target <= ${TARGETS.markjsScriptRatio}: ${verdict(overall.worstScriptRatio, TARGETS.markjsScriptRatio)} on the worst page (${fmt(overall.worstScriptRatio)})`,
      `task ratio ours/mark.js (median over pages) = ${fmt(overall.ratioTask)}, target <= ${TARGETS.markjsTaskRatio}: ${verdict(overall.worstRatio, TARGETS.markjsTaskRatio)} on the worst page (${fmt(overall.worstRatio)})`,
      `longest task during the extension's work = ${fmt(overall.longestLongTaskMs, 0)} ms, target: none > ${TARGETS.longTaskMs} ms: ${overall.longestLongTaskMs > TARGETS.longTaskMs ? 'MISSED' : 'met'}`,
    ],
  );
  return { pages: results, overall, settleMs: SETTLE_MS };
}

// ---------------------------------------------------------------------------------------------

async function benchNonTarget(ext: Browser, empty: Browser, plain: Browser, runs: number) {
  const pages = [
    ...NON_TARGET_PAGES.map((name) => ({ name, url: fixture(name).expected.url })),
    { name: NON_GWANGJU, url: NON_GWANGJU_URL },
  ];
  const results = [];
  for (const p of pages) {
    const sides = { ours: ext, empty, none: plain };
    const samples: Record<keyof typeof sides, Run[]> = { ours: [], empty: [], none: [] };
    for (const b of Object.values(sides)) await visit(b.context, p.url, { expectMarks: false });
    const order = Object.keys(sides) as (keyof typeof sides)[];
    for (let i = 0; i < runs; i++) {
      // Rotate the order so no side always runs right after another's page load.
      for (let k = 0; k < order.length; k++) {
        const side = order[(i + k) % order.length]!;
        samples[side].push(await visit(sides[side].context, p.url, { expectMarks: false }));
      }
    }
    const task = (side: keyof typeof sides) => samples[side].map((r) => r.metrics.taskMs);
    const script = (side: keyof typeof sides) => samples[side].map((r) => r.metrics.scriptMs);
    // A/A: the baseline's odd runs against its even runs: what "no effect" looks like.
    const aa = (xs: number[]) =>
      median(xs.filter((_, i) => i % 2)) - median(xs.filter((_, i) => i % 2 === 0));
    const iqr = (xs: number[]) => quantile(xs, 0.75) - quantile(xs, 0.25);
    results.push({
      name: p.name,
      url: p.url,
      runs,
      marksOrOverlay: samples.ours.some((r) => r.info.marks > 0 || r.info.overlay),
      oursTaskMs: median(task('ours')),
      emptyTaskMs: median(task('empty')),
      withoutTaskMs: median(task('none')),
      // The target: what our script costs over the floor any content script pays.
      addedOverFloorTaskMs: median(task('ours')) - median(task('empty')),
      addedOverFloorScriptMs: median(script('ours')) - median(script('empty')),
      floorTaskMs: median(task('empty')) - median(task('none')),
      floorScriptMs: median(script('empty')) - median(script('none')),
      addedTaskMs: median(task('ours')) - median(task('none')),
      addedScriptMs: median(script('ours')) - median(script('none')),
      withoutTaskIqrMs: iqr(task('none')),
      oursTaskIqrMs: iqr(task('ours')),
      aaTaskMs: aa(task('none')),
      aaScriptMs: aa(script('none')),
      longestLongTaskWithExtMs: Math.max(...samples.ours.map((r) => longestAfterDcl(r.info))),
      longestLongTaskWithoutMs: Math.max(...samples.none.map((r) => longestAfterDcl(r.info))),
      samples: Object.fromEntries(order.map((k) => [k, samples[k].map((r) => r.metrics)])),
    });
  }
  const overall = {
    addedOverFloorTaskMs: median(results.map((r) => r.addedOverFloorTaskMs)),
    addedOverFloorScriptMs: median(results.map((r) => r.addedOverFloorScriptMs)),
    floorTaskMs: median(results.map((r) => r.floorTaskMs)),
    addedTaskMs: median(results.map((r) => r.addedTaskMs)),
    addedScriptMs: median(results.map((r) => r.addedScriptMs)),
    worstAddedOverFloorTaskMs: Math.max(...results.map((r) => r.addedOverFloorTaskMs)),
    longestLongTaskMs: Math.max(...results.map((r) => r.longestLongTaskWithExtMs)),
    longestLongTaskWithoutMs: Math.max(...results.map((r) => r.longestLongTaskWithoutMs)),
  };
  printTable(
    `[3] news pages that are not targets: main-thread time our content script adds over an empty content script (the floor), and the floor over no extension; medians of ${runs} fresh pages per side, ${NON_TARGET_WAIT_MS} ms after load`,
    results.map((r) => ({
      page: r.name,
      'marks/UI left': r.marksOrOverlay ? 'YES' : 'none',
      'task ms none / empty / ours': `${fmt(r.withoutTaskMs, 1)} / ${fmt(r.emptyTaskMs, 1)} / ${fmt(r.oursTaskMs, 1)}`,
      'ours − empty task ms': fmt(r.addedOverFloorTaskMs),
      'ours − empty script ms': fmt(r.addedOverFloorScriptMs),
      'floor: empty − none task ms': fmt(r.floorTaskMs),
      'ours − none task ms': fmt(r.addedTaskMs),
      'noise: A/A task / script ms': `${fmt(r.aaTaskMs)} / ${fmt(r.aaScriptMs)}`,
      'noise: IQR none / ours ms': `${fmt(r.withoutTaskIqrMs)} / ${fmt(r.oursTaskIqrMs)}`,
      'longest task ms (ours / none)': `${fmt(r.longestLongTaskWithExtMs, 0)} / ${fmt(r.longestLongTaskWithoutMs, 0)}`,
      target:
        r.addedOverFloorTaskMs <= TARGETS.nonTargetAddedMs
          ? 'met'
          : `MISSED by ${fmt(r.addedOverFloorTaskMs - TARGETS.nonTargetAddedMs)} ms`,
    })),
    [
      'empty = an MV3 extension whose content script is `void 0;`, same matches, document_idle, all frames: what Chromium pays for any content script (its isolated world), which no code of ours can lower.',
      "A/A = median of the no-extension runs' odd half − median of their even half: an added time within that is not distinguishable from noise.",
      `median over pages: ours − empty = ${fmt(overall.addedOverFloorTaskMs)} ms task (${fmt(overall.addedOverFloorScriptMs)} ms script), target <= ${TARGETS.nonTargetAddedMs} ms: ${verdict(overall.addedOverFloorTaskMs, TARGETS.nonTargetAddedMs, ' ms')}; floor (empty − none) = ${fmt(overall.floorTaskMs)} ms; ours − none = ${fmt(overall.addedTaskMs)} ms`,
      `longest long task after DOMContentLoaded with the extension = ${fmt(overall.longestLongTaskMs, 0)} ms (without: ${fmt(overall.longestLongTaskWithoutMs, 0)} ms), target none > ${TARGETS.longTaskMs} ms: ${overall.longestLongTaskMs > TARGETS.longTaskMs ? 'MISSED' : 'met'}`,
    ],
  );
  return { pages: results, overall, waitAfterLoadMs: NON_TARGET_WAIT_MS };
}

// ---------------------------------------------------------------------------------------------

async function benchStress(ext: Browser, plain: Browser, runs: number, html: string) {
  const fx = fixture(STRESS_FIXTURE);
  const expected = fx.expected.figures.length;
  const opts = { heap: true, timeoutMs: 60_000 };
  const warm = await visit(ext.context, STRESS_URL, { ...opts, expectMarks: true });
  const waitAfterLoadMs = warm.waitedAfterLoadMs;
  await visit(plain.context, STRESS_URL, { ...opts, expectMarks: false, waitAfterLoadMs });
  const withExt: Run[] = [];
  const without: Run[] = [];
  for (let i = 0; i < runs; i++) {
    const e = () =>
      visit(ext.context, STRESS_URL, { ...opts, expectMarks: true }).then((r) => withExt.push(r));
    const b = () =>
      visit(plain.context, STRESS_URL, { ...opts, expectMarks: false, waitAfterLoadMs }).then((r) =>
        without.push(r),
      );
    if (i % 2) {
      await e();
      await b();
    } else {
      await b();
      await e();
    }
  }
  const MB = 1024 * 1024;
  const used = (r: Run) => r.heap!.usedSize;
  const embedder = (r: Run) => r.heap!.embedderHeapUsedSize ?? 0;
  const text = html.replace(/<[^>]*>/g, '');
  const result = {
    url: STRESS_URL,
    runs,
    htmlBytes: Buffer.byteLength(html),
    textBytes: Buffer.byteLength(text),
    textChars: text.length,
    elements: warm.info.elements,
    nodes: warm.info.nodes,
    expectedMarks: expected,
    marks: withExt.map((r) => r.info.marks),
    marksComplete: withExt.every((r) => r.info.marks === expected),
    firstMarkAfterNavMs: med(withExt, (r) => r.info.firstMark ?? Number.NaN),
    loadMs: med(without, (r) => r.info.load ?? Number.NaN),
    addedTaskMs: med(withExt, (r) => r.metrics.taskMs) - med(without, (r) => r.metrics.taskMs),
    addedScriptMs: med(withExt, (r) => r.metrics.scriptMs) - med(without, (r) => r.metrics.scriptMs),
    longestLongTaskWithExtMs: Math.max(...withExt.map((r) => longestAfterDcl(r.info))),
    longestLongTaskWithoutMs: Math.max(...without.map((r) => longestAfterDcl(r.info))),
    heapMethod:
      "CDP HeapProfiler.collectGarbage, then Runtime.getHeapUsage on the page target (whole renderer isolate: main world + the content script's isolated world); measureUserAgentSpecificMemory needs cross-origin isolation, not available on these pages",
    withoutTaskMs: med(without, (r) => r.metrics.taskMs),
    withoutTaskSpreadMs:
      Math.max(...without.map((r) => r.metrics.taskMs)) - Math.min(...without.map((r) => r.metrics.taskMs)),
    aaTaskMs:
      median(without.filter((_, i) => i % 2).map((r) => r.metrics.taskMs)) -
      median(without.filter((_, i) => i % 2 === 0).map((r) => r.metrics.taskMs)),
    addedLayoutStyleMs:
      med(withExt, (r) => r.metrics.layoutMs + r.metrics.styleMs) -
      med(without, (r) => r.metrics.layoutMs + r.metrics.styleMs),
    heapUsedWithExtMb: med(withExt, used) / MB,
    heapUsedWithoutMb: med(without, used) / MB,
    heapAddedMb: (med(withExt, used) - med(without, used)) / MB,
    heapWithoutSpreadMb: (Math.max(...without.map(used)) - Math.min(...without.map(used))) / MB,
    embedderAddedMb: (med(withExt, embedder) - med(without, embedder)) / MB,
    samples: {
      withExt: withExt.map((r) => ({ ...r.metrics, heap: r.heap, longTasks: r.info.longTasks })),
      without: without.map((r) => ({ ...r.metrics, heap: r.heap, longTasks: r.info.longTasks })),
    },
  };
  const ltMiss = result.longestLongTaskWithExtMs > TARGETS.longTaskMs;
  printTable(
    `[4] stress page: ${(result.textBytes / 1e6).toFixed(2)} MB of text (${result.textChars} chars), ${result.nodes} DOM nodes (${result.elements} elements) with the ${STRESS_FIXTURE} article in the middle, at ${STRESS_URL}; medians of ${runs} fresh pages per side`,
    [
      {
        'marks/expected': `${median(result.marks)}/${expected}${result.marksComplete ? '' : ' (INCOMPLETE)'}`,
        'first mark after nav start ms': fmt(result.firstMarkAfterNavMs, 0),
        'ours +task ms': fmt(result.addedTaskMs, 1),
        'ours +script ms': fmt(result.addedScriptMs, 1),
        'page alone task ms': fmt(result.withoutTaskMs, 0),
        'noise: without spread / A/A task ms': `${fmt(result.withoutTaskSpreadMs, 0)} / ${fmt(result.aaTaskMs, 0)}`,
        'longest task ms (ext / none)': `${fmt(result.longestLongTaskWithExtMs, 0)} / ${fmt(result.longestLongTaskWithoutMs, 0)}`,
        'JS heap used MB (ext / none)': `${fmt(result.heapUsedWithExtMb)} / ${fmt(result.heapUsedWithoutMb)}`,
        'heap added MB': fmt(result.heapAddedMb),
        'noise: without spread MB': fmt(result.heapWithoutSpreadMb),
        'embedder (DOM) heap added MB': fmt(result.embedderAddedMb),
      },
    ],
    [
      `memory: ${result.heapMethod}.`,
      'the page alone spends hundreds of ms in layout, and that varies from run to run by more than the extension adds: the script delta is the steadier measure of our work here.',
      `marks complete: ${result.marksComplete ? 'yes' : 'NO'}; longest long task after DOMContentLoaded with the extension ${fmt(result.longestLongTaskWithExtMs, 0)} ms (without: ${fmt(result.longestLongTaskWithoutMs, 0)} ms), target none > ${TARGETS.longTaskMs} ms: ${ltMiss ? 'MISSED' : 'met'}`,
      `heap added ${fmt(result.heapAddedMb)} MB, target < ${TARGETS.stressHeapMb} MB: ${verdict(result.heapAddedMb, TARGETS.stressHeapMb, ' MB')}`,
    ],
  );
  return result;
}

// ---------------------------------------------------------------------------------------------

async function serviceWorkerStatus(internals: Page, extensionId: string): Promise<string> {
  await internals.goto('chrome://serviceworker-internals/');
  const text = await internals.locator('body').innerText();
  const block = text.slice(Math.max(0, text.indexOf(`chrome-extension://${extensionId}/`)));
  return block.match(/Running Status: (\w+)/)?.[1] ?? 'unknown';
}

async function benchColdStart(ext: Browser, extensionId: string, runs: number) {
  const fx = fixture(COLD_PAGE);
  const control = await ext.context.newPage();
  const cdp = await ext.context.newCDPSession(control);
  await cdp.send('ServiceWorker.enable');
  const internals = await ext.context.newPage();
  const once = async () => {
    const page = await ext.context.newPage();
    try {
      const signal = page.waitForEvent('console', { predicate: (m) => m.text() === SIGNAL, timeout: 15_000 });
      signal.catch(() => {});
      await page.goto(fx.expected.url, { waitUntil: 'commit' });
      await signal;
      await sleep(50); // the next frame
      return (await page.evaluate(PAGE_INFO)) as PageInfo;
    } finally {
      await page.close();
    }
  };
  await once(); // warm-up: the worker has its facts loaded
  const cold: PageInfo[] = [];
  const warm: PageInfo[] = [];
  const statusBefore: string[] = [];
  for (let i = 0; i < runs; i++) {
    // Closing the previous tab wakes the worker (tabs.onRemoved): stop it after that.
    await sleep(150);
    await cdp.send('ServiceWorker.stopAllWorkers');
    statusBefore.push(await serviceWorkerStatus(internals, extensionId));
    cold.push(await once());
    warm.push(await once());
  }
  await cdp.detach().catch(() => {});
  await control.close();
  await internals.close();
  const summary = (xs: PageInfo[]) => ({
    firstMarkMs: med(xs, (r) => r.firstMark ?? Number.NaN),
    firstMarkFrameMs: med(xs, (r) => r.firstMarkFrame ?? Number.NaN),
    dclMs: med(xs, (r) => r.dcl ?? Number.NaN),
    dclToMarkMs: med(xs, (r) => (r.firstMark ?? Number.NaN) - (r.dcl ?? 0)),
    p90FirstMarkMs: quantile(
      xs.map((r) => r.firstMark ?? Number.NaN),
      0.9,
    ),
    samples: xs.map((r) => ({
      firstMark: r.firstMark,
      firstMarkFrame: r.firstMarkFrame,
      dcl: r.dcl,
      load: r.load,
    })),
  });
  const result = {
    page: COLD_PAGE,
    url: fx.expected.url,
    runs,
    method:
      "CDP ServiceWorker.stopAllWorkers from a page session of the extension browser (the extension worker lives in the default storage partition), checked on chrome://serviceworker-internals before each cold run; first mark time = performance.now() (ms since the navigation's time origin) when a MutationObserver registered by addInitScript first sees a gctx-figure",
    stoppedBeforeColdRuns: statusBefore.filter((s) => s === 'STOPPED').length,
    statusBefore,
    cold: summary(cold),
    warm: summary(warm),
  };
  printTable(
    `[5] cold start on ${COLD_PAGE}: navigation start to first mark, median of ${runs} runs each (cold: service worker stopped; warm: running with its facts loaded)`,
    (['cold', 'warm'] as const).map((k) => ({
      worker: k,
      'first mark ms': fmt(result[k].firstMarkMs, 0),
      'p90 ms': fmt(result[k].p90FirstMarkMs, 0),
      'next frame ms': fmt(result[k].firstMarkFrameMs, 0),
      'DOMContentLoaded ms': fmt(result[k].dclMs, 0),
      'DCL → first mark ms': fmt(result[k].dclToMarkMs, 0),
      target: k === 'cold' ? verdict(result.cold.firstMarkMs, TARGETS.coldStartMs, ' ms') : '',
    })),
    [
      `worker confirmed STOPPED before ${result.stoppedBeforeColdRuns}/${runs} cold runs (chrome://serviceworker-internals).`,
      `cold − warm = ${fmt(result.cold.firstMarkMs - result.warm.firstMarkMs, 0)} ms (worker start, fact database load, index build); target cold < ${TARGETS.coldStartMs} ms: ${verdict(result.cold.firstMarkMs, TARGETS.coldStartMs, ' ms')}`,
    ],
  );
  return result;
}

// ---------------------------------------------------------------------------------------------

/** [4b] 5,000 figures in one article: every one marked, no task over 50 ms, time to the last mark. */
async function benchManyFigures(ext: Browser, plain: Browser, runs: number) {
  const opts = { timeoutMs: 60_000, stableMs: 500 };
  const withExt: Run[] = [];
  const without: Run[] = [];
  const warm = await visit(ext.context, MANY_FIGURES_URL, { ...opts, expectMarks: true });
  const waitAfterLoadMs = Math.max(warm.waitedAfterLoadMs, 3000);
  for (let i = 0; i < runs; i++) {
    withExt.push(await visit(ext.context, MANY_FIGURES_URL, { ...opts, expectMarks: true }));
    without.push(
      await visit(plain.context, MANY_FIGURES_URL, { ...opts, expectMarks: false, waitAfterLoadMs }),
    );
  }
  const expected = MANY_FIGURES + fixture(STRESS_FIXTURE).expected.figures.length;
  const result = {
    url: MANY_FIGURES_URL,
    runs,
    expectedMarks: expected,
    marks: withExt.map((r) => r.info.marks),
    marksComplete: withExt.every((r) => r.info.marks === expected),
    firstMarkAfterNavMs: med(withExt, (r) => r.info.firstMark ?? Number.NaN),
    lastMarkAfterNavMs: med(withExt, (r) => r.info.lastMark ?? Number.NaN),
    addedTaskMs: med(withExt, (r) => r.metrics.taskMs) - med(without, (r) => r.metrics.taskMs),
    addedScriptMs: med(withExt, (r) => r.metrics.scriptMs) - med(without, (r) => r.metrics.scriptMs),
    longestLongTaskWithExtMs: Math.max(...withExt.map((r) => longestAfterDcl(r.info))),
    longestLongTaskWithoutMs: Math.max(...without.map((r) => longestAfterDcl(r.info))),
    samples: { withExt: withExt.map((r) => ({ ...r.metrics, longTasks: r.info.longTasks })) },
  };
  printTable(
    `[4b] ${MANY_FIGURES} figures in one article (${STRESS_FIXTURE} with a repeated sentence of five stored figures), at ${MANY_FIGURES_URL}; medians of ${runs} fresh pages per side`,
    [
      {
        'marks/expected': `${median(result.marks)}/${expected}${result.marksComplete ? '' : ' (INCOMPLETE)'}`,
        'first / last mark after nav start ms': `${fmt(result.firstMarkAfterNavMs, 0)} / ${fmt(result.lastMarkAfterNavMs, 0)}`,
        'ours +task ms': fmt(result.addedTaskMs, 1),
        'ours +script ms': fmt(result.addedScriptMs, 1),
        'longest task ms (ext / none)': `${fmt(result.longestLongTaskWithExtMs, 0)} / ${fmt(result.longestLongTaskWithoutMs, 0)}`,
      },
    ],
    [
      `longest long task after DOMContentLoaded with the extension ${fmt(result.longestLongTaskWithExtMs, 0)} ms, target none > ${TARGETS.longTaskMs} ms: ${result.longestLongTaskWithExtMs > TARGETS.longTaskMs ? 'MISSED' : 'met'}`,
    ],
  );
  return result;
}

export async function runChromium(o: ChromiumOptions) {
  const stress = stressPage(fixture(STRESS_FIXTURE));
  const pages: Record<string, string> = {
    ...Object.fromEntries(
      [...DETECTED_PAGES, ...NON_TARGET_PAGES].map((n) => [fixture(n).expected.url, fixture(n).html]),
    ),
    [NON_GWANGJU_URL]: nonGwangjuPage(),
    [STRESS_URL]: stress,
    [MANY_FIGURES_URL]: manyFiguresPage(fixture(STRESS_FIXTURE), MANY_FIGURES),
  };
  const launched = await launchWithExtension();
  const ext: Browser = {
    context: launched.context,
    close: async () => {
      await launched.close();
      rmSync(launched.userDataDir, { recursive: true, force: true });
    },
  };
  const plain = await launchPlain();
  const empty = await launchEmptyExtension();
  try {
    for (const b of [ext, plain, empty]) {
      await servePages(b.context, pages);
      await b.context.addInitScript({ content: INIT_SCRIPT });
    }
    const t = () => Date.now();
    const times: Record<string, number> = {};
    const part = async <T>(name: string, run: () => Promise<T>): Promise<T | null> => {
      if (!benchPartWanted(name)) return null;
      const t0 = t();
      const r = await run();
      times[name] = t() - t0;
      return r;
    };
    const detected = await part('detected', () => benchDetected(ext, plain, o.detectedRuns));
    const nonTarget = await part('nonTarget', () => benchNonTarget(ext, empty, plain, o.nonTargetRuns));
    const stressResult = await part('stress', () => benchStress(ext, plain, o.stressRuns, stress));
    const manyFigures = await part('manyFigures', () => benchManyFigures(ext, plain, o.stressRuns));
    const coldStart = await part('coldStart', () => benchColdStart(ext, launched.extensionId, o.coldRuns));
    return {
      extensionDir: EXTENSION_DIR,
      chromium: launched.context.browser()?.version() ?? null,
      options: o,
      wallMs: times,
      detected,
      nonTarget,
      stress: stressResult,
      manyFigures,
      coldStart,
    };
  } finally {
    await empty.close();
    await plain.close();
    await ext.close();
  }
}
