/**
 * What a page may know of one of the reader's flags, to find its figure again: the quote, the
 * date, the reason. Never the note, which stays in the extension's own pages.
 */
export interface FlagAnchor {
  id: string;
  quote: { exact: string; prefix: string; suffix: string };
  createdAt: string;
  reason?: 'value' | 'period' | 'source' | 'other';
}
