import { extensionAlive } from '../protocol/extension-api';

// The content script's own lifetime and location watcher. WXT's ContentScriptContext ends when
// the page dispatches a CustomEvent of a known name (the extension id is public), and its
// location watcher answers a forged "wxt:locationchange": a page could switch the overlay off
// or make it drop its marks. Nothing here listens to anything the page can dispatch.

/** Ends only when the extension is reloaded or removed (its runtime goes away), never by page events. */
export class SessionLife {
  private readonly controller = new AbortController();

  /** true once the extension that injected us is gone; then every callback stops */
  get isInvalid(): boolean {
    if (!this.controller.signal.aborted && !extensionAlive()) this.controller.abort();
    return this.controller.signal.aborted;
  }

  /** Runs `fn` when the session ends. */
  onInvalidated(fn: () => void): void {
    this.controller.signal.addEventListener('abort', fn);
  }

  /** addEventListener, removed when the session ends. */
  addEventListener(
    target: EventTarget,
    type: string,
    fn: (e: Event) => void,
    options: AddEventListenerOptions = {},
  ): void {
    target.addEventListener(type, fn, { ...options, signal: this.controller.signal });
  }

  /** setTimeout whose callback does not run after the session ended. */
  setTimeout(fn: () => void, ms: number): number {
    return window.setTimeout(() => {
      if (!this.isInvalid) fn();
    }, ms);
  }

  /**
   * Calls `fn` when the page's address changes (pushState, replaceState, back/forward, a
   * fragment): history events where they exist, and a poll of location.href every `ms` for the
   * rest. The address itself is the evidence, so no event the page dispatches can fake one.
   */
  watchLocation(fn: () => void, ms = 1000): void {
    let last = location.href;
    const check = () => {
      if (this.isInvalid || location.href === last) return;
      last = location.href;
      fn();
    };
    this.addEventListener(window, 'popstate', check);
    this.addEventListener(window, 'hashchange', check);
    const id = window.setInterval(check, ms);
    this.onInvalidated(() => window.clearInterval(id));
  }
}
