/** A sentence's span in a text: text.slice(start, end). */
export interface SentenceSpan {
  start: number;
  end: number;
}

const CLOSERS = new Set(['"', "'", '”', '’', ')', '」', '』', ']']);

/**
 * Splits text into sentences: at line breaks, and after ., ?, ! or 。 that end a sentence
 * (followed by space, a closing quote or the end), but not inside numbers ("88.5", "2020.12.28").
 * Linear, never throws; whitespace-only spans are dropped.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) spans.push({ start: s, end: e });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(i + 1);
      continue;
    }
    if (ch === '.' || ch === '?' || ch === '!' || ch === '。') {
      const next = text[i + 1];
      if (ch === '.' && next !== undefined && /[0-9]/.test(next)) continue;
      let j = i + 1;
      while (j < text.length && CLOSERS.has(text[j]!)) j++;
      if (j >= text.length || /\s/.test(text[j]!)) {
        i = j - 1;
        push(j);
      }
    }
  }
  push(text.length);
  return spans;
}

/** The index of the sentence containing offset `at` (binary search), or -1. */
export function sentenceAt(spans: readonly SentenceSpan[], at: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
