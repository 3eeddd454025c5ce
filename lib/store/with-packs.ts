import type { FactPack, PackSource } from '../shared/pack-schema';
import type { FactStore, Source } from '../shared/store-schema';
import { deriveDiscrepancies } from './derive';
import { storeHash } from './store-hash';

/** A pack's source as a store source: `pack` says where it came from (the cards' "내 자료"). */
export function packSourceToSource(s: PackSource, packId: string): Source {
  let domain: string | null = null;
  try {
    domain = new URL(s.url).hostname;
  } catch {}
  return {
    id: s.id,
    file: `${s.id}.txt`,
    outlet: { ko: s.outlet, en: s.outlet },
    domain,
    url: s.url,
    byline: s.outlet,
    headline: s.headline,
    publishedAt: s.publishedAt,
    pack: packId,
  };
}

/**
 * The bundled store with the entries of `packs` (already checked) added, judged by the same
 * rules: discrepancies are derived again over all observations, so a reader's fact that
 * disagrees with a bundled one shows like any other; bundled discrepancies keep their curated
 * notes. Pure: the bundled store is never changed.
 */
export function withPacks(bundled: FactStore, packs: readonly FactPack[]): FactStore {
  if (packs.length === 0) return bundled;
  const sources = [
    ...bundled.sources,
    ...packs.flatMap((p) => p.sources.map((s) => packSourceToSource(s, p.id))),
  ];
  const metrics = [...bundled.metrics, ...packs.flatMap((p) => p.metrics)];
  const observations = [...bundled.observations, ...packs.flatMap((p) => p.observations)];
  const statements = [...bundled.statements, ...packs.flatMap((p) => p.statements)];
  const known = new Set(bundled.discrepancies.map((d) => d.id));
  const added = deriveDiscrepancies(metrics, observations, sources).filter((d) => !known.has(d.id));
  return {
    ...bundled,
    version: `${bundled.version}+${storeHash(packs.map((p) => `${p.id}@${p.version}:${p.hash}`).join(','))}`,
    sources,
    metrics,
    observations,
    statements,
    discrepancies: [...bundled.discrepancies, ...added],
  };
}

/** Whether an observation id of `store` comes from a pack (the reader's data) rather than the bundle. */
export function packObservationIds(store: FactStore): Set<string> {
  const fromPack = new Set(store.sources.filter((s) => s.pack).map((s) => s.id));
  return new Set(store.observations.filter((o) => fromPack.has(o.source)).map((o) => o.id));
}
