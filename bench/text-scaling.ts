// Topic and subject detection on run-on text full of place names: the time per character at
// 300 KB against the same at 30 KB, same run. Linear work keeps the ratio near 1; a scan that
// rescans what it already read grows it with the text.
import { detectSubject } from '../lib/judge/detect-subject';
import { detectTopic } from '../lib/judge/detect-topic';
import { fmt, median, ms, printTable } from './common';

export const TEXT_SCALING_TARGET = 2;

export interface TextScalingResult {
  runs: number;
  smallChars: number;
  largeChars: number;
  smallMs: number;
  largeMs: number;
  /** (large ms per char) / (small ms per char) */
  ratio: number;
  target: number;
  met: boolean;
}

const UNIT = '부산·대구를 제치고 광주가 선정됐다 광주보다 전남 해남에 광주와 경쟁 끝에 ';
const runOn = (chars: number) => UNIT.repeat(Math.ceil(chars / UNIT.length));

/** Times detection on 30 KB and 300 KB of run-on text, `runs` times each, interleaved. */
export function runTextScaling(runs: number): TextScalingResult {
  const small = runOn(30_000);
  const large = runOn(300_000);
  const once = (t: string) => {
    const t0 = process.hrtime.bigint();
    detectSubject(t);
    detectTopic(`${t}.\n${t}`);
    return ms(t0);
  };
  once(small);
  once(large);
  const s: number[] = [];
  const l: number[] = [];
  for (let i = 0; i < runs; i++) {
    s.push(once(small));
    l.push(once(large));
  }
  const smallMs = median(s);
  const largeMs = median(l);
  const ratio = largeMs / large.length / (smallMs / small.length);
  printTable(
    'Detection on run-on text (median ms)',
    [
      { text: `${small.length} chars`, ms: fmt(smallMs) },
      { text: `${large.length} chars`, ms: fmt(largeMs) },
    ],
    [`per-character ratio, 300 KB / 30 KB: ${fmt(ratio)} (target <= ${TEXT_SCALING_TARGET}, linear = 1)`],
  );
  return {
    runs,
    smallChars: small.length,
    largeChars: large.length,
    smallMs,
    largeMs,
    ratio,
    target: TEXT_SCALING_TARGET,
    met: ratio <= TEXT_SCALING_TARGET,
  };
}
