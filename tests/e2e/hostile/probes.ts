import type { CDPSession, Page } from 'playwright-core';

/** One figure as the page shows it: the first piece's data, the joined text of all its pieces. */
export interface SeenMark {
  text: string;
  status: string | undefined;
  value: number;
  unit: string | undefined;
  metric: string | null;
  pieces: number;
}

/** The marks in a frame (first piece of each figure), in document order. */
export function readMarks(target: Pick<Page, '$$eval'>): Promise<SeenMark[]> {
  return target.$$eval('gctx-figure:not([data-part])', (els) =>
    els.map((el) => {
      const e = el as HTMLElement;
      const parts = [...document.querySelectorAll(`gctx-figure[data-figure="${e.dataset.figure}"]`)];
      return {
        text: parts.map((p) => p.textContent).join(''),
        status: e.dataset.status,
        value: Number(e.dataset.value),
        unit: e.dataset.unit,
        metric: e.dataset.metric ?? null,
        pieces: parts.length,
      };
    }),
  );
}

/** `text:status` of every mark, the shortest way to compare what a page shows with what it should. */
export async function markSummary(target: Pick<Page, '$$eval'>): Promise<string[]> {
  return (await readMarks(target)).map((m) => `${m.text}:${m.status}`);
}

/** What the init probe keeps in each page, read back by the tests. */
export interface ProbeState {
  /** performance.now() of every <gctx-figure> the page received (any piece) */
  figureInserts: number[];
  longTasks: { start: number; duration: number }[];
  /** long animation frames, with the scripts Chromium attributes them to */
  frames: {
    start: number;
    duration: number;
    blocking: number;
    scripts: { url: string; duration: number; invoker: string }[];
  }[];
}

/**
 * Runs in every page before its own scripts (context.addInitScript): counts <gctx-figure>
 * insertions and records long tasks and long animation frames from the very start of the load.
 */
export const INIT_PROBE = () => {
  const state = { figureInserts: [] as number[], longTasks: [] as unknown[], frames: [] as unknown[] };
  Object.defineProperty(window, '__probe', { value: state, enumerable: false });
  // The extension inserts each <gctx-figure> on its own: count those nodes only. Cheap, so the
  // probe itself adds no long task while a 50,000-element page is parsed.
  new MutationObserver((records) => {
    for (const r of records) {
      const added = r.addedNodes;
      for (let i = 0; i < added.length; i++) {
        if (added[i]!.nodeName === 'GCTX-FIGURE') state.figureInserts.push(performance.now());
      }
    }
  }).observe(document, { childList: true, subtree: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) state.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no longtask support
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as {
        startTime: number;
        duration: number;
        blockingDuration: number;
        scripts: { sourceURL: string; duration: number; invoker: string }[];
      }[]) {
        state.frames.push({
          start: e.startTime,
          duration: e.duration,
          blocking: e.blockingDuration,
          scripts: (e.scripts ?? []).map((s) => ({
            url: s.sourceURL,
            duration: s.duration,
            invoker: s.invoker,
          })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // no long-animation-frame support
  }
};

export function probe(page: Page): Promise<ProbeState> {
  return page.evaluate(() => structuredClone((window as unknown as { __probe: ProbeState }).__probe));
}

/** An error seen while a page was open, and where it came from. */
export interface SeenError {
  via: string;
  text: string;
  url: string;
}

/**
 * Collects errors on a page from every world: Playwright's console/pageerror events (main world)
 * and, through a CDP session, exceptions and console errors from the content script's isolated
 * world, which Playwright does not surface. `extension` holds the ones that come from the
 * extension (a chrome-extension:// script or the extension's isolated world); `page` the rest,
 * for the record. Attach before page.goto.
 */
export async function watchErrors(page: Page) {
  const extension: SeenError[] = [];
  const pageOwn: SeenError[] = [];
  const fromExtension = (s: string | undefined) => !!s && s.includes('chrome-extension://');
  const add = (e: SeenError, ext: boolean) => (ext ? extension : pageOwn).push(e);

  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const url = m.location().url ?? '';
    add({ via: 'console', text: m.text(), url }, url.startsWith('chrome-extension://'));
  });
  page.on('pageerror', (err) => {
    add({ via: 'pageerror', text: `${err.message}\n${err.stack ?? ''}`, url: '' }, fromExtension(err.stack));
  });

  const cdp: CDPSession = await page.context().newCDPSession(page);
  const extensionContexts = new Set<number>();
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin?.startsWith('chrome-extension://')) extensionContexts.add(context.id);
  });
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
    const frames = d.stackTrace?.callFrames ?? [];
    const url = d.url ?? frames[0]?.url ?? '';
    const text = `${d.text} ${d.exception?.description ?? ''}`.trim();
    const ext =
      extensionContexts.has(d.executionContextId ?? -1) ||
      fromExtension(url) ||
      frames.some((f) => fromExtension(f.url)) ||
      fromExtension(d.exception?.description);
    // The main world's exceptions also reach Playwright's pageerror: keep only the extension's here.
    if (ext) add({ via: 'cdp:exception', text, url }, true);
  });
  cdp.on('Runtime.consoleAPICalled', (e) => {
    if (e.type !== 'error' && e.type !== 'assert') return;
    const frames = e.stackTrace?.callFrames ?? [];
    const ext = extensionContexts.has(e.executionContextId) || frames.some((f) => fromExtension(f.url));
    const text = e.args.map((a) => a.description ?? String(a.value)).join(' ');
    if (ext) add({ via: 'cdp:console', text, url: frames[0]?.url ?? '' }, true);
  });
  cdp.on('Log.entryAdded', ({ entry }) => {
    if (entry.level !== 'error') return;
    const frames = entry.stackTrace?.callFrames ?? [];
    const ext = fromExtension(entry.url) || frames.some((f) => fromExtension(f.url));
    add({ via: `log:${entry.source}`, text: entry.text, url: entry.url ?? '' }, ext);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');
  return {
    extension,
    page: pageOwn,
    /** how many execution contexts of the extension were seen (the content script ran there) */
    extensionContextCount: () => extensionContexts.size,
    detach: () => cdp.detach().catch(() => {}),
  };
}

export type ErrorWatch = Awaited<ReturnType<typeof watchErrors>>;
