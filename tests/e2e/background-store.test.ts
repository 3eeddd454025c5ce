import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledStore } from '../../lib/store/bundled-store';
import { type Launched, launchWithExtension } from '../../tools/testing/launch';
import { sendFrom } from '../../tools/testing/send-from';

// The background answers from the bundled store in memory; IndexedDB holds the reader's flags only.
describe('background store and database, in Chromium', () => {
  let run: Launched;
  beforeAll(async () => {
    run = await launchWithExtension();
  });
  afterAll(async () => {
    await run?.close();
  });

  it("creates the reader's database on install with the flags and packs stores only", async () => {
    const stores = await run.worker.evaluate(async () => {
      for (let i = 0; i < 300; i++) {
        const dbs = await indexedDB.databases();
        if (dbs.some((d) => d.name === 'gwangju-ai-context' && (d.version ?? 0) >= 3)) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      return new Promise<string[]>((resolve, reject) => {
        const req = indexedDB.open('gwangju-ai-context');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const names = [...req.result.objectStoreNames];
          req.result.close();
          resolve(names);
        };
      });
    });
    expect(stores).toEqual(['flags', 'packs']);
  });

  it('answers the typed store-status message', async () => {
    const page = await run.context.newPage();
    await page.goto(`chrome-extension://${run.extensionId}/_locales/ko/messages.json`);
    const send = sendFrom(page);
    expect(await send({ type: 'store-status' })).toMatchObject({
      ok: true,
      value: {
        version: bundledStore.version,
        counts: { observations: bundledStore.observations.length, metrics: bundledStore.metrics.length },
        error: null,
      },
    });
    const refused = await send.raw({ type: 'drop-tables' });
    expect(refused).toBeUndefined();
    await page.close();
  });
});
