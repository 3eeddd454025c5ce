import { Request, type StoreStatus } from '../lib/messages';
import { bundledStore } from '../lib/store/bundled-store';
import { type FactDb, openFactDb, seedFactDb } from '../lib/store/fact-db';

// The background owns the fact database: it seeds it from the bundled store on install and on
// update (flags survive), and answers typed messages. Nothing here touches the network.
export default defineBackground({
  type: 'module',
  main() {
    let ready: Promise<FactDb> | null = null;
    let lastError: string | null = null;

    const ensureSeeded = (): Promise<FactDb> => {
      ready ??= (async () => {
        const db = await openFactDb();
        await seedFactDb(db, bundledStore);
        lastError = null;
        return db;
      })().catch((e: unknown) => {
        ready = null; // let the next message try again
        lastError = e instanceof Error ? e.message : String(e);
        console.error('[gwangju-ai-context] fact database:', lastError);
        throw e;
      });
      return ready;
    };

    browser.runtime.onInstalled.addListener(() => {
      void ensureSeeded().catch(() => {});
    });

    browser.runtime.onMessage.addListener((message: unknown) => {
      const parsed = Request.safeParse(message);
      if (!parsed.success) return undefined;
      return (async (): Promise<StoreStatus> => {
        try {
          const db = await ensureSeeded();
          const meta = await db.get('meta', 'store');
          return { version: meta?.version ?? null, counts: meta?.counts ?? {}, error: null };
        } catch {
          return { version: null, counts: {}, error: lastError };
        }
      })();
    });
  },
});
