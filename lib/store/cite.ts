import { formatQuantity, formatQuantityEnglish } from '../shared/quantity/format-quantity';
import type { Observation, Source } from '../shared/store-schema';

/** One stored observation as a citation, the one way everywhere: "4,116억 원 (광주일보, 2021-03-03, 1단계 (2024년까지))". */
export function citeObservation(o: Observation, source: Source | undefined, lang: 'ko' | 'en'): string {
  const value = lang === 'ko' ? formatQuantity(o) : formatQuantityEnglish(o);
  const date = source?.publishedAt.slice(0, 10) ?? '?';
  return `${value} (${source ? source.outlet[lang] : o.source}, ${date}, ${o.scope.label})`;
}
