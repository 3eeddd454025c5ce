import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledStore } from '../../lib/store/bundled-store';
import { type Launched, launchWithExtension } from '../../tools/testing/launch';
import { sendFrom } from '../../tools/testing/send-from';

// The background seeds IndexedDB from the bundled store when the extension is installed.
describe('background fact database, in Chromium', () => {
  let run: Launched;
  beforeAll(async () => {
    run = await launchWithExtension();
  });
  afterAll(async () => {
    await run?.close();
  });

  it('is seeded on install with every collection and the bundled version', async () => {
    const meta = await run.worker.evaluate(async () => {
      const read = async () => {
        // Opening a database that does not exist yet would create it empty: only look once it is there.
        const dbs = await indexedDB.databases();
        if (!dbs.some((d) => d.name === 'gwangju-ai-context' && (d.version ?? 0) >= 2)) return null;
        return new Promise<unknown>((resolve, reject) => {
          const req = indexedDB.open('gwangju-ai-context');
          req.onerror = () => reject(req.error);
          req.onsuccess = () => {
            const db = req.result;
            if (!db.objectStoreNames.contains('meta')) {
              db.close();
              resolve(null);
              return;
            }
            const get = db.transaction('meta').objectStore('meta').get('store');
            get.onsuccess = () => {
              db.close();
              resolve(get.result ?? null);
            };
            get.onerror = () => reject(get.error);
          };
        });
      };
      for (let i = 0; i < 300; i++) {
        const meta = await read();
        if (meta) return meta;
        await new Promise((r) => setTimeout(r, 100));
      }
      return null;
    });
    expect(meta).toMatchObject({
      key: 'store',
      version: bundledStore.version,
      counts: { observations: bundledStore.observations.length, metrics: bundledStore.metrics.length },
    });
  });

  it('answers the typed store-status message', async () => {
    const page = await run.context.newPage();
    await page.goto(`chrome-extension://${run.extensionId}/_locales/ko/messages.json`);
    const send = sendFrom(page);
    expect(await send({ type: 'store-status' })).toMatchObject({
      ok: true,
      value: { version: bundledStore.version, error: null },
    });
    const refused = await send.raw({ type: 'drop-tables' });
    expect(refused).toBeUndefined();
    await page.close();
  });
});
