import type { FactPack } from '../shared/pack-schema';
import type { FactStore } from '../shared/store-schema';
import { checkPack, idsOf, type TakenIds } from './check-pack';
import type { InstalledPack } from './fact-db';

/** What importing a pack does: install it, replace an older version, nothing, or refuse whole. */
export type ImportPlan =
  | { action: 'install' | 'replace'; record: InstalledPack }
  | { action: 'same'; record: InstalledPack }
  | { action: 'refuse'; error: string };

/** The ids the bundle and every installed pack but `exceptId` take. */
export function takenIds(
  bundled: FactStore,
  installed: readonly InstalledPack[],
  exceptId?: string,
): TakenIds {
  const all = idsOf(bundled);
  const add = (set: ReadonlySet<string>, ids: string[]) => new Set([...set, ...ids]);
  return installed
    .filter((r) => r.id !== exceptId)
    .reduce<TakenIds>(
      (t, { pack }) => ({
        sources: add(
          t.sources,
          pack.sources.map((x) => x.id),
        ),
        metrics: add(
          t.metrics,
          pack.metrics.map((x) => x.id),
        ),
        observations: add(
          t.observations,
          pack.observations.map((x) => x.id),
        ),
        statements: add(
          t.statements,
          pack.statements.map((x) => x.id),
        ),
      }),
      all,
    );
}

/**
 * Decides an import, whole: the pack is checked (checkPack) against the bundle and the other
 * installed packs; the same version of an installed pack is a no-op, a newer one replaces it,
 * an older one or the same version with other content is refused. A pack whose id is the
 * reader's own pack id (`ownId`) comes back as the reader's own facts.
 */
export function planImport(
  data: unknown,
  bundled: FactStore,
  installed: readonly InstalledPack[],
  ownId: string | null,
  now: Date,
): ImportPlan {
  let id: unknown;
  try {
    id = (typeof data === 'string' ? JSON.parse(data) : (data as { id?: unknown } | null))?.id;
  } catch {} // checkPack says what is wrong with the text
  const existing = typeof id === 'string' ? installed.find((r) => r.id === id) : undefined;
  const checked = checkPack(data, bundled, takenIds(bundled, installed, existing?.id));
  if (!checked.ok) return { action: 'refuse', error: checked.error };
  const pack: FactPack = checked.pack;
  if (existing) {
    const v = existing.pack.version;
    if (pack.version === v && pack.hash === existing.pack.hash) return { action: 'same', record: existing };
    if (pack.version <= v)
      return {
        action: 'refuse',
        error: `pack "${pack.name}" (${pack.id}) version ${pack.version} is ${pack.version === v ? 'the installed version with other content' : `older than the installed version ${v}`}`,
      };
    return { action: 'replace', record: { ...existing, pack } };
  }
  return {
    action: 'install',
    record: { id: pack.id, pack, enabled: true, own: pack.id === ownId, installedAt: now.toISOString() },
  };
}
