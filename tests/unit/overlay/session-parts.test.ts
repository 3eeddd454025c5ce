// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CardController, type CardSurface, type OpenCard } from '../../../lib/page/overlay/card-controller';
import { quoteOfMark } from '../../../lib/page/overlay/flag-quote';
import { needsReread } from '../../../lib/page/overlay/mutation-filter';
import { RemarkGuard } from '../../../lib/page/overlay/remark-guard';
import { RerunScheduler } from '../../../lib/page/overlay/rerun-scheduler';
import type { Timers } from '../../../lib/page/overlay/timers';

// The parts PageSession is made of, each on its own: fake timers, happy-dom.

const fakeTimers = (): Timers => ({
  setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number,
  clearTimeout: (id) => clearTimeout(id),
  now: () => Date.now(),
});

describe('RerunScheduler', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('batches requests until the page is quiet, and never waits longer than the max wait', async () => {
    const task = vi.fn(async () => {});
    const s = new RerunScheduler(task, fakeTimers(), 250, 1000);
    for (let i = 0; i < 10; i++) {
      s.request();
      await vi.advanceTimersByTimeAsync(200); // the page keeps changing every 200 ms
    }
    // 2000 ms of constant change: the max wait made it run at 1000 and 2000 ms, not never
    expect(task.mock.calls.length).toBe(2);
    await vi.advanceTimersByTimeAsync(300);
    expect(task.mock.calls.length).toBe(2); // nothing left over
    s.request();
    await vi.advanceTimersByTimeAsync(249);
    expect(task.mock.calls.length).toBe(2); // still waiting for quiet
    await vi.advanceTimersByTimeAsync(1);
    expect(task.mock.calls.length).toBe(3);
  });

  it('a request while a run is in flight is not dropped: another run follows', async () => {
    let release!: () => void;
    const seen: number[] = [];
    let n = 0;
    const task = vi.fn(async () => {
      const me = ++n;
      if (me === 1) await new Promise<void>((r) => (release = r)); // the slow first judge round trip
      seen.push(me);
    });
    const s = new RerunScheduler(task, fakeTimers());
    const first = s.run();
    s.request(0); // a navigation while the first run waits for the background
    await vi.advanceTimersByTimeAsync(0);
    expect(task).toHaveBeenCalledTimes(1);
    release();
    await first;
    expect(seen).toEqual([1, 2]);
  });

  it('a failing task neither throws nor stops later runs', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    let calls = 0;
    const s = new RerunScheduler(async () => {
      calls++;
      throw new Error('page broke');
    }, fakeTimers());
    await s.run();
    await s.run();
    expect(calls).toBe(2);
    debug.mockRestore();
  });

  it('cancel drops a pending run', async () => {
    const task = vi.fn(async () => {});
    const s = new RerunScheduler(task, fakeTimers());
    s.request();
    s.cancel();
    await vi.advanceTimersByTimeAsync(2000);
    expect(task).not.toHaveBeenCalled();
  });
});

describe('RemarkGuard', () => {
  it('lets a page re-render a few times, then gives up on a page that keeps unwrapping', () => {
    let now = 0;
    const g = new RemarkGuard(() => now, 3, 10_000);
    expect([g.record(), g.record(), g.record()]).toEqual([false, false, false]);
    expect(g.record()).toBe(true);
    expect(g.gaveUp).toBe(true);
    g.reset();
    expect(g.gaveUp).toBe(false);
    // spread out over time, re-renders are fine forever
    for (let i = 0; i < 10; i++) {
      now += 5000;
      expect(g.record()).toBe(false);
    }
  });
});

