import { h, render } from 'preact';
import { flagFrameAddress } from '../../protocol/flag-frame-params';
import { send } from '../../protocol/send';
import { readStoredSettings, type Settings, watchSettings } from '../../protocol/settings-shape';
import type { PageReport } from '../../shared/report';
import type { ExtractedArticle } from '../article/extract-article';
import { mightBeGwangjuAi } from '../article/gate';
import { readArticle } from '../read/read-page';
import type { SessionLife } from '../session-life';
import { CardController } from './card-controller';
import { placeCard } from './FigureCard';
import { quotesOfMarks } from './flag-quote';
import { FIGURE_TAG, isOurMark, type Mark, markFigures, unmarkAll } from './highlight';
import { type MutationScope, needsReread } from './mutation-filter';
import type { FlagsOnPage } from './Overlay';
import { Overlay } from './Overlay';
import overlayCss from './overlay.css?inline';
import { attachOverlayHost, type OverlayHost } from './overlay-host';
import { RemarkGuard } from './remark-guard';
import { RerunScheduler } from './rerun-scheduler';
import { resolveLang, type Strings, stringsFor } from './strings';
import type { Timers } from './timers';

const UI_TAG = 'gctx-overlay';

/** Figures marked in one task; the rest wait for the next (a slice is a few milliseconds). */
const MARK_SLICE = 400;

/**
 * Elements the reader cannot see are not read (hidden boxes, collapsed tabs), and neither are
 * editors (contenteditable): the extension never edits what someone is writing.
 */
function isHidden(el: Element): boolean {
  if ((el as HTMLElement).isContentEditable) return true;
  const check = (el as HTMLElement).checkVisibility;
  return typeof check === 'function' ? !check.call(el, { visibilityProperty: true }) : false;
}

/**
 * The content script's life on one tab: reads the page, and on a Gwangju AI-policy article marks
 * the figures, draws the card and panel, and keeps marks right while the page changes. On any
 * other page it leaves the DOM exactly as it was. The parts with their own concept live beside
 * it: RerunScheduler (when to read again), needsReread (which changes matter), RemarkGuard (a
 * page that fights our marks), CardController (hover, focus and keys), quoteOfMark (a flag's quote).
 */
export class PageSession {
  private settings!: Settings;
  private t!: Strings;
  private lang: 'ko' | 'en' = 'ko';
  private report: PageReport | null = null;
  private article: ExtractedArticle | null = null;
  private marks: Mark[] = [];
  private shown = new Set<number>();
  private ui: OverlayHost | null = null;
  private observer: MutationObserver | null = null;
  private lastReadingKey = '';
  private listening = false;
  private uiTag = UI_TAG;
  private flagged: FlagsOnPage | null = null;
  private readonly timers: Timers;
  private readonly scheduler: RerunScheduler;
  private readonly guard: RemarkGuard;
  /** our mark elements' figure indexes (not their data-figure, which the page could change) */
  private indexOfMark = new WeakMap<Element, number>();
  /** watches <html> for a new <body> */
  private bodySwaps: MutationObserver | null = null;
  private readonly cards: CardController;
  /** counts passes of apply(): a pass that yields and finds a newer one stops */
  private applying = 0;

  constructor(private readonly ctx: SessionLife) {
    this.timers = {
      setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
      clearTimeout: (id) => clearTimeout(id),
      now: () => performance.now(),
    };
    this.scheduler = new RerunScheduler(() => this.runOnce(), this.timers);
    this.guard = new RemarkGuard(this.timers.now);
    this.cards = new CardController(
      {
        figureAt: (target) => this.figureIndexOf(target),
        inUi: (node) => !!node && !!this.ui?.host.contains(node),
        activeElement: () => document.activeElement,
        render: () => this.renderUi(),
        focusFigure: (index) => this.markOf(index)?.elements[0]?.focus(),
      },
      this.timers,
    );
    // Registered once for the session, whatever is drawn or re-drawn later.
    ctx.onInvalidated(() => {
      this.scheduler.cancel();
      this.observer?.disconnect();
      this.bodySwaps?.disconnect();
      this.withoutObserving(() => unmarkAll(document));
      this.ui?.remove();
    });
  }

