import { FactStore } from '../shared/store-schema';
import { FACT_STORES, type FactDb, seedFactDb } from './fact-db';

const COLLECTIONS = FACT_STORES;

/** What loadFacts did, for the log and the popup's status line. */
export interface LoadedFacts {
  store: FactStore;
  /** set when the stored facts were unreadable and were replaced from the bundle */
  repaired: string | null;
}

/** Reads the fact collections from the database and validates them as a store. */
async function readStore(db: FactDb): Promise<{ ok: true; store: FactStore } | { ok: false; error: string }> {
  const meta = await db.get('meta', 'store');
  const parts = await Promise.all(COLLECTIONS.map((name) => db.getAll(name)));
  const candidate = {
    version: meta?.version,
    ...Object.fromEntries(COLLECTIONS.map((name, i) => [name, parts[i]])),
    checks: [],
  };
  const result = FactStore.safeParse(candidate);
  if (result.success) return { ok: true, store: result.data };
  const issue = result.error.issues[0]!;
  return { ok: false, error: `${issue.path.join('.')}: ${issue.message}` };
}

/**
 * Makes sure the database holds the bundled facts and returns them, validated. A record that
 * fails the schema (a damaged database) is reported and the facts are re-seeded from the bundle;
 * flags are never touched. Rejects only when the database itself cannot be written.
 */
export async function loadFacts(db: FactDb, bundled: FactStore): Promise<LoadedFacts> {
  await seedFactDb(db, bundled);
  const first = await readStore(db);
  if (first.ok) return { store: { ...first.store, checks: bundled.checks }, repaired: null };
  // Force a rewrite: forget the seeded version, then seed again.
  await db.delete('meta', 'store');
  await seedFactDb(db, bundled);
  const second = await readStore(db);
  if (!second.ok) throw new Error(`the fact database is unusable after re-seeding: ${second.error}`);
  return {
    store: { ...second.store, checks: bundled.checks },
    repaired: `stored facts were damaged (${first.error}); re-seeded from the bundled store`,
  };
}
