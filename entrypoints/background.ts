import { anchorFlags } from '../lib/flags/anchor-flags';
import { flagsToAnnotationCollection, parseAnnotationImport } from '../lib/flags/web-annotation';
import { detectTopic } from '../lib/judge/detect-topic';
import { buildFactIndex, type FactIndex } from '../lib/judge/fact-index';
import { judgePage } from '../lib/judge/judge';
import { withFigures } from '../lib/judge/read/read-figures';
import {
  type Reply,
  Request,
  type RequestType,
  type Responses,
  type SiteAccess,
} from '../lib/protocol/messages';
import { readStoredSettings } from '../lib/protocol/settings-shape';
import { mayAsk } from '../lib/protocol/who-may-ask';
import { metricDetail } from '../lib/search/metric-detail';
import { buildSearchIndex, type SearchIndex, searchFacts } from '../lib/search/search-facts';
import { type AnalysisReport, forPage } from '../lib/shared/report';
import { findSupportedSite } from '../lib/shared/supported-sites';
import { bundledStore } from '../lib/store/bundled-store';
import { deleteFlag, type FactDb, Flag, flagAnchorsOfUrl, listFlags, openFactDb } from '../lib/store/fact-db';
import { PackLibrary } from '../lib/store/pack-library';
import { progressFor, progressLine, targetProgress } from '../lib/store/progress';
import { saveFlags } from '../lib/store/save-flags';

// The background judges page readings and answers the popup from the bundled store, in memory,
// with the reader's fact packs laid over it; the database keeps what the reader owns (flags,
// facts, packs). It never touches the network.

const REPORTS_KEY = 'reports';
const TEXTS_KEY = 'texts';
const OWN_PACK_KEY = 'ownPackId';
/** Set whenever the running store changes (a pack added, edited, removed); popups watch it. */
const STORE_CHANGED_KEY = 'storeChanged';
/** How many packs are installed (the reader's own among them): 0 lets a cold worker skip the database. */
const PACK_COUNT_KEY = 'packCount';

/** The id of the reader's own pack: made once, kept in local storage so "delete all" can restore it. */
async function ownPackId(): Promise<string> {
  const got = await browser.storage.local.get(OWN_PACK_KEY);
  const id = got[OWN_PACK_KEY];
  if (typeof id === 'string') return id;
  const made = `mine-${crypto.randomUUID().replace(/-/g, '').slice(0, 10)}`;
  await browser.storage.local.set({ [OWN_PACK_KEY]: made });
  return made;
}

