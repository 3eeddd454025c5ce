import type { DraftProblem } from '../shared/fact-draft';
import type { FactPack } from '../shared/pack-schema';
import type { FactStore, Observation } from '../shared/store-schema';
import { checkPack } from './check-pack';
import { deletePack, type FactDb, type InstalledPack, listPacks, putPack } from './fact-db';
import { planImport, takenIds } from './install-pack';
import {
  addFact,
  deleteFact,
  editFact,
  emptyOwnPack,
  type FactChange,
  type FactEdit,
  type StoreContext,
} from './my-facts';
import { withPacks } from './with-packs';

/** A fact saved, or the problems by form field (nothing saved). */
export type FactSaved = { saved: true; id: string } | { saved: false; problems: DraftProblem[] };

/** One of the reader's facts as the popup lists it. */
export interface MyFact {
  observation: Observation;
  metricName: { ko: string; en: string };
  outlet: string;
  url: string;
  headline: string;
  publishedAt: string;
}

/** An installed pack as the popup lists it. */
export interface PackSummary {
  id: string;
  name: string;
  author: string | null;
  version: number;
  createdAt: string;
  /** observations it holds */
  count: number;
  enabled: boolean;
  own: boolean;
  /** set when the pack no longer passes the checks (a newer bundle took one of its ids): it is not used */
  problem: string | null;
}

/**
 * The reader's facts and installed packs over the bundled store: what the background judges and
 * searches with. Every change is checked whole, written in one transaction, then the running
 * store is rebuilt; `onChange` tells the owner to drop what it derived from the old one.
 */
export class PackLibrary {
  private records: InstalledPack[] | null = null;
  private problems = new Map<string, string>();
  private merged: FactStore | null = null;

  constructor(
    private readonly bundled: FactStore,
    private readonly db: () => Promise<FactDb>,
    /** the id of the reader's own pack (mine-…), made once per browser and kept outside the database */
    private readonly ownId: () => Promise<string>,
    private readonly onChange: () => void = () => {},
  ) {}

  /** Loads the packs (once); a pack that no longer passes the checks is kept but not used, with its reason. */
  private async load(): Promise<InstalledPack[]> {
    if (this.records) return this.records;
    const records = await listPacks(await this.db());
    this.problems.clear();
    for (const r of records) {
      const checked = checkPack(r.pack, this.bundled, takenIds(this.bundled, records, r.id));
      if (!checked.ok) this.problems.set(r.id, checked.error);
    }
    this.records = records;
    this.merged = null;
    return records;
  }

  /** The running store: the bundle with every enabled, valid pack laid over it. */
  async store(): Promise<FactStore> {
    const records = await this.load();
    this.merged ??= withPacks(
      this.bundled,
      records.filter((r) => r.enabled && !this.problems.has(r.id)).map((r) => r.pack),
    );
    return this.merged;
  }

  private async context(): Promise<StoreContext> {
    const records = await this.load();
    const own = await this.own();
    return {
      bundled: this.bundled,
      store: await this.store(),
      taken: takenIds(this.bundled, records, own.id),
    };
  }

  private async own(): Promise<FactPack> {
    const id = await this.ownId();
    const records = await this.load();
    return records.find((r) => r.id === id)?.pack ?? emptyOwnPack(id, new Date());
  }

  private async save(record: InstalledPack | null, removeId?: string): Promise<void> {
    const db = await this.db();
    if (record) await putPack(db, record);
    if (removeId) await deletePack(db, removeId);
    this.records = null;
    this.merged = null;
    this.onChange();
  }

  private async saveOwn(change: FactChange): Promise<FactSaved> {
    if (!change.ok) return { saved: false, problems: change.problems };
    const records = await this.load();
    const existing = records.find((r) => r.id === change.pack.id);
    await this.save({
      id: change.pack.id,
      pack: change.pack,
      enabled: existing?.enabled ?? true,
      own: true,
      installedAt: existing?.installedAt ?? new Date().toISOString(),
    });
    return { saved: true, id: change.observation.id };
  }

  /** Adds a figure as one of the reader's facts; `pageText` is the article text of the tab it came from. */
  async addFact(draft: unknown, pageText: string | null): Promise<FactSaved> {
    return this.saveOwn(addFact(await this.own(), draft, pageText, await this.context(), new Date()));
  }

  /** Changes one of the reader's facts. */
  async editFact(id: string, edit: FactEdit): Promise<FactSaved> {
    return this.saveOwn(editFact(await this.own(), id, edit, await this.context(), new Date()));
  }

  /** Deletes one of the reader's facts. */
  async deleteFact(id: string): Promise<void> {
    const own = await this.own();
    if (!own.observations.some((o) => o.id === id)) return;
    await this.saveOwn({
      ok: true,
      pack: deleteFact(own, id, new Date()),
      observation: own.observations[0]!,
    });
  }

  /** Deletes all of the reader's own facts; returns how many there were. */
  async clearOwn(): Promise<number> {
    const own = await this.own();
    await this.save(null, own.id);
    return own.observations.length;
  }

  /** The reader's own facts, newest first, with their sources. */
  async myFacts(): Promise<MyFact[]> {
    const own = await this.own();
    const store = await this.store();
    const metricName = (id: string) => store.metrics.find((m) => m.id === id)?.name ?? { ko: id, en: id };
    return own.observations
      .map((o) => {
        const s = own.sources.find((x) => x.id === o.source)!;
        return {
          observation: o,
          metricName: metricName(o.metric),
          outlet: s.outlet,
          url: s.url,
          headline: s.headline,
          publishedAt: s.publishedAt,
        };
      })
      .reverse();
  }

  /** Every installed pack, the reader's own first. */
  async summaries(): Promise<PackSummary[]> {
    const records = await this.load();
    const ownId = await this.ownId();
    return records
      .map(
        (r): PackSummary => ({
          id: r.id,
          name: r.pack.name,
          author: r.pack.author,
          version: r.pack.version,
          createdAt: r.pack.createdAt,
          count: r.pack.observations.length,
          enabled: r.enabled,
          own: r.id === ownId,
          problem: this.problems.get(r.id) ?? null,
        }),
      )
      .sort((a, b) => Number(b.own) - Number(a.own));
  }

  /** Installs a pack file, whole or not at all; the same version again changes nothing. */
  async import(
    data: unknown,
  ): Promise<{ action: 'install' | 'replace' | 'same'; pack: PackSummary } | { error: string }> {
    const records = await this.load();
    const plan = planImport(data, this.bundled, records, await this.ownId(), new Date());
    if (plan.action === 'refuse') return { error: plan.error };
    if (plan.action !== 'same') await this.save(plan.record);
    const pack = (await this.summaries()).find((p) => p.id === plan.record.id)!;
    return { action: plan.action, pack };
  }

  /** The reader's own facts as a pack file, under the name and author the reader gives. */
  async export(name: string, author: string | null): Promise<FactPack> {
    const own = await this.own();
    const pack = { ...own, name, author };
    if (own.observations.length > 0 && (own.name !== name || own.author !== author))
      await this.saveOwn({ ok: true, pack, observation: own.observations[0]! });
    return pack;
  }

  /** Turns a pack on or off, or removes it. */
  async set(id: string, action: 'enable' | 'disable' | 'remove'): Promise<void> {
    const records = await this.load();
    const r = records.find((x) => x.id === id);
    if (!r) throw new Error(`no installed pack "${id}"`);
    if (action === 'remove') await this.save(null, id);
    else await this.save({ ...r, enabled: action === 'enable' });
  }
}
