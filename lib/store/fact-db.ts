import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import { z } from 'zod';
import type { FlagAnchor } from '../shared/flag-anchor';
import { FactPack } from '../shared/pack-schema';

/** Why the reader flagged a figure: 값이 다름 / 기간·범위 혼동 / 출처 불명 / 기타. */
export const FlagReason = z.enum(['value', 'period', 'source', 'other']);
export type FlagReason = z.infer<typeof FlagReason>;

/** A reader's report of an inconsistency: the reader's own data. */
export const Flag = z.strictObject({
  id: z.string().min(1),
  url: z.string().min(1),
  pageTitle: z.string(),
  figure: z.strictObject({
    text: z.string().min(1),
    value: z.number().nullable(),
    unit: z.string().nullable(),
    metric: z.string().nullable(),
  }),
  /** W3C TextQuoteSelector parts, so the flag can be re-anchored and exported as a Web Annotation */
  quote: z.strictObject({ exact: z.string().min(1), prefix: z.string(), suffix: z.string() }),
  note: z.string().max(2000),
  /** absent on flags saved before reasons existed */
  reason: FlagReason.optional(),
  /** "en" when the reader wrote the note in the English UI; absent means Korean */
  noteLanguage: z.enum(['ko', 'en']).optional(),
  createdAt: z.iso.datetime(),
});
export type Flag = z.infer<typeof Flag>;

/** A fact pack in the reader's browser: the reader's own (editable) or one installed from a file. */
export const InstalledPack = z.strictObject({
  id: z.string().min(1),
  pack: FactPack,
  /** off: kept, but not used for judging, search or the card */
  enabled: z.boolean(),
  /** the reader's own facts, added from pages; other packs are read-only */
  own: z.boolean(),
  installedAt: z.iso.datetime(),
});
export type InstalledPack = z.infer<typeof InstalledPack>;

/**
 * The database holds what the reader owns: flags and fact packs (the reader's own facts and
 * packs installed from files). The bundled facts are read from the bundle in memory by every
 * part (judging, search, metric pages): nothing to re-seed or to fall out of date; packs are
 * laid over it (lib/store/with-packs.ts).
 */
export interface FactDbSchema extends DBSchema {
  flags: { key: string; value: Flag; indexes: { url: string; createdAt: string; metric: string } };
  packs: { key: string; value: InstalledPack };
}

export const DB_NAME = 'gwangju-ai-context';
/** Bump with a migration step in `upgrade` below; tests cover every step with data. */
export const DB_VERSION = 4;

/** Object stores of versions 1–2 that held a copy of the bundled facts; version 3 drops them. */
const OLD_FACT_STORES = [
  'meta',
  'sources',
  'entities',
  'topics',
  'metrics',
  'observations',
  'statements',
  'discrepancies',
];

export type FactDb = IDBPDatabase<FactDbSchema>;

/**
 * Opens (and creates or upgrades) the database. Rejects with a clear Error when another
 * connection blocks the upgrade for longer than `blockedTimeoutMs`.
 */