export default defineBackground({
  type: 'module',
  main() {
    // Judging and search read the running store: the bundle with the reader's packs over it.
    // The indexes are rebuilt when a pack changes.
    let judgeIndexOf: { store: object; index: FactIndex } | null = null;
    let searchIndexOf: { store: object; index: SearchIndex } | null = null;
    // Most readers have no pack: then a cold worker judges from the bundle at once, without
    // opening the database (it costs a cold start ~100 ms). The count is kept in extension storage.
    let hasPacks: Promise<boolean> = browser.storage.local
      .get(PACK_COUNT_KEY)
      .then((v) => Number(v?.[PACK_COUNT_KEY] ?? 0) > 0)
      .catch(() => true);
    const running = async () => ((await hasPacks) ? library.store().catch(() => bundledStore) : bundledStore); // a broken database still judges with the bundle
    const judgeIndex = async () => {
      const store = await running();
      if (judgeIndexOf?.store !== store) judgeIndexOf = { store, index: buildFactIndex(store) };
      return judgeIndexOf.index;
    };
    const search = async () => {
      const store = await running();
      if (searchIndexOf?.store !== store) searchIndexOf = { store, index: buildSearchIndex(store) };
      return searchIndexOf.index;
    };
    // The reader's database (flags), opened on first need and again after a failure.
    let lastError: string | null = null;
    let opening: Promise<FactDb> | null = null;
    const getDb = (): Promise<FactDb> => {
      opening ??= openFactDb()
        .then((db) => {
          lastError = null;
          return db;
        })
        .catch((e: unknown) => {
          opening = null; // the next message tries again
          lastError = e instanceof Error ? e.message : String(e);
          console.error('[gwangju-ai-context] database:', lastError);
          throw e;
        });
      return opening;
    };
    // A pack changed: open popups (the tracker, My facts) read the store again.
    const library = new PackLibrary(bundledStore, getDb, ownPackId, () => {
      hasPacks = Promise.resolve(true); // until the count below says otherwise
      void library
        .summaries()
        .then((packs) => {
          hasPacks = Promise.resolve(packs.length > 0);
          return browser.storage.local.set({
            [PACK_COUNT_KEY]: packs.length,
            [STORE_CHANGED_KEY]: Date.now(),
          });
        })
        .catch(() => {});
    });
    const kstToday = () => new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);

    // Reports by tab, kept in session storage so a restarted service worker still has them.
    const reports = new Map<number, AnalysisReport>();
    const session = browser.storage.session;
    const restored = session
      ?.get(REPORTS_KEY)
      .then((v) => {
        for (const [k, r] of Object.entries((v?.[REPORTS_KEY] ?? {}) as Record<string, AnalysisReport>))
          reports.set(Number(k), r);
      })
      .catch(() => {});
    const saveReports = () => session?.set({ [REPORTS_KEY]: Object.fromEntries(reports) }).catch(() => {});
    // The article text of each tab's last reading: a fact added from a card must quote it.
    const texts = new Map<number, string>();
    const restoredTexts = session
      ?.get(TEXTS_KEY)
      .then((v) => {
        for (const [k, t] of Object.entries((v?.[TEXTS_KEY] ?? {}) as Record<string, string>))
          texts.set(Number(k), t);
      })
      .catch(() => {});
    const saveTexts = () => session?.set({ [TEXTS_KEY]: Object.fromEntries(texts) }).catch(() => {});

    browser.tabs.onRemoved.addListener((tabId) => {
      if (reports.delete(tabId)) void saveReports();
      if (texts.delete(tabId)) void saveTexts();
    });

    browser.runtime.onInstalled.addListener(() => {
      void getDb().catch(() => {}); // create or upgrade the reader's database now, not at the first flag
    });

    const setBadge = (tabId: number, report: AnalysisReport) => {
      const count = report.discrepancies.length;
      void browser.action
        ?.setBadgeText({ tabId, text: report.detected && count > 0 ? String(count) : '' })
        .catch(() => {});
      void browser.action?.setBadgeBackgroundColor({ tabId, color: '#b42318' }).catch(() => {});
    };

    // Each case returns its type's response (messages.ts Responses); a refusal throws Refused,
    // and the listener turns both into the one Reply shape.
    async function answer(
      req: Request,
      tabId: number | undefined,
      frameId: number | undefined,
      senderUrl: string | undefined,
    ): Promise<Responses[RequestType]> {
      switch (req.type) {
        case 'load-overlay': {
          if (tabId === undefined) throw new Refused('not sent from a page');
          // The reader switched this site off: checked here, so the gate reads no storage.
          const host = originOf(senderUrl ?? '')?.hostname;
          if (host && (await readStoredSettings()).disabledSites.includes(host)) return { loaded: false };
          // A page that mentions 광주 and AI but is not a target (another region's AI news, a
          // sidebar) gets no overlay at all: the topic check runs here, on the gate's text.
          if (req.text !== undefined && !detectTopic(req.text, req.title).detected) return { loaded: false };
          void judgeIndex(); // build it while the overlay loads
          const target = { tabId, frameIds: [frameId ?? 0] };
          await Promise.all([
            browser.scripting.insertCSS({ target, files: ['/figure-marks.css'] }),
            browser.scripting.executeScript({ target, files: ['/overlay.js'] }),
          ]);
          return { loaded: true };
        }
        case 'store-status': {
          const counts = Object.fromEntries(
            (['sources', 'metrics', 'observations', 'statements', 'discrepancies'] as const).map((k) => [
              k,
              bundledStore[k].length,
            ]),
          );
          const error = await getDb().then(
            () => null,
            () => lastError,
          );
          return { version: bundledStore.version, counts, error } satisfies Responses['store-status'];
        }
        case 'judge-page': {
          const report = judgePage(await judgeIndex(), withFigures(req.page));
          if (report.detected) {
            // The card's progress line: the metric's target, or the target it tracks.
            const store = await running();
            const progress = targetProgress(store, kstToday());
            for (const h of Object.values(report.metrics)) {
              const p = progressFor(
                progress,
                store.metrics.find((m) => m.id === h.id),
              );
              if (p) h.progress = { target: p.metric, line: progressLine(p) };
            }
          }
          if (tabId !== undefined) {
            await Promise.all([restored, restoredTexts]);
            if (report.detected) {
              reports.set(tabId, report);
              texts.set(tabId, req.page.text);
            } else {
              reports.delete(tabId);
              texts.delete(tabId);
            }
            void saveReports();
            void saveTexts();
            setBadge(tabId, report);
          }
          return forPage(report);
        }
        case 'page-report': {
          await restored;
          return reports.get(req.tabId) ?? null;
        }
        case 'search':
          return searchFacts(await search(), req.query, req.limit);
        case 'metric':
          return metricDetail(await running(), req.id);
        case 'flag-add': {
          const parsed = Flag.safeParse(req.flag);
          if (!parsed.success) {
            const issue = parsed.error.issues[0]!;
            throw new Refused(`the flag is malformed: ${issue.path.join('.')}: ${issue.message}`);
          }
          const saved = await saveFlags(await getDb(), [parsed.data]);
          if (!saved.ok) throw new Refused(saved.error);
          return saved.value;
        }
        case 'page-flags':
          return anchorFlags(await flagAnchorsOfUrl(await getDb(), req.url), req.marks);
        case 'flag-list':
          return listFlags(await getDb());
        case 'flag-delete':
          await deleteFlag(await getDb(), req.id);
          return null;
        case 'flags-export':
          return flagsToAnnotationCollection(await listFlags(await getDb()), new Date());
        case 'flags-import': {
          const parsed = parseAnnotationImport(req.data);
          if (!parsed.ok) throw new Refused(`nothing was imported: ${parsed.error}`);
          const saved = await saveFlags(await getDb(), parsed.flags);
          if (!saved.ok) throw new Refused(`nothing was imported: ${saved.error}`);
          return { imported: saved.value.saved };
        }
        case 'site-access':
          return siteAccess(req.url);
        case 'enable-site':
          return enableSite(req.origin);
        case 'fact-form': {
          await restored;
          const report = tabId === undefined ? undefined : reports.get(tabId);
          const figure = report?.figures[req.figure];
          if (!report || !figure)
            throw new Refused('the figure is no longer on the page: reload the page and try again');
          const store = await running();
          return {
            figure,
            page: { url: report.url, article: report.article },
            metrics: store.metrics.map(({ id, name, unit, topic }) => ({ id, name, unit, topic })),
            topics: store.topics.map(({ id, name }) => ({ id, name })),
          };
        }
        case 'fact-add': {
          // The frame is in the page's tab: the quote must be in that tab's article text.
          await restoredTexts;
          return library.addFact(req.draft, tabId === undefined ? null : (texts.get(tabId) ?? null));
        }
        case 'my-facts':
          return library.myFacts();
        case 'fact-edit':
          return library.editFact(req.id, req.edit);
        case 'fact-delete':
          await library.deleteFact(req.id);
          return null;
        case 'facts-clear':
          return { deleted: await library.clearOwn() };
        case 'packs':
          return library.summaries();
        case 'pack-import': {
          const result = await library.import(req.data);
          if ('error' in result) throw new Refused(`nothing was imported: ${result.error}`);
          return result;
        }
        case 'pack-export':
          return library.export(req.name, req.author);
        case 'pack-set':
          await library.set(req.id, req.action);
          return null;
        case 'targets':
          return targetProgress(await running(), kstToday());
        case 'open-tracker': {
          const url = browser.runtime.getURL(
            `/popup.html?view=targets&target=${encodeURIComponent(req.target)}`,
          );
          await browser.tabs.create({ url });
          return null;
        }
      }
    }

    browser.runtime.onMessage.addListener((message: unknown, sender) => {
      const parsed = Request.safeParse(message);
      if (!parsed.success) return undefined; // not ours, or malformed: refuse
      // The reader's data is written and read only from the extension's own pages (popup, the
      // card's frames), never from a content script, which anything on the page can drive.
      if (!mayAsk(parsed.data.type, sender))
        return Promise.resolve({
          ok: false,
          reason: 'failed',
          error: `${parsed.data.type} is accepted only from the extension's own pages`,
        } satisfies Reply<RequestType>);
      return answer(parsed.data, sender.tab?.id, sender.frameId, sender.url).then(
        (value): Reply<RequestType> => ({ ok: true, value }) as Reply<RequestType>,
        (e: unknown): Reply<RequestType> => ({
          ok: false,
          reason: 'failed',
          error: e instanceof Error ? e.message : String(e),
        }),
      );
    });
  },
});