  /** Starts the session: settings (followed live), first run, SPA navigation. */
  async start(): Promise<void> {
    this.useSettings(await readStoredSettings());
    if (this.settings.disabledSites.includes(location.hostname)) return;
    // SPA navigation (pushState, portal "next article"): a new page, read from scratch.
    this.ctx.watchLocation(() => {
      this.lastReadingKey = '';
      this.guard.reset();
      this.scheduler.request(0);
    });
    watchSettings((next) => this.settingsChanged(next));
    await this.afterNextFrame();
    await this.scheduler.run();
  }

  /**
   * Resolves after the browser has drawn a frame (or after 100 ms, in a tab that draws none):
   * reading checks each element's visibility, which on a page whose styles are still dirty (a
   * 1 MB page just parsed) would make our task pay for the whole document's style recalc.
   */
  private afterNextFrame(): Promise<void> {
    return new Promise((resolve) => {
      const fallback = this.ctx.setTimeout(resolve, 100);
      requestAnimationFrame(() => {
        clearTimeout(fallback);
        this.ctx.setTimeout(resolve, 0);
      });
    });
  }

  private useSettings(settings: Settings) {
    this.settings = settings;
    this.lang = resolveLang(settings.lang, browser.i18n.getUILanguage());
    this.t = stringsFor(this.lang);
  }

  /** The reader changed a setting in the popup: apply it to this page now, not on the next load. */
  private settingsChanged(next: Settings) {
    if (this.ctx.isInvalid) return;
    this.useSettings(next);
    if (next.disabledSites.includes(location.hostname)) return this.clear();
    if (this.report && this.article) void this.apply(this.report, this.article);
    else this.scheduler.request(0);
  }

  private async runOnce(): Promise<void> {
    if (this.ctx.isInvalid) return;
    if (!document.body || this.guard.gaveUp) return;
    // A document in design mode is an editor as a whole: leave it alone.
    if (document.designMode === 'on') return this.clear();
    if (this.settings.disabledSites.includes(location.hostname)) return this.clear();
    const marksIntact =
      this.marks.length > 0 && this.marks.every((m) => m.elements.every((el) => el.isConnected));
    // The article as the reader sees it, found once; no 광주 and AI in it (an SPA that moved on
    // to another story): nothing to judge.
    const read = readArticle(document, location.href, { isHidden });
    if (!read || !mightBeGwangjuAi(read.page.text)) return this.clear();
    const key = `${location.href}\n${read.page.text}`;
    if (key === this.lastReadingKey && marksIntact) return; // nothing changed that matters
    // A page that re-renders replaces our marks together with its text: mark again. A page that
    // takes our elements out and keeps their text is removing them on purpose: back off.
    const unwrapped = this.marks.some((m) => !m.elements[0]!.isConnected && !!m.texts[0]?.isConnected);
    if (key === this.lastReadingKey && unwrapped && this.guard.record()) {
      this.observer?.disconnect();
      this.observer = null;
      return;
    }
    let report = this.report;
    if (!report || key !== this.lastReadingKey) {
      // The figures are read in the background, from the text: off the page's main thread.
      const answer = await send({ type: 'judge-page', page: read.page });
      if (!answer.ok || this.ctx.isInvalid) return;
      report = answer.value;
    }
    // The background decides whether this is a Gwangju AI-policy article at all.
    if (!report.detected) {
      this.lastReadingKey = key;
      return this.clear();
    }
    this.lastReadingKey = key;
    await this.apply(report, read.article);
  }

