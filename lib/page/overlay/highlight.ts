import type { TextSegment } from '../article/collect-text';

/** The custom element that marks a figure in the page (a stable contract for tests and user styles). */
export const FIGURE_TAG = 'gctx-figure';

// The marks this content script made. A page can create <gctx-figure> elements of its own; only
// these count (a card opens, an unmark unwraps), whatever the page forges.
const OURS = new WeakSet<Element>();

/** Whether `el` is a mark this content script made (not one the page forged). */
export const isOurMark = (el: Element | null | undefined): el is HTMLElement => !!el && OURS.has(el);

/** What a mark says about its figure; written as data-* attributes. */
export interface MarkData {
  /** index of the figure in the page report */
  index: number;
  start: number;
  end: number;
  status: string;
  value: number;
  unit: string;
  metric: string | null;
  /** "user" when the status rests on the reader's facts (a pack), "bundled" otherwise */
  origin: 'bundled' | 'user';
  /** accessible name, e.g. "2만7500명: 불일치" */
  label: string;
}

/** One mark in the page: the first element is the figure's focusable handle. */
export interface Mark {
  data: MarkData;
  elements: HTMLElement[];
  /** the page's text nodes the elements wrap (to tell a page unwrapping marks from a re-render) */
  texts: Text[];
}

/** The segments covering [start, end), with the local offsets inside each node. */
function piecesOf(segments: readonly TextSegment[], start: number, end: number) {
  const pieces: { node: Text; from: number; to: number }[] = [];
  // Binary search for the first segment that ends after `start`.
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < segments.length; i++) {
    const seg = segments[i]!;
    if (seg.start >= end) break;
    const from = Math.max(start, seg.start) - seg.start;
    const to = Math.min(end, seg.end) - seg.start;
    if (to > from) pieces.push({ node: seg.node, from, to });
  }
  return pieces;
}

function wrapPiece(
  doc: Document,
  node: Text,
  from: number,
  to: number,
  data: MarkData,
  first: boolean,
): { el: HTMLElement; text: Text } | null {
  // The page may have changed the node since we read it: only wrap text that is still there.
  if (!node.parentNode || node.data.length < to) return null;
  const middle = from > 0 ? node.splitText(from) : node;
  if (to - from < middle.data.length) middle.splitText(to - from);
  const el = doc.createElement(FIGURE_TAG) as HTMLElement;
  OURS.add(el);
  el.dataset.status = data.status;
  el.dataset.value = String(data.value);
  el.dataset.unit = data.unit;
  if (data.metric) el.dataset.metric = data.metric;
  el.dataset.origin = data.origin;
  el.dataset.figure = String(data.index);
  if (first) {
    el.tabIndex = 0;
    el.setAttribute('role', 'button');
    el.setAttribute('aria-haspopup', 'dialog');
    el.setAttribute('aria-expanded', 'false');
    el.setAttribute('aria-label', data.label);
  } else {
    el.dataset.part = 'continued';
  }
  middle.parentNode!.insertBefore(el, middle);
  el.appendChild(middle);
  return { el, text: middle };
}

/**
 * Wraps each figure's text in <gctx-figure> elements, in place. A figure split across inline
 * tags (<b>6조</b>2817<span>억</span>원) gets one element per text piece; only the first is
 * focusable, the rest carry data-part="continued". Figures are wrapped last to first so that
 * splitting a text node never shifts an offset still to be used. Text is moved, never re-parsed.
 */
export function markFigures(
  doc: Document,
  segments: readonly TextSegment[],
  figures: readonly MarkData[],
): Mark[] {
  const marks: Mark[] = [];
  const sorted = [...figures].sort((a, b) => b.start - a.start);
  for (const data of sorted) {
    const pieces = piecesOf(segments, data.start, data.end);
    const elements: HTMLElement[] = [];
    const texts: Text[] = [];
    for (let i = pieces.length - 1; i >= 0; i--) {
      const p = pieces[i]!;
      const wrapped = wrapPiece(doc, p.node, p.from, p.to, data, i === 0);
      if (wrapped) {
        elements.unshift(wrapped.el);
        texts.unshift(wrapped.text);
      }
    }
    if (elements.length > 0 && elements[0]!.tabIndex === 0) marks.push({ data, elements, texts });
  }
  return marks.reverse();
}

/** Removes every mark of ours under `root`, putting the text back and re-joining the split text nodes. */
export function unmarkAll(root: ParentNode): void {
  for (const el of Array.from(root.querySelectorAll(FIGURE_TAG))) {
    if (!OURS.has(el)) continue; // the page's own element of that name stays as it is
    const parent = el.parentNode;
    if (!parent) continue;
    const first = el.firstChild;
    const last = el.lastChild;
    const prev = el.previousSibling;
    const next = el.nextSibling;
    while (el.firstChild) parent.insertBefore(el.firstChild, el);
    parent.removeChild(el);
    // Re-join only the pieces we split, so the page's own text nodes stay as they were.
    const tail = joinText(last, next);
    joinText(prev, first === last ? tail : first);
  }
}

/** Appends text node b to text node a when they are adjacent; returns the node that remains. */
function joinText(a: Node | null, b: Node | null): Node | null {
  if (a && b && a !== b && a.nodeType === 3 && b.nodeType === 3 && a.nextSibling === b) {
    (a as Text).appendData((b as Text).data);
    b.parentNode?.removeChild(b);
  }
  return a;
}
