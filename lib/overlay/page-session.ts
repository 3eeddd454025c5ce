import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ExtractedArticle } from '../article/extract-article';
import { pageMightBeGwangjuAi } from '../article/gate';
import { readPage } from '../judge/read-page';
import type { AnalysisReport, PageReading } from '../judge/report';
import { send } from '../send';
import { readStoredSettings, type Settings } from '../settings-shape';
import { placeCard } from './FigureCard';
import { FIGURE_TAG, type Mark, markFigures, unmarkAll } from './highlight';
import { Overlay } from './Overlay';
import overlayCss from './overlay.css?inline';
import { attachOverlayHost, type OverlayHost } from './overlay-host';
import { resolveLang, type Strings, stringsFor } from './strings';

const UI_TAG = 'gctx-overlay';
const RERUN_DELAY_MS = 250;
// A page that keeps changing must still get its marks back: never wait longer than this.
const RERUN_MAX_WAIT_MS = 1000;
// A page that keeps removing our marks wins: after this many re-marks in the window, stop.
const REMARK_LIMIT = 3;
const REMARK_WINDOW_MS = 10_000;
const HOVER_OPEN_MS = 120;
const HOVER_CLOSE_MS = 300;

/** Elements the reader cannot see are not read (hidden boxes, collapsed tabs). */
function isHidden(el: Element): boolean {
  const check = (el as HTMLElement).checkVisibility;
  return typeof check === 'function' ? !check.call(el, { visibilityProperty: true }) : false;
}

