import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import { z } from 'zod';
import type {
  Discrepancy,
  Entity,
  FactStore,
  Metric,
  Observation,
  Source,
  Statement,
  Topic,
} from '../shared/store-schema';

/** A reader's report of an inconsistency: user data, never touched by re-seeding. */
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
  /** "en" when the reader wrote the note in the English UI; absent means Korean */
  noteLanguage: z.enum(['ko', 'en']).optional(),
  createdAt: z.iso.datetime(),
});
export type Flag = z.infer<typeof Flag>;

interface MetaRecord {
  key: 'store';
  version: string;
  seededAt: string;
  counts: Record<string, number>;
}

/** The database layout. Fact stores are replaced wholesale on re-seed; `flags` never is. */
export interface FactDbSchema extends DBSchema {
  meta: { key: string; value: MetaRecord };
  sources: { key: string; value: Source };
  entities: { key: string; value: Entity };
  topics: { key: string; value: Topic };
  metrics: { key: string; value: Metric; indexes: { topic: string; keywords: string } };
  observations: { key: string; value: Observation; indexes: { metric: string; source: string } };
  statements: { key: string; value: Statement; indexes: { topics: string; speaker: string } };
  discrepancies: { key: string; value: Discrepancy; indexes: { metric: string } };
  flags: { key: string; value: Flag; indexes: { url: string; createdAt: string; metric: string } };
}

export const DB_NAME = 'gwangju-ai-context';
/** Bump with a migration step in `upgrade` below; tests cover every step with data. */
export const DB_VERSION = 2;

/** The object stores that hold fact data (re-seeded wholesale); everything but meta and flags. */
export const FACT_STORES = [
  'sources',
  'entities',
  'topics',
  'metrics',
  'observations',
  'statements',
  'discrepancies',
] as const;

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
      const store = (name: string, indexes: ReadonlyArray<readonly [string, string, boolean?]>) => {
        const os = db.objectStoreNames.contains(name as never)
          ? tx.objectStore(name as never)
          : db.createObjectStore(name as never, { keyPath: name === 'meta' ? 'key' : 'id' });
        for (const [index, keyPath, multiEntry] of indexes) {
          if (!os.indexNames.contains(index as never))
            os.createIndex(index as never, keyPath, { multiEntry: !!multiEntry });
        }
      };
      store('meta', []);
      store('sources', []);
      store('entities', []);
      store('topics', []);
      store('metrics', [
        ['topic', 'topic'],
        ['keywords', 'keywords', true],
      ]);
      store('observations', [
        ['metric', 'metric'],
        ['source', 'source'],
      ]);
      store('statements', [
        ['topics', 'topics', true],
        ['speaker', 'speaker'],
      ]);
      store('discrepancies', [['metric', 'metric']]);
      // v1: flags by page and time; v2 adds flags by metric (the card lists earlier reports).
      store('flags', [
        ['url', 'url'],
        ['createdAt', 'createdAt'],
        ...(version >= 2 ? ([['metric', 'figure.metric']] as const) : []),
      ]);
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
      `the fact database "${name}" could not be opened or upgraded to version ${version} (${reason}); the upgrade was rolled back and your flags are unchanged`,
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

/** The version of the fact data now in the database, or null before the first seed. */
export async function seededVersion(db: FactDb): Promise<string | null> {
  return (await db.get('meta', 'store'))?.version ?? null;
}

/**
 * Replaces every fact store with `store` in one transaction, unless that version is already
 * seeded. Flags are never touched. Returns true when it wrote.
 */
export async function seedFactDb(db: FactDb, store: FactStore, now = new Date()): Promise<boolean> {
  if ((await seededVersion(db)) === store.version) return false;
  const tx = db.transaction([...FACT_STORES, 'meta'], 'readwrite');
  const writes: Promise<unknown>[] = [];
  for (const name of FACT_STORES) {
    const os = tx.objectStore(name);
    writes.push(os.clear());
    for (const item of store[name]) writes.push(os.put(item as never));
  }
  const counts = Object.fromEntries(FACT_STORES.map((n) => [n, store[n].length]));
  writes.push(
    tx.objectStore('meta').put({ key: 'store', version: store.version, seededAt: now.toISOString(), counts }),
  );
  await Promise.all([...writes, tx.done]);
  return true;
}

/** Observations of one metric, oldest source first (sorted by the caller's source dates). */
export async function observationsOfMetric(db: FactDb, metricId: string): Promise<Observation[]> {
  return db.getAllFromIndex('observations', 'metric', metricId);
}

/** Metrics whose keyword list contains `keyword` exactly. */
export async function metricsByKeyword(db: FactDb, keyword: string): Promise<Metric[]> {
  return db.getAllFromIndex('metrics', 'keywords', keyword);
}

/** Metrics of one topic. */
export async function metricsByTopic(db: FactDb, topicId: string): Promise<Metric[]> {
  return db.getAllFromIndex('metrics', 'topic', topicId);
}

/** Statements tagged with one topic. */
export async function statementsByTopic(db: FactDb, topicId: string): Promise<Statement[]> {
  return db.getAllFromIndex('statements', 'topics', topicId);
}

/** Discrepancies of one metric. */
export async function discrepanciesOfMetric(db: FactDb, metricId: string): Promise<Discrepancy[]> {
  return db.getAllFromIndex('discrepancies', 'metric', metricId);
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

/** Deletes one flag; no error when it does not exist. */
export async function deleteFlag(db: FactDb, id: string): Promise<void> {
  await db.delete('flags', id);
}
