import { type FactDb, type Flag, putFlagsAtomically } from './fact-db';

/** The outcome of saving flags, in words a reader can act on. */
export type SaveResult = { ok: true; value: { saved: number } } | { ok: false; error: string };

/**
 * Saves flags all-or-nothing and turns storage failures into a clear message: a full disk
 * (QuotaExceededError), a malformed flag, or an aborted write. Never throws.
 */
export async function saveFlags(db: FactDb, flags: readonly Flag[]): Promise<SaveResult> {
  try {
    await putFlagsAtomically(db, flags);
    return { ok: true, value: { saved: flags.length } };
  } catch (e) {
    const name = (e as { name?: string } | null)?.name;
    const reason =
      name === 'QuotaExceededError'
        ? 'the browser has no storage space left for this extension; delete some flags or free disk space'
        : name === 'AbortError'
          ? 'the write was interrupted; nothing was saved, try again'
          : name === 'ZodError'
            ? `a flag is malformed (${(e as Error).message.split('\n')[0]})`
            : e instanceof Error
              ? e.message
              : String(e);
    return { ok: false, error: `not saved: ${reason}` };
  }
}