  /** Puts marks and UI on the page for a report; our own DOM changes are not observed. */
  private async apply(report: PageReport, read: ExtractedArticle) {
    // Our marks split the page's text nodes, and unmarking joins them again: a reading taken
    // while marks were in place points at nodes that are gone by now. Unmark, then read the
    // segments again (same text, our marks taken out), so every figure is marked again.
    let article = read;
    if (this.marks.length > 0) {
      this.withoutObserving(() => unmarkAll(document));
      this.marks = [];
      const fresh = readArticle(document, location.href, { isHidden });
      if (!fresh || fresh.article.text !== read.text) {
        this.lastReadingKey = ''; // the page changed meanwhile: read and judge it again
        this.scheduler.request(0);
        return;
      }
      article = fresh.article;
    }
    const generation = ++this.applying;
    this.report = report;
    this.article = article;
    this.shown = new Set(
      report.figures
        .map((_, i) => i)
        .filter((i) => this.settings.showUnknown || report.figures[i]!.status !== 'unknown'),
    );
    if (this.cards.card && !this.shown.has(this.cards.card.index)) this.cards.card = null;
    // Offsets refer to the text just read: mark with that reading's segments, last figure first
    // (splitting a text node keeps the offsets before the split valid).
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
        origin: f.origin,
        label: `${f.text}: ${this.t[f.status]}${f.origin === 'user' ? ` (${this.t.myFacts})` : ''}`,
      }))
      .sort((a, b) => b.start - a.start);
    this.marks = [];
    // Thousands of figures are marked a slice per task, so no task of ours keeps the page from
    // answering the reader (bench [4b]). Each slice's marks are kept as they land: a newer pass
    // that starts meanwhile takes them out before it reads.
    for (let i = 0; i < data.length; i += MARK_SLICE) {
      if (i > 0) {
        await new Promise<void>((resolve) => this.ctx.setTimeout(resolve, 0));
        if (generation !== this.applying || this.ctx.isInvalid) return;
      }
      this.withoutObserving(() => {
        this.marks.unshift(...markFigures(document, article.segments, data.slice(i, i + MARK_SLICE)));
      });
    }
    this.indexOfMark = new WeakMap(
      this.marks.flatMap((m) => m.elements.map((el) => [el, m.data.index] as const)),
    );
    this.ensureUi();
    this.listen();
    this.observe();
    this.renderUi();
    void this.findFlags();
  }

  /** Finds the reader's earlier flags on this page again, marks their figures, lists the lost ones. */
  private async findFlags() {
    // The marks' quotes are page text; the background finds the flags among them (the fuzzy
    // matcher stays out of the content script).
    const marks = quotesOfMarks(
      document.body,
      this.marks.map((m) => ({ index: m.data.index, elements: m.elements })),
    );
    const reply = await send({ type: 'page-flags', url: location.href, marks });
    this.flagged =
      reply.ok && (reply.value.byFigure.length || reply.value.lost.length)
        ? { byFigure: new Map(reply.value.byFigure), lost: reply.value.lost }
        : null;
    for (const m of this.marks) {
      if (this.flagged?.byFigure.has(m.data.index)) m.elements[0]!.setAttribute('data-flagged', '');
      else m.elements[0]!.removeAttribute('data-flagged');
    }
    this.renderUi();
  }

  private clear() {
    if (!this.report && this.marks.length === 0 && !this.ui) return;
    this.withoutObserving(() => unmarkAll(document));
    this.marks = [];
    this.report = null;
    this.cards.card = null;
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
    this.withoutObserving(() => {
      try {
        this.ui = attachOverlayHost(document, this.uiTag, overlayCss);
      } catch {
        // The page defines an element of our name with its own shadow root: use a unique name.
        this.uiTag = `${UI_TAG}-${Math.random().toString(36).slice(2, 8)}`;
        this.ui = attachOverlayHost(document, this.uiTag, overlayCss);
      }
    });
  }

  private renderUi() {
    if (!this.ui || !this.report) return;
    const card = this.cards.card;
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
        onCloseCard: () => this.cards.close(true),
        onCardPointer: (inside) => this.cards.pointer(inside),
        frameAddress: (index, form) => (form === 'fact' ? this.factFrame(index) : this.flagFrame(index)),
        flagged: this.flagged,
        onSaved: (form) => (form === 'fact' ? this.rejudge() : void this.findFlags()),
        onShowFigure: (index) => this.showFigure(index),
        onOpenTracker: (target) => void send({ type: 'open-tracker', target }),
      }),
      this.ui.container,
    );
  }

  private markOf(index: number) {
    return this.marks.find((m) => m.data.index === index);
  }

  /** The figure of one of our marks at `target`; the page's own elements and attributes do not count. */
  private figureIndexOf(target: EventTarget | null): number | null {
    const el = (target as Element | null)?.closest?.(FIGURE_TAG);
    return isOurMark(el) ? (this.indexOfMark.get(el) ?? null) : null;
  }

  private listen() {
    if (this.listening) return;
    this.listening = true;
    const on = <K extends keyof DocumentEventMap>(type: K, fn: (e: DocumentEventMap[K]) => void) =>
      this.ctx.addEventListener(document, type, fn as never, { capture: true });
    on('mouseover', (e) => this.cards.mouseOver(e.target));
    on('mouseout', (e) => this.cards.mouseOut(e.target));
    on('focusin', (e) => this.cards.focusIn(e.target));
    on('focusout', (e) => this.cards.focusOut(e.target, e.relatedTarget as Node | null));
    on('click', (e) => this.cards.click(e.target));
    on('keydown', (e) => {
      if (this.cards.keyDown(e.key, e.target)) e.preventDefault();
    });
    const reposition = () => {
      if (this.cards.card) this.renderUi();
    };
    this.ctx.addEventListener(window, 'scroll', reposition, { passive: true, capture: true });
    this.ctx.addEventListener(window, 'resize', reposition, { passive: true });
  }

  /** Watches for the page re-rendering or adding text; our own changes are taken out first. */
  private observe() {
    if (this.observer) return;
    const scope: MutationScope = {
      isOurs: (n) => {
        const el = n.nodeType === 1 ? (n as Element) : n.parentElement;
        return !!el && (isOurMark(el) || el.tagName === this.uiTag.toUpperCase() || !!el.closest(this.uiTag));
      },
      articleRoot: () => this.article?.root ?? null,
      markTag: FIGURE_TAG.toUpperCase(),
    };
    // Work happens later, batched; here only decide whether the change matters.
    this.observer = new MutationObserver((records) => {
      if (needsReread(records, scope)) this.scheduler.request();
    });
    const observer = this.observer;
    let body: HTMLElement | null = null;
    const watchBody = () => {
      if (document.body === body) return;
      body = document.body;
      observer.disconnect();
      if (body) observer.observe(body, { childList: true, subtree: true, characterData: true });
    };
    watchBody();
    // A page that swaps in a new <body> (pjax navigation): watch the new one, read it again.
    this.bodySwaps?.disconnect();
    this.bodySwaps = new MutationObserver(() => {
      if (this.observer !== observer || document.body === body) return; // backed off, or no swap
      watchBody();
      this.lastReadingKey = '';
      this.scheduler.request(0);
    });
    this.bodySwaps.observe(document.documentElement, { childList: true });
  }

  /** The flag frame's address: the figure's public facts; the form and the write live in the frame. */
  private flagFrame(index: number): string | null {
    const f = this.report?.figures[index];
    const mark = this.markOf(index);
    if (!f || !mark) return null;
    return flagFrameAddress(browser.runtime.getURL('/flag-frame.html'), {
      url: location.href,
      pageTitle: document.title,
      figure: { text: f.text, value: f.value, unit: f.unit, metric: f.metric },
      quote: quotesOfMarks(document.body, [{ index, elements: mark.elements }])[0]!.quote,
      lang: this.lang,
    });
  }

  /** The add-a-fact frame's address: the figure's index; the frame asks the background for the rest. */
  private factFrame(index: number): string | null {
    if (!this.report?.figures[index]) return null;
    return flagFrameAddress(browser.runtime.getURL('/flag-frame.html'), {
      mode: 'fact',
      lang: this.lang,
      figure: index,
    });
  }

  /** A fact was added: judge the page again, so its marks count the new fact at once. */
  private rejudge() {
    this.lastReadingKey = '';
    this.scheduler.request(0);
  }

  private showFigure(index: number) {
    const el = this.markOf(index)?.elements[0];
    if (!el) return;
    el.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    el.focus();
    this.cards.open(index, false);
  }
}
