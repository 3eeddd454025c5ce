import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteFlag, type Flag, listFlags, openFactDb, putFlag } from '../../../lib/store/fact-db';

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

describe("the reader's database (IndexedDB via idb)", () => {
  it("holds the reader's flags and packs only: the bundled facts are read from the bundle", async () => {
    const db = await openFactDb({ name: freshName() });
    opened.push(db);
    expect([...db.objectStoreNames]).toEqual(['flags', 'packs']);
    await putFlag(db, flag('f1', '2026-11-01T10:00:00.000Z'));
    await putFlag(db, flag('f2', '2026-11-02T10:00:00.000Z'));
    expect((await listFlags(db)).map((f) => f.id)).toEqual(['f2', 'f1']); // newest first
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
    await expect(openFactDb({ name, blockedTimeoutMs: 50 })).rejects.toThrow(
      /could not be upgraded to version 4: another open tab/,
    );
    old.close();
  });
});
