/** The clock and timers the overlay's schedulers use: the content script context's in the page, fake ones in tests. */
export interface Timers {
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
  now(): number;
}