describe('CardController', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const setup = () => {
    const rendered: (OpenCard | null)[] = [];
    const focused: number[] = [];
    let active: Element | null = null;
    const ui = document.createElement('div');
    const marks = [0, 1].map((i) => {
      const el = document.createElement('span');
      el.dataset.figure = String(i);
      return el;
    });
    const surface: CardSurface = {
      figureAt: (t) => {
        const i = marks.indexOf(t as HTMLElement);
        return i >= 0 ? i : null;
      },
      inUi: (n) => !!n && (n === ui || ui.contains(n)),
      activeElement: () => active,
      render: (c) => rendered.push(c && { ...c }),
      focusFigure: (i) => focused.push(i),
    };
    const c = new CardController(surface, fakeTimers());
    return { c, rendered, focused, marks, ui, setActive: (el: Element | null) => (active = el) };
  };

  it('opens on hover after a short delay and closes after the pointer leaves, unless it enters the card', async () => {
    const { c, marks } = setup();
    c.mouseOver(marks[0]!);
    expect(c.card).toBeNull();
    await vi.advanceTimersByTimeAsync(150);
    expect(c.card).toEqual({ index: 0, takeFocus: false });
    c.mouseOut(marks[0]!);
    c.pointer(true); // into the card
    await vi.advanceTimersByTimeAsync(500);
    expect(c.card?.index).toBe(0);
    c.pointer(false);
    await vi.advanceTimersByTimeAsync(500);
    expect(c.card).toBeNull();
  });

  it('Enter opens with focus moving in; Esc closes and returns focus to the mark', () => {
    const { c, marks, focused, ui, setActive } = setup();
    expect(c.keyDown('Enter', marks[1]!)).toBe(true);
    expect(c.card).toEqual({ index: 1, takeFocus: true });
    setActive(ui);
    c.keyDown('Escape', ui);
    expect(c.card).toBeNull();
    expect(focused).toEqual([1]);
  });

  it('focus opens a card; focus leaving to the page closes it, focus into the card keeps it', async () => {
    const { c, marks, ui, setActive } = setup();
    c.focusIn(marks[0]!);
    expect(c.card?.index).toBe(0);
    c.focusOut(marks[0]!, ui);
    await vi.advanceTimersByTimeAsync(10);
    expect(c.card?.index).toBe(0);
    setActive(document.body);
    c.focusOut(marks[0]!, document.body);
    await vi.advanceTimersByTimeAsync(10);
    expect(c.card).toBeNull();
  });

  it('a click on a mark opens its card; keys elsewhere are not ours', () => {
    const { c, marks } = setup();
    c.click(marks[1]!);
    expect(c.card?.index).toBe(1);
    expect(c.keyDown('Enter', document.body)).toBe(false);
  });
});

describe('needsReread', () => {
  const scopeFor = (root: Element) => ({
    isOurs: (n: Node) => {
      const el = n.nodeType === 1 ? (n as Element) : n.parentElement;
      return !!el && (el.tagName === 'GCTX-FIGURE' || !!el.closest('gctx-overlay'));
    },
    articleRoot: () => root,
    markTag: 'GCTX-FIGURE',
  });
  const record = (r: Partial<MutationRecord>) =>
    ({
      addedNodes: [] as unknown as NodeList,
      removedNodes: [] as unknown as NodeList,
      ...r,
    }) as MutationRecord;

  it('a change in the article matters; a ticker elsewhere and our own marks do not', () => {
    document.body.innerHTML =
      '<div id="a"><p>광주 AI</p></div><div id="ticker">1</div><gctx-overlay></gctx-overlay>';
    const root = document.getElementById('a')!;
    const scope = scopeFor(root);
    const p = root.querySelector('p')!;
    expect(
      needsReread(
        [record({ target: p, addedNodes: [document.createTextNode('x')] as unknown as NodeList })],
        scope,
      ),
    ).toBe(true);
    const ticker = document.getElementById('ticker')!;
    expect(
      needsReread(
        [record({ target: ticker, addedNodes: [document.createTextNode('2')] as unknown as NodeList })],
        scope,
      ),
    ).toBe(false);
    const mark = document.createElement('gctx-figure');
    p.append(mark);
    expect(needsReread([record({ target: mark })], scope)).toBe(false);
  });

  it('the page taking our marks out, or replacing the article, matters', () => {
    document.body.innerHTML = '<div id="a"><p>광주</p></div><div id="b"></div>';
    const root = document.getElementById('a')!;
    const scope = scopeFor(root);
    const mark = document.createElement('gctx-figure');
    expect(
      needsReread(
        [record({ target: document.getElementById('b')!, removedNodes: [mark] as unknown as NodeList })],
        scope,
      ),
    ).toBe(true);
    root.remove();
    expect(
      needsReread(
        [
          record({
            target: document.body,
            addedNodes: [document.createElement('div')] as unknown as NodeList,
          }),
        ],
        scope,
      ),
    ).toBe(true);
  });
});

describe('quoteOfMark', () => {
  it('takes prefix and suffix from the DOM text as other W3C tools read it', () => {
    document.body.innerHTML =
      '<h1>제목</h1><div><p>광주시는 1단계 사업비로 <gctx-figure>4116억원</gctx-figure>을 투입한다.</p><p style="display:none">숨김</p></div>';
    const mark = document.querySelector('gctx-figure')!;
    const q = quoteOfMark(document.body, [mark], 12);
    expect(q.exact).toBe('4116억원');
    expect(q.prefix).toBe('광주시는 1단계 사업비로 '.slice(-12));
    expect(q.suffix).toBe('을 투입한다.숨김');
    // exactly what the DOM text holds around it
    const text = document.body.textContent!;
    expect(text).toContain(`${q.prefix}${q.exact}${q.suffix}`);
  });

  it('spans a figure split over several marks', () => {
    document.body.innerHTML =
      '<p>일자리 <gctx-figure>2만</gctx-figure><b><gctx-figure>7500명</gctx-figure></b> 창출</p>';
    const marks = [...document.querySelectorAll('gctx-figure')];
    expect(quoteOfMark(document.body, marks).exact).toBe('2만7500명');
  });
});
