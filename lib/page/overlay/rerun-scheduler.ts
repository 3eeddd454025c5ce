import type { Timers } from './timers';

/**
 * Runs a task once the page has been quiet for a moment, and never later than `maxWait` after
 * the first request that is still pending. One run at a time: a request that arrives while a run
 * is in flight (a navigation during the first judge round trip) makes another run follow it,
 * so no change is ever dropped. A failing task never surfaces on the host page.
 */
export class RerunScheduler {
  private timer = 0;
  private firstPending = 0;
  private running: Promise<void> | null = null;
  private again = false;

  constructor(
    private readonly task: () => Promise<void>,
    private readonly timers: Timers,
    private readonly delay = 250,
    private readonly maxWait = 1000,
  ) {}

  /** Asks for a run after `delay` ms of quiet (0: as soon as possible). */
  request(delay = this.delay): void {
    const now = this.timers.now();
    if (!this.firstPending) this.firstPending = now;
    const wait = Math.max(0, Math.min(delay, this.firstPending + this.maxWait - now));
    if (this.timer) this.timers.clearTimeout(this.timer);
    this.timer = this.timers.setTimeout(() => {
      this.timer = 0;
      this.firstPending = 0;
      void this.run();
    }, wait);
  }

  /** Runs now, or right after the run in flight; resolves when no run is left to do. */
  run(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        try {
          await this.task();
        } catch (e) {
          console.debug('[gwangju-ai-context]', e);
        }
      } while (this.again);
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Drops a pending timer (the session is over). */
  cancel(): void {
    if (this.timer) this.timers.clearTimeout(this.timer);
    this.timer = 0;
    this.firstPending = 0;
  }
}
