import { scanQuantities } from '../shared/quantity/parse-quantity';
import type { Observation } from '../shared/store-schema';

const sameNumber = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * Checks that an observation's figure is read, inside its quote, as the entry's value, unit and
 * qualifier. The reading in context is the one that counts: "3대" alone is ambiguous (vehicles?)
 * but "3대 뉴딜" is not, and "5년" must not match inside "2035년".
 */
export function checkFigure(
  o: Pick<Observation, 'figure' | 'quote' | 'occurrence' | 'value' | 'unit' | 'qualifier'>,
): string | null {
  if (!o.quote.includes(o.figure)) return `figure "${o.figure}" does not occur in the quote`;
  const read = scanQuantities(o.quote);
  const matches = read.filter((q) => q.text === o.figure);
  const q = matches[o.occurrence - 1];
  if (!q) {
    const at = o.quote.indexOf(o.figure);
    const overlapping = read.find((r) => r.start < at + o.figure.length && r.end > at);
    const found =
      matches.length > 0
        ? `only ${matches.length} time(s)`
        : overlapping
          ? `; the parser reads "${overlapping.text}" there`
          : '; the parser reads no quantity there';
    return `figure "${o.figure}" is not read as a quantity ${o.occurrence > 1 ? `${o.occurrence} times ` : ''}in its quote${found}`;
  }
  if (q.unit !== o.unit) return `figure "${o.figure}" reads as unit ${q.unit}, the entry says ${o.unit}`;
  if (!sameNumber(q.value, o.value))
    return `figure "${o.figure}" reads as ${q.value}, the entry says ${o.value}`;
  if (q.qualifier !== o.qualifier)
    return `figure "${o.figure}" reads with qualifier ${q.qualifier}, the entry says ${o.qualifier}`;
  return null;
}
