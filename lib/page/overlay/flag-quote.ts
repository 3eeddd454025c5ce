/** A W3C Web Annotation TextQuoteSelector's parts. */
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

/**
 * The quote of a mark as other W3C tools will re-anchor it: taken from the DOM text of `root`
 * (the page body, as Hypothesis does), not from the analysis text, which adds line breaks at
 * block boundaries and leaves hidden boxes out. `context` characters of prefix and suffix.
 */
export function quoteOfMark(root: Node, elements: readonly Element[], context = 32): TextQuote {
  const first = elements[0]!;
  const last = elements[elements.length - 1]!;
  const doc = root.ownerDocument ?? (root as Document);
  const range = doc.createRange();
  range.setStartBefore(first);
  range.setEndAfter(last);
  const exact = range.toString();
  range.setStart(root, 0);
  range.setEndBefore(first);
  const before = range.toString();
  range.setStartAfter(last);
  range.setEnd(root, root.childNodes.length);
  const after = range.toString();
  return {
    exact,
    prefix: before.slice(Math.max(0, before.length - context)),
    suffix: after.slice(0, context),
  };
}

/**
 * The quotes of many marks at once, in one walk over the DOM text of `root` (what quoteOfMark
 * gives one by one, without walking the page again for every mark).
 */
export function quotesOfMarks(
  root: Node,
  marks: readonly { index: number; elements: readonly Element[] }[],
  context = 32,
): { index: number; quote: TextQuote }[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const offsets = new Map<Node, number>();
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    offsets.set(n, text.length);
    text += (n as Text).data;
  }
  const startOf = (el: Element) => {
    const w = doc.createTreeWalker(el, 4);
    const first = w.nextNode();
    return first ? (offsets.get(first) ?? -1) : -1;
  };
  const endOf = (el: Element) => {
    const w = doc.createTreeWalker(el, 4);
    let last: Node | null = null;
    for (let n = w.nextNode(); n; n = w.nextNode()) last = n;
    return last ? (offsets.get(last) ?? -1) + (last as Text).data.length : -1;
  };
  return marks.flatMap((m) => {
    const start = startOf(m.elements[0]!);
    const end = endOf(m.elements[m.elements.length - 1]!);
    if (start < 0 || end < start) return [];
    return [
      {
        index: m.index,
        quote: {
          exact: text.slice(start, end),
          prefix: text.slice(Math.max(0, start - context), start),
          suffix: text.slice(end, end + context),
        },
      },
    ];
  });
}
