/**
 * Tells a page that re-renders (and so needs its marks back) from a page that keeps taking our
 * marks out on purpose: more than `limit` re-marks within `windowMs` and the page wins.
 */
export class RemarkGuard {
  private times: number[] = [];
  gaveUp = false;

  constructor(
    private readonly now: () => number,
    private readonly limit = 3,
    private readonly windowMs = 10_000,
  ) {}

  /** Records one re-mark; true (and from now on `gaveUp`) when the page keeps unwrapping. */
  record(): boolean {
    const now = this.now();
    this.times = [...this.times.filter((t) => now - t < this.windowMs), now];
    if (this.times.length > this.limit) this.gaveUp = true;
    return this.gaveUp;
  }

  /** A new page (navigation): start counting afresh. */
  reset(): void {
    this.times = [];
    this.gaveUp = false;
  }
}
