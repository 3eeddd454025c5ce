import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import {
  deleteFlag,
  discrepanciesOfMetric,
  type Flag,
  listFlags,
  metricsByKeyword,
  metricsByTopic,
  observationsOfMetric,
  openFactDb,
  putFlag,
  seededVersion,
  seedFactDb,
  statementsByTopic,
} from '../../../lib/store/fact-db';
import { buildStore } from '../../../tools/store/build-store';
import { readSeedInputs } from '../../../tools/store/read-seeds';

const store = buildStore(readSeedInputs());
let n = 0;
const freshName = () => `test-db-${++n}-${Math.random().toString(36).slice(2)}`;
const opened: { close(): void }[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const flag = (id: string, createdAt: string): Flag => ({
  id,
  url: 'https://n.news.naver.com/article/001/0012345678',
  pageTitle: '광주 AI 기사',
  figure: { text: '2000개', value: 2000, unit: 'count', metric: 'ai-startup-target' },
  quote: { exact: '2000개', prefix: '창업 ', suffix: ', 인공지능' },
  note: '2020년에는 1000개였음',
  createdAt,
});

describe('fact database (IndexedDB via idb)', () => {
  it('seeds from the bundled store and answers lookups by metric, topic and keyword', async () => {
    const db = await openFactDb({ name: freshName() });
    opened.push(db);
    expect(await seededVersion(db)).toBeNull();
    expect(await seedFactDb(db, store)).toBe(true);
    expect(await seededVersion(db)).toBe(store.version);
    expect(await db.count('observations')).toBe(store.observations.length);

    const startups = await observationsOfMetric(db, 'ai-startup-target');
    expect(startups.map((o) => o.value).sort()).toEqual([1000, 2000]);
    expect((await metricsByKeyword(db, '창업')).map((m) => m.id)).toContain('ai-startup-target');
    expect((await metricsByTopic(db, 'ai-data-center')).length).toBeGreaterThanOrEqual(5);
    expect((await statementsByTopic(db, 'ai-talent')).map((s) => s.id)).toContain(
      's003-lee-talent-competition',
    );
    expect(await discrepanciesOfMetric(db, 'ai-jobs-target')).toHaveLength(1);
  });

  it('does not rewrite when the same version is already seeded', async () => {
    const db = await openFactDb({ name: freshName() });
    opened.push(db);
    await seedFactDb(db, store);
    expect(await seedFactDb(db, store)).toBe(false);
  });

  it('an update to a new store version replaces facts but keeps every flag', async () => {
    const db = await openFactDb({ name: freshName() });
    opened.push(db);
    await seedFactDb(db, store);
    await putFlag(db, flag('f1', '2026-11-01T10:00:00.000Z'));
    await putFlag(db, flag('f2', '2026-11-02T10:00:00.000Z'));

    const next = {
      ...store,
      version: 'ffffffffffffff',
      observations: store.observations.filter((o) => o.source !== 's004'),
    };
    expect(await seedFactDb(db, next)).toBe(true);
    expect(await seededVersion(db)).toBe('ffffffffffffff');
    expect(await db.count('observations')).toBe(next.observations.length);
    expect(await db.get('observations', 's004-budget-total')).toBeUndefined();
    expect((await listFlags(db)).map((f) => f.id)).toEqual(['f2', 'f1']);
  });

  it('refuses a malformed flag with the reason, and deletes flags', async () => {
    const db = await openFactDb({ name: freshName() });
    opened.push(db);
    await expect(putFlag(db, { ...flag('f3', 'yesterday') })).rejects.toThrow(/createdAt/);
    await putFlag(db, flag('f4', '2026-11-03T10:00:00.000Z'));
    await deleteFlag(db, 'f4');
    expect(await listFlags(db)).toEqual([]);
  });

  it('says clearly when an older open connection blocks the upgrade', async () => {
    const name = freshName();
    // An old extension page that holds a version-1 connection and ignores versionchange.
    (await openFactDb({ name, version: 1 })).close(); // a real v1 database
    const old = await openDB(name, 1); // ...held open by a page that ignores versionchange
    await expect(openFactDb({ name, version: 2, blockedTimeoutMs: 50 })).rejects.toThrow(
      /could not be upgraded to version 2: another open tab/,
    );
    old.close();
  });
});

describe('loadFacts', () => {
  it('returns the seeded facts, validated', async () => {
    const { loadFacts } = await import('../../../lib/store/load-facts');
    const db = await openFactDb({ name: freshName() });
    opened.push(db);
    const loaded = await loadFacts(db, store);
    expect(loaded.repaired).toBeNull();
    expect(loaded.store.observations).toHaveLength(store.observations.length);
  });

  it('re-seeds from the bundle when a stored record is corrupt, and keeps flags', async () => {
    const { loadFacts } = await import('../../../lib/store/load-facts');
    const db = await openFactDb({ name: freshName() });
    opened.push(db);
    await seedFactDb(db, store);
    await putFlag(db, flag('keep-me', '2026-11-05T10:00:00.000Z'));
    const broken = {
      ...(await db.get('observations', 's001-jobs'))!,
      value: 'lots',
    } as unknown as Parameters<typeof db.put<'observations'>>[1];
    await db.put('observations', broken);
    const loaded = await loadFacts(db, store);
    expect(loaded.repaired).toMatch(/damaged \(observations\.\d+\.value: .*number/);
    expect((await db.get('observations', 's001-jobs'))?.value).toBe(27500);
    expect((await listFlags(db)).map((f) => f.id)).toEqual(['keep-me']);
  });
});