export async function openFactDb(
  options: { name?: string; blockedTimeoutMs?: number; version?: number } = {},
): Promise<FactDb> {
  // `version` exists for migration tests; the extension always opens DB_VERSION.
  const { name = DB_NAME, blockedTimeoutMs = 5000, version = DB_VERSION } = options;
  let blockedTimer: ReturnType<typeof setTimeout> | undefined;
  let rejectBlocked: ((e: Error) => void) | undefined;
  const blockedSignal = new Promise<never>((_, reject) => {
    rejectBlocked = reject;
  });
  const opening = openDB<FactDbSchema>(name, version, {
    upgrade(db, _oldVersion, _newVersion, tx) {
      // Every step runs inside the upgrade transaction: a failure rolls the whole upgrade back
      // and the reader's flags stay as they were. Steps create what is missing rather than
      // trusting the old version number, so a half-made database (an empty one another page
      // opened first, an interrupted install) is completed, not broken.
      const flags = db.objectStoreNames.contains('flags')
        ? tx.objectStore('flags')
        : db.createObjectStore('flags', { keyPath: 'id' });
      // v1: flags by page and time; v2 adds flags by metric.
      const indexes: ReadonlyArray<readonly ['url' | 'createdAt' | 'metric', string]> = [
        ['url', 'url'],
        ['createdAt', 'createdAt'],
        ...(version >= 2 ? ([['metric', 'figure.metric']] as const) : []),
      ];
      for (const [index, keyPath] of indexes)
        if (!flags.indexNames.contains(index)) flags.createIndex(index, keyPath);
      // v3: the copy of the bundled facts goes; the facts are read from the bundle.
      if (version >= 3)
        for (const name of OLD_FACT_STORES)
          if (db.objectStoreNames.contains(name as never)) db.deleteObjectStore(name as never);
      // v4: the reader's fact packs.
      if (version >= 4 && !db.objectStoreNames.contains('packs'))
        db.createObjectStore('packs', { keyPath: 'id' });
    },
    blocked() {
      blockedTimer = setTimeout(() => {
        rejectBlocked?.(
          new Error(
            `the fact database "${name}" could not be upgraded to version ${version}: another open tab or window of the extension still uses the old version. Close it and try again.`,
          ),
        );
      }, blockedTimeoutMs);
    },
    blocking(_current, _next, event) {
      // A newer version wants in: step aside so its upgrade is not blocked by us.
      (event.target as IDBDatabase).close();
    },
  });
  const explained = opening.catch((e: unknown) => {
    const reason = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    throw new Error(
      `the fact database "${name}" could not be opened or upgraded to version ${version} (${reason}); the upgrade was rolled back and your flags and facts are unchanged`,
    );
  });
  explained.catch(() => {}); // when `blocked` wins the race, a later failure here is expected
  try {
    return await Promise.race([explained, blockedSignal]);
  } catch (e) {
    // If the upgrade goes through later, do not leave that connection open and unowned.
    opening.then((db) => db.close()).catch(() => {});
    throw e;
  } finally {
    if (blockedTimer) clearTimeout(blockedTimer);
  }
}

/** Saves a flag after validating it; rejects with the validation message when it is malformed. */
export async function putFlag(db: FactDb, flag: Flag): Promise<void> {
  await db.put('flags', Flag.parse(flag));
}

/**
 * Saves several flags in one transaction: all are written or none (an import never half-lands,
 * a worker stopped mid-write leaves nothing partial). Validates every flag before writing.
 */
export async function putFlagsAtomically(db: FactDb, flags: readonly Flag[]): Promise<void> {
  const valid = flags.map((f) => Flag.parse(f));
  const tx = db.transaction('flags', 'readwrite');
  // A failed request aborts the transaction; tx.done then rejects with the cause.
  for (const f of valid) tx.store.put(f).catch(() => {});
  await tx.done;
}

/** The flags about one metric, newest first. */
export async function flagsOfMetric(db: FactDb, metricId: string): Promise<Flag[]> {
  const flags = await db.getAllFromIndex('flags', 'metric', metricId);
  return flags.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Every flag, newest first. */
export async function listFlags(db: FactDb): Promise<Flag[]> {
  return (await db.getAllFromIndex('flags', 'createdAt')).reverse();
}

/** The flags made on one page address, as anchors, newest first. */
export async function flagAnchorsOfUrl(db: FactDb, url: string): Promise<FlagAnchor[]> {
  const flags = await db.getAllFromIndex('flags', 'url', url);
  return flags
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .map(({ id, quote, createdAt, reason }) => ({ id, quote, createdAt, ...(reason ? { reason } : {}) }));
}

/** Deletes one flag; no error when it does not exist. */
export async function deleteFlag(db: FactDb, id: string): Promise<void> {
  await db.delete('flags', id);
}

/** Every installed pack (the reader's own among them), oldest installation first. */
export async function listPacks(db: FactDb): Promise<InstalledPack[]> {
  return (await db.getAll('packs')).sort((a, b) => a.installedAt.localeCompare(b.installedAt));
}

/** Saves (installs, replaces) one pack after validating its record's shape. */
export async function putPack(db: FactDb, record: InstalledPack): Promise<void> {
  await db.put('packs', InstalledPack.parse(record));
}

/** Removes one pack; no error when it is not installed. */
export async function deletePack(db: FactDb, id: string): Promise<void> {
  await db.delete('packs', id);
}
