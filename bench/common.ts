// Small helpers shared by the bench modules: statistics, timing, table printing.

export const median = (xs: readonly number[]): number => {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Linear-interpolated quantile, q in [0, 1]. */
export const quantile = (xs: readonly number[], q: number): number => {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo);
};

export const sum = (xs: readonly number[]) => xs.reduce((a, c) => a + c, 0);

/** Milliseconds since a process.hrtime.bigint() reading. */
export const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

export const fmt = (x: number, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');

export const sleep = (millis: number) => new Promise<void>((r) => setTimeout(r, millis));

/** "ok" when a measured value meets its target, else the gap. */
export function verdict(value: number, target: number, unit = '', lowerIsBetter = true): string {
  if (!Number.isFinite(value)) return 'n/a';
  const ok = lowerIsBetter ? value <= target : value >= target;
  if (ok) return 'met';
  const gap = Math.abs(value - target);
  return `MISSED by ${fmt(gap, gap < 0.1 ? 3 : gap < 10 ? 2 : 0)}${unit}`;
}

/** Prints a caption and a table (console.table without the index column noise). */
export function printTable(caption: string, rows: Record<string, unknown>[], notes: string[] = []) {
  console.log(`\n${caption}`);
  console.table(rows);
  for (const n of notes) console.log(`  ${n}`);
}

/** BENCH_ONLY=a,b runs only the named parts (detected, nonTarget, stress, manyFigures, coldStart, node, textScaling, storeScale); unset runs all. */
export function benchPartWanted(name: string): boolean {
  const only = process.env.BENCH_ONLY?.split(',')
    .map((x) => x.trim())
    .filter(Boolean);
  return !only?.length || only.includes(name);
}
