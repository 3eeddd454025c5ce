import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { bundledStore as store } from '../../../lib/store/bundled-store';
import {
  DB_VERSION,
  type FactDb,
  type Flag,
  flagsOfMetric,
  listFlags,
  openFactDb,
  putFlagsAtomically,
} from '../../../lib/store/fact-db';
import { saveFlags } from '../../../lib/store/save-flags';

/** A version-2 database as earlier releases left it: a copy of the facts beside the flags. */
async function legacyV2(dbName: string, flags: Flag[]) {
  const { openDB } = await import('idb');
  const db = await openDB(dbName, 2, {
    upgrade(d) {
      d.createObjectStore('meta', { keyPath: 'key' });
      const obs = d.createObjectStore('observations', { keyPath: 'id' });
      obs.createIndex('metric', 'metric');
      for (const n of ['sources', 'entities', 'topics', 'metrics', 'statements', 'discrepancies'])
        d.createObjectStore(n, { keyPath: 'id' });
      const f = d.createObjectStore('flags', { keyPath: 'id' });
      f.createIndex('url', 'url');
      f.createIndex('createdAt', 'createdAt');
      f.createIndex('metric', 'figure.metric');
    },
  });
  for (const o of store.observations) await db.put('observations', o);
  await db.put('meta', { key: 'store', version: 'old' });
  for (const f of flags) await db.put('flags', f);
  db.close();
}
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

  it('an update from version 2 drops the copy of the facts and keeps every flag', async () => {
    expect(DB_VERSION).toBe(4);
    const dbName = name();
    const flags = Array.from({ length: 25 }, (_, i) =>
      flag(`m${i}`, i % 2 ? 'ai-jobs-target' : 'ai-startup-target'),
    );
    await legacyV2(dbName, flags);
    const v3 = await openFactDb({ name: dbName });
    expect(v3.version).toBe(4);
    expect([...v3.objectStoreNames]).toEqual(['flags', 'packs']);
    expect((await listFlags(v3)).map((f) => f.id).sort()).toEqual(flags.map((f) => f.id).sort());
    expect(await listFlags(v3)).toEqual(expect.arrayContaining(flags));
    expect((await flagsOfMetric(v3, 'ai-jobs-target')).length).toBe(12);
    v3.close();
  });

  it('an update from version 3 adds the packs store and keeps every flag', async () => {
    const dbName = name();
    const v3 = await openFactDb({ name: dbName, version: 3 });
    expect([...v3.objectStoreNames]).toEqual(['flags']);
    await putFlagsAtomically(v3, [flag('v3a'), flag('v3b', 'ai-jobs-target')]);
    v3.close();
    const v4 = await openFactDb({ name: dbName });
    expect([...v4.objectStoreNames]).toEqual(['flags', 'packs']);
    expect((await listFlags(v4)).map((f) => f.id).sort()).toEqual(['v3a', 'v3b']);
    v4.close();
  });

  it('an update from version 1 adds the flags-by-metric index', async () => {
    const dbName = name();
    const v1 = await openFactDb({ name: dbName, version: 1 });
    await putFlagsAtomically(v1, [flag('v1a'), flag('v1b', 'ai-jobs-target')]);
    v1.close();
    const v3 = await openFactDb({ name: dbName });
    expect((await flagsOfMetric(v3, 'ai-jobs-target')).map((f) => f.id)).toEqual(['v1b']);
    v3.close();
  });

  it('completes a half-made database (opened empty by another page before the extension)', async () => {
    const dbName = name();
    const { openDB } = await import('idb');
    (await openDB(dbName, 1)).close(); // version 1, no object stores at all
    const db = await openFactDb({ name: dbName });
    expect([...db.objectStoreNames]).toEqual(['flags', 'packs']);
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
      /could not be opened or upgraded to version 4 \(VersionError: .*\); the upgrade was rolled back and your flags and facts are unchanged/,
    );
    const again = await openFactDb({ name: dbName, version: 9 });
    expect((await listFlags(again)).map((f) => f.id)).toEqual(['f1']);
    again.close();
  });
});
