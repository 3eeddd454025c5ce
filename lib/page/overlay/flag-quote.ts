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
 * The quotes of many marks at once: what quoteOfMark gives, from the text nodes next to each
 * mark only (`context` characters each way), so the cost follows the marks, not the page: a
 * 1 MB page is never joined into one string.
 */
export function quotesOfMarks(
  root: Node,
  marks: readonly { index: number; elements: readonly Element[] }[],
  context = 32,
): { index: number; quote: TextQuote }[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const textOf = (el: Element) => {
    const w = doc.createTreeWalker(el, 4);
    let first: Text | null = null;
    let last: Text | null = null;
    for (let n = w.nextNode(); n; n = w.nextNode()) {
      first ??= n as Text;
      last = n as Text;
    }
    return { first, last };
  };
  return marks.flatMap((m) => {
    const { first } = textOf(m.elements[0]!);
    const { last } = textOf(m.elements[m.elements.length - 1]!);
    if (!first || !last || !root.contains(first) || !root.contains(last)) return [];
    // The text from the first piece to the last, as a Range would give it (no Range: thousands
    // of live ranges slow every later DOM change).
    let exact = first.data;
    walker.currentNode = first;
    for (let n: Node | null = first; n && n !== last; ) {
      n = walker.nextNode();
      if (n) exact += (n as Text).data;
    }
    let prefix = '';
    walker.currentNode = first;
    for (let n = walker.previousNode(); n && prefix.length < context; n = walker.previousNode())
      prefix = (n as Text).data + prefix;
    let suffix = '';
    walker.currentNode = last;
    for (let n = walker.nextNode(); n && suffix.length < context; n = walker.nextNode())
      suffix += (n as Text).data;
    return [
      {
        index: m.index,
        quote: {
          exact,
          prefix: prefix.slice(Math.max(0, prefix.length - context)),
          suffix: suffix.slice(0, context),
        },
      },
    ];
  });
}