/** A request the background refuses, with the reason the sender shows. */
class Refused extends Error {}

function originOf(url: string): URL | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u : null;
  } catch {
    return null;
  }
}

async function siteAccess(url: string): Promise<SiteAccess> {
  const u = originOf(url);
  if (!u) return { supported: false, granted: false, eligible: false, origin: null };
  const supported = findSupportedSite(u.hostname) !== undefined;
  const granted =
    supported || (await browser.permissions.contains({ origins: [`${u.origin}/*`] }).catch(() => false));
  return { supported, granted, eligible: true, origin: u.origin };
}

/** Runs the content script on an origin the reader granted, from now on (persisted by the browser). */
async function enableSite(origin: string): Promise<null> {
  const u = originOf(origin);
  if (!u) throw new Refused(`not a web address: ${origin}`);
  const pattern = `${u.origin}/*`;
  if (!(await browser.permissions.contains({ origins: [pattern] }))) {
    throw new Refused(`permission for ${u.origin} was not granted`);
  }
  const id = `gctx-site-${u.hostname}`;
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length === 0) {
    await browser.scripting.registerContentScripts([
      {
        id,
        matches: [pattern],
        // The gate only; it asks for the overlay (and its styles) when the page passes.
        js: ['/gate.js'],
        runAt: 'document_idle',
        allFrames: true,
      },
    ]);
  }
  return null;
}