function uuid(): string {
  return typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(16)}-${Math.random().toString(16).slice(2)}`;
}

/**
 * The content script's life on one tab: reads the page, and on a Gwangju AI-policy article marks
 * the figures, draws the card and panel, and keeps marks right while the page changes. On any
 * other page it leaves the DOM exactly as it was.
 */
export class PageSession {
  private settings!: Settings;
  private t!: Strings;
  private lang: 'ko' | 'en' = 'ko';
  private report: AnalysisReport | null = null;
  private article: ExtractedArticle | null = null;
  private marks: Mark[] = [];
  private shown = new Set<number>();
  private ui: OverlayHost | null = null;
  private card: { index: number; takeFocus: boolean } | null = null;
  private observer: MutationObserver | null = null;
  private rerunTimer = 0;
  private hoverTimer = 0;
  private pointerInCard = false;
  private lastReadingKey = '';
  private listening = false;
  private running: Promise<void> | null = null;
  private firstPending = 0;
  private remarks: number[] = [];
  private gaveUp = false;
  private uiTag = UI_TAG;

  constructor(private readonly ctx: ContentScriptContext) {}

  /** Starts the session: settings, first run, SPA navigation. */
  async start(): Promise<void> {
    this.settings = await readStoredSettings();
    if (this.settings.disabledSites.includes(location.hostname)) return;
    this.lang = resolveLang(this.settings.lang, browser.i18n.getUILanguage());
    this.t = stringsFor(this.lang);
    // SPA navigation (pushState, portal "next article"): a new page, read from scratch.
    this.ctx.addEventListener(window, 'wxt:locationchange', () => {
      this.lastReadingKey = '';
      this.gaveUp = false;
      this.remarks = [];
      this.schedule(0);
    });
    await this.run();
  }

  /** Runs again once the page is quiet for a moment, but never later than RERUN_MAX_WAIT_MS. */
  private schedule(delay = RERUN_DELAY_MS) {
    const now = performance.now();
    if (!this.firstPending) this.firstPending = now;
    const wait = Math.max(0, Math.min(delay, this.firstPending + RERUN_MAX_WAIT_MS - now));
    if (this.rerunTimer) clearTimeout(this.rerunTimer);
    this.rerunTimer = this.ctx.setTimeout(() => {
      this.rerunTimer = 0;
      this.firstPending = 0;
      void this.run();
    }, wait);
  }

  private run(): Promise<void> {
    // One run at a time; a change during a run schedules another. A failure must never
    // surface on the host page: the page is not ours to disturb.
    this.running ??= this.runOnce()
      .catch((e: unknown) => console.debug('[gwangju-ai-context]', e))
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  private async runOnce(): Promise<void> {
    if (this.ctx.isInvalid) return;
    const body = document.body;
    // Cheap gate first: most pages never mention 광주 and AI together.
    if (!body || this.gaveUp) return;
    // Cheap gate first: most pages never mention 광주 and AI together.
    if (!pageMightBeGwangjuAi(document, location.href)) return this.clear();
    const marksIntact =
      this.marks.length > 0 && this.marks.every((m) => m.elements.every((el) => el.isConnected));
    const read = readPage(document, location.href, { isHidden });
    if (!read?.reading.detected) return this.clear();
    const key = `${location.href}\n${read.reading.text}`;
    if (key === this.lastReadingKey && marksIntact) return; // nothing changed that matters
    // A page that re-renders replaces our marks together with its text: mark again. A page that
    // takes our elements out and keeps their text is removing them on purpose: back off.
    const unwrapped = this.marks.some((m) => !m.elements[0]!.isConnected && !!m.texts[0]?.isConnected);
    if (key === this.lastReadingKey && unwrapped && this.pageFightsMarks()) return;
    let report = this.report;
    if (!report || key !== this.lastReadingKey) {
      const answer = await send({ type: 'judge-page', reading: read.reading as PageReading });
      if (!answer.ok || this.ctx.isInvalid) return;
      report = answer.value;
    }
    this.lastReadingKey = key;
    await this.apply(report, read.article);
  }

  /** Puts marks and UI on the page for a report; our own DOM changes are not observed. */
  private async apply(report: AnalysisReport, article: ExtractedArticle) {
    this.withoutObserving(() => {
      unmarkAll(document);
      this.report = report;
      this.article = article;
      this.shown = new Set(
        report.figures
          .map((_, i) => i)
          .filter((i) => this.settings.showUnknown || report.figures[i]!.status !== 'unknown'),
      );
      // Offsets refer to the text just read: mark with that reading's segments.
      const data = report.figures
        .map((f, index) => ({ f, index }))
        .filter(({ index }) => this.shown.has(index))
        .map(({ f, index }) => ({
          index,
          start: f.start,
          end: f.end,
          status: f.status,
          value: f.value,
          unit: f.unit,
          metric: f.metric,
          label: `${f.text}: ${this.t[f.status]}`,
        }));
      this.marks = markFigures(document, article.segments, data);
    });
    this.ensureUi();
    this.listen();
    this.observe();
    this.renderUi();
  }

  /** Counts re-marks after the page unwrapped our marks; true (and stop) when it keeps doing so. */
  private pageFightsMarks(): boolean {
    const now = performance.now();
    this.remarks = [...this.remarks.filter((t) => now - t < REMARK_WINDOW_MS), now];
    if (this.remarks.length <= REMARK_LIMIT) return false;
    this.gaveUp = true;
    this.observer?.disconnect();
    this.observer = null;
    return true;
  }

  private clear() {
    if (!this.report && this.marks.length === 0 && !this.ui) return;
    this.withoutObserving(() => unmarkAll(document));
    this.marks = [];
    this.report = null;
    this.card = null;
    this.ui?.remove();
    this.ui = null;
  }

  private withoutObserving(fn: () => void) {
    fn();
    this.observer?.takeRecords();
  }

  private ensureUi() {
    if (this.ui?.host.isConnected) return;
    this.ui?.remove(); // the page removed our host: draw a new one
    this.ui = null;
    let ui: OverlayHost | null = null;
    this.withoutObserving(() => {
      try {
        ui = attachOverlayHost(document, this.uiTag, overlayCss);
      } catch {
        // The page defines an element of our name with its own shadow root: use a unique name.
        this.uiTag = `${UI_TAG}-${Math.random().toString(36).slice(2, 8)}`;
        ui = attachOverlayHost(document, this.uiTag, overlayCss);
      }
    });
    this.ui = ui;
    this.ctx.onInvalidated(() => ui?.remove());
  }

  private renderUi() {
    if (!this.ui || !this.report) return;
    const card = this.card;
    const mark = card ? this.markOf(card.index) : undefined;
    const placement = mark
      ? placeCard(mark.elements[0]!.getBoundingClientRect(), { width: innerWidth, height: innerHeight })
      : null;
    for (const m of this.marks)
      m.elements[0]!.setAttribute('aria-expanded', String(m.data.index === card?.index));
    render(
      h(Overlay, {
        report: this.report,
        shown: this.shown,
        lang: this.lang,
        t: this.t,
        card: card && placement ? { index: card.index, placement, takeFocus: card.takeFocus } : null,
        onCloseCard: () => this.closeCard(true),
        onCardPointer: (inside) => {
          this.pointerInCard = inside;
          if (!inside) this.scheduleClose();
          else clearTimeout(this.hoverTimer);
        },
        onFlag: (index, note) => this.flag(index, note),
        onShowFigure: (index) => this.showFigure(index),
      }),
      this.ui.container,
    );
  }

  private markOf(index: number) {
    return this.marks.find((m) => m.data.index === index);
  }

  private openCard(index: number, takeFocus: boolean) {
    clearTimeout(this.hoverTimer);
    this.card = { index, takeFocus };
    this.renderUi();
  }

  private closeCard(returnFocus: boolean) {
    if (!this.card) return;
    const mark = this.markOf(this.card.index);
    this.card = null;
    this.renderUi();
    if (returnFocus) mark?.elements[0]?.focus();
  }

  private scheduleClose() {
    clearTimeout(this.hoverTimer);
    this.hoverTimer = this.ctx.setTimeout(() => {
      if (!this.pointerInCard) this.closeCard(false);
    }, HOVER_CLOSE_MS);
  }

  private figureIndexOf(target: EventTarget | null): number | null {
    const el = (target as Element | null)?.closest?.(FIGURE_TAG);
    const index = el ? Number((el as HTMLElement).dataset.figure) : Number.NaN;
    return Number.isInteger(index) ? index : null;
  }

  private listen() {
    if (this.listening) return;
    this.listening = true;
    const on = <K extends keyof DocumentEventMap>(type: K, fn: (e: DocumentEventMap[K]) => void) =>
      this.ctx.addEventListener(document, type, fn as never, { capture: true });
    on('mouseover', (e) => {
      const i = this.figureIndexOf(e.target);
      if (i === null) return;
      clearTimeout(this.hoverTimer);
      this.hoverTimer = this.ctx.setTimeout(() => this.openCard(i, false), HOVER_OPEN_MS);
    });
    on('mouseout', (e) => {
      if (this.figureIndexOf(e.target) !== null) this.scheduleClose();
    });
    on('focusin', (e) => {
      const i = this.figureIndexOf(e.target);
      if (i !== null && this.card?.index !== i) this.openCard(i, false);
    });
    on('focusout', (e) => {
      if (this.figureIndexOf(e.target) === null) return;
      // Focus moving into our card (inside the shadow host) keeps it open.
      const next = e.relatedTarget as Node | null;
      if (next && this.ui?.host.contains(next)) return;
      this.ctx.setTimeout(() => {
        if (
          !this.ui?.host.contains(document.activeElement) &&
          this.figureIndexOf(document.activeElement) === null
        ) {
          this.closeCard(false);
        }
      }, 0);
    });
    on('click', (e) => {
      const i = this.figureIndexOf(e.target);
      if (i === null) return;
      if (this.card?.index === i && !this.card.takeFocus) this.card = { index: i, takeFocus: false };
      this.openCard(i, false);
    });
    on('keydown', (e) => {
      if (e.key === 'Escape' && this.card) {
        this.closeCard(
          this.figureIndexOf(document.activeElement) !== null || this.ui?.host === document.activeElement,
        );
        return;
      }
      const i = this.figureIndexOf(e.target);
      if (i !== null && (e.key === 'Enter' || e.key === ' ')) {
        e.preventDefault();
        this.openCard(i, true);
      }
    });
    const reposition = () => {
      if (this.card) this.renderUi();
    };
    this.ctx.addEventListener(window, 'scroll', reposition, { passive: true, capture: true });
    this.ctx.addEventListener(window, 'resize', reposition, { passive: true });
  }

  /** Watches for the page re-rendering or adding text; our own changes are taken out first. */
  private observe() {
    if (this.observer) return;
    const ours = (n: Node) => {
      const el = n.nodeType === 1 ? (n as Element) : n.parentElement;
      return (
        !!el &&
        (el.tagName === FIGURE_TAG.toUpperCase() ||
          el.tagName === this.uiTag.toUpperCase() ||
          !!el.closest(this.uiTag))
      );
    };
    const touchesArticle = (r: MutationRecord) => {
      const root = this.article?.root;
      if (!root?.isConnected) return true; // the article was replaced
      if (root.contains(r.target)) return true;
      // The page took our marks out (a re-render, or a script that removes unknown elements).
      return [...r.removedNodes].some(
        (n) =>
          n.nodeType === 1 &&
          ((n as Element).tagName === FIGURE_TAG.toUpperCase() || !!(n as Element).querySelector(FIGURE_TAG)),
      );
    };
    this.observer = new MutationObserver((records) => {
      // Work happens later, batched; here only decide whether a change that is not ours
      // touched the article (a ticker elsewhere on the page does not matter).
      const relevant = records.some(
        (r) =>
          (!ours(r.target) ||
            [...r.addedNodes, ...r.removedNodes].some((n) => !ours(n) && n.nodeType !== 8)) &&
          touchesArticle(r),
      );
      if (relevant) this.schedule();
    });
    this.observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    this.ctx.onInvalidated(() => {
      this.observer?.disconnect();
      this.withoutObserving(() => unmarkAll(document));
    });
  }

  private async flag(index: number, note: string): Promise<string | null> {
    const f = this.report?.figures[index];
    const text = this.article?.text ?? '';
    if (!f) return 'figure not found';
    const answer = await send({
      type: 'flag-add',
      flag: {
        id: uuid(),
        url: location.href,
        pageTitle: document.title,
        figure: { text: f.text, value: f.value, unit: f.unit, metric: f.metric },
        quote: {
          exact: f.text,
          prefix: text.slice(Math.max(0, f.start - 32), f.start),
          suffix: text.slice(f.end, f.end + 32),
        },
        note,
        createdAt: new Date().toISOString(),
      },
    });
    if (answer.ok) return null;
    if (answer.reason === 'no-answer')
      return this.lang === 'ko'
        ? '저장하지 못했습니다: 확장 프로그램이 응답하지 않습니다.'
        : 'Not saved: the extension did not answer.';
    return answer.error || 'not saved';
  }

  private showFigure(index: number) {
    const el = this.markOf(index)?.elements[0];
    if (!el) return;
    el.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    el.focus();
    this.openCard(index, false);
  }
}
