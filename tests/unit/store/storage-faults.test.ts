import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  DB_VERSION,
  type FactDb,
  type Flag,
  flagsOfMetric,
  listFlags,
  openFactDb,
  putFlagsAtomically,
  seedFactDb,
} from '../../../lib/store/fact-db';
import { loadFacts } from '../../../lib/store/load-facts';
import { saveFlags } from '../../../lib/store/save-flags';
import { buildStore } from '../../../tools/store/build-store';
import { readSeedInputs } from '../../../tools/store/read-seeds';

const store = buildStore(readSeedInputs());
const name = () => `faults-${Math.random().toString(36).slice(2)}`;
const flag = (id: string, metric = 'ai-startup-target'): Flag => ({
  id,
  url: 'https://n.news.naver.com/mnews/article/001/0000000001',
  pageTitle: '광주 AI',
  figure: { text: '2000개', value: 2000, unit: 'count', metric },
  quote: { exact: '2000개', prefix: '창업 ', suffix: ', 인공지능' },
  note: `note ${id}`,
  createdAt: `2026-11-0${id.length % 9}T10:00:00.000Z`,
});

/** A database whose flag writes fail the way a full disk makes them fail. */
function quotaFull(db: FactDb): FactDb {
  return new Proxy(db, {
    get(target, prop, receiver) {
      if (prop !== 'transaction') return Reflect.get(target, prop, receiver);
      return () => {
        const error = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        const rejected = Promise.reject(error);
        rejected.catch(() => {});
        return { store: { put: () => Promise.reject(error) }, done: rejected };
      };
    },
  });
}

describe('storage faults', () => {
  it('quota exceeded on writing a flag: a clear message, and nothing half-written', async () => {
    const db = await openFactDb({ name: name() });
    const result = await saveFlags(quotaFull(db), [flag('q1')]);
    expect(result).toEqual({
      ok: false,
      error:
        'not saved: the browser has no storage space left for this extension; delete some flags or free disk space',
    });
    expect(await listFlags(db)).toEqual([]);
    db.close();
  });

  it('a worker stopped in the middle of a write leaves no partial flag (the transaction aborts whole)', async () => {
    const db = await openFactDb({ name: name() });
    const tx = db.transaction('flags', 'readwrite');
    tx.store.put(flag('a1')).catch(() => {});
    tx.store.put(flag('a2')).catch(() => {});
    tx.abort(); // what the browser does to an open transaction when the worker is killed
    await tx.done.catch(() => {});
    expect(await listFlags(db)).toEqual([]);
    // An import with one bad flag writes none of them.
    const bad = { ...flag('a4'), createdAt: 'not a date' };
    await expect(putFlagsAtomically(db, [flag('a3'), bad])).rejects.toThrow();
    expect(await listFlags(db)).toEqual([]);
    expect(await saveFlags(db, [flag('a3'), bad])).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^not saved: /),
    });
    db.close();
  });

  it('a corrupted fact record is rejected by the schema, the facts re-seeded, flags untouched', async () => {
    const db = await openFactDb({ name: name() });
    await seedFactDb(db, store);
    await putFlagsAtomically(db, [flag('c1')]);
    await db.put('metrics', { id: 'ai-startup-target', name: null } as never);
    const loaded = await loadFacts(db, store);
    expect(loaded.repaired).toMatch(/^stored facts were damaged \(metrics\.\d+\.name: /);
    expect((await db.get('metrics', 'ai-startup-target'))?.name.ko).toBe('AI 창업 목표');
    expect((await listFlags(db)).map((f) => f.id)).toEqual(['c1']);
    db.close();
  });

  it('an update from the previous schema version keeps every flag and adds the v2 index', async () => {
    expect(DB_VERSION).toBe(2);
    const dbName = name();
    const v1 = await openFactDb({ name: dbName, version: 1 });
    await seedFactDb(v1, store);
    const flags = Array.from({ length: 25 }, (_, i) =>
      flag(`m${i}`, i % 2 ? 'ai-jobs-target' : 'ai-startup-target'),
    );
    await putFlagsAtomically(v1, flags);
    expect(v1.objectStoreNames.contains('flags')).toBe(true);
    v1.close();

    const v2 = await openFactDb({ name: dbName });
    expect(v2.version).toBe(2);
    expect((await listFlags(v2)).map((f) => f.id).sort()).toEqual(flags.map((f) => f.id).sort());
    expect(await listFlags(v2)).toEqual(expect.arrayContaining(flags));
    expect((await flagsOfMetric(v2, 'ai-jobs-target')).length).toBe(12);
    expect(await v2.count('observations')).toBe(store.observations.length);
    v2.close();
  });

  it('completes a half-made database (opened empty by another page before the extension)', async () => {
    const dbName = name();
    const { openDB } = await import('idb');
    (await openDB(dbName, 1)).close(); // version 1, no object stores at all
    const db = await openFactDb({ name: dbName });
    expect([...db.objectStoreNames].sort()).toEqual(
      [
        'discrepancies',
        'entities',
        'flags',
        'meta',
        'metrics',
        'observations',
        'sources',
        'statements',
        'topics',
      ].sort(),
    );
    await seedFactDb(db, store);
    await putFlagsAtomically(db, [flag('h1')]);
    expect((await flagsOfMetric(db, 'ai-startup-target')).map((f) => f.id)).toEqual(['h1']);
    db.close();
  });

  it('a failed upgrade says what failed and that flags are unchanged', async () => {
    const dbName = name();
    // A database left at a newer version than this build knows (a downgrade) cannot be opened.
    const future = await openFactDb({ name: dbName, version: 9 });
    await putFlagsAtomically(future, [flag('f1')]);
    future.close();
    await expect(openFactDb({ name: dbName })).rejects.toThrow(
      /could not be opened or upgraded to version 2 \(VersionError: .*\); the upgrade was rolled back and your flags are unchanged/,
    );
    const again = await openFactDb({ name: dbName, version: 9 });
    expect((await listFlags(again)).map((f) => f.id)).toEqual(['f1']);
    again.close();
  });
});
