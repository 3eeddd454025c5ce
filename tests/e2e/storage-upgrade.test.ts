import { afterAll, describe, expect, it } from 'vitest';
import { bundledStore } from '../../lib/store/bundled-store';
import { type Launched, launchWithExtension } from '../../tools/testing/launch';
import { sendFrom } from '../../tools/testing/send-from';

const FLAG = {
  id: '7d0c5e0e-2f55-4a43-9f59-1f4b7a2f0001',
  url: 'https://n.news.naver.com/mnews/article/001/0000000001',
  pageTitle: '광주 AI 기사',
  figure: { text: '2000개', value: 2000, unit: 'count', metric: 'ai-startup-target' },
  quote: { exact: '2000개', prefix: '창업 ', suffix: ', 인공지능' },
  note: '업그레이드 뒤에도 남아야 하는 신고',
  createdAt: '2026-11-20T10:00:00.000Z',
};

// A profile from an earlier release keeps a copy of the facts in IndexedDB (version 2). On the
// next start the real extension upgrades it: the copy goes, the reader's flag stays, and every
// answer comes from the bundled store.
describe('database upgrade in the extension, in Chromium', () => {
  let run: Launched | undefined;
  afterAll(async () => {
    await run?.close();
  });

  it('drops the old copy of the facts on the next start and keeps the flags', async () => {
    run = await launchWithExtension();
    const page = await run.context.newPage();
    await page.goto(`chrome-extension://${run.extensionId}/popup.html`);
    // The background opens (creates) its database on install: let that finish first, or it can
    // recreate version 4 between our delete and our version-2 open.
    expect(await sendFrom(page)({ type: 'store-status' })).toMatchObject({
      ok: true,
      value: { error: null },
    });
    // Replace the database with what version 2 left: fact stores beside the flags.
    await page.evaluate(async (flag) => {
      await new Promise<void>((resolve, reject) => {
        const del = indexedDB.deleteDatabase('gwangju-ai-context');
        del.onsuccess = () => resolve();
        del.onerror = () => reject(del.error);
      });
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('gwangju-ai-context', 2);
        open.onupgradeneeded = () => {
          const db = open.result;
          db.createObjectStore('meta', { keyPath: 'key' });
          db.createObjectStore('observations', { keyPath: 'id' }).createIndex('metric', 'metric');
          const flags = db.createObjectStore('flags', { keyPath: 'id' });
          flags.createIndex('url', 'url');
          flags.createIndex('createdAt', 'createdAt');
          flags.createIndex('metric', 'figure.metric');
        };
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['meta', 'observations', 'flags'], 'readwrite');
          tx.objectStore('meta').put({ key: 'store', version: 'an older store' });
          tx.objectStore('observations').put({ id: 'stale', metric: 'ai-startup-target', value: 1 });
          tx.objectStore('flags').put(flag);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      });
    }, FLAG);
    const profile = run.userDataDir;
    await run.close();

    run = await launchWithExtension('ko-KR', profile);
    const again = await run.context.newPage();
    await again.goto(`chrome-extension://${run.extensionId}/popup.html`);
    const ask = sendFrom(again);
    expect(await ask({ type: 'flag-list' })).toEqual({
      ok: true,
      value: [expect.objectContaining({ id: FLAG.id, note: FLAG.note })],
    });
    const stores = await again.evaluate(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const open = indexedDB.open('gwangju-ai-context');
          open.onsuccess = () => {
            const names = [...open.result.objectStoreNames];
            open.result.close();
            resolve(names);
          };
          open.onerror = () => reject(open.error);
        }),
    );
    expect(stores).toEqual(['flags', 'packs']);
    const metric = await ask({ type: 'metric', id: 'ai-startup-target' });
    expect(metric.ok && metric.value?.history.length).toBe(
      bundledStore.observations.filter((o) => o.metric === 'ai-startup-target').length,
    );
    expect(await ask({ type: 'store-status' })).toMatchObject({
      ok: true,
      value: { version: bundledStore.version, error: null },
    });
  });
});
