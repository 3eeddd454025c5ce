import { storage } from 'wxt/utils/storage';

/** The reader's settings, kept in extension storage (never synced off the device). */
export interface Settings {
  /** host names where the extension stays off */
  disabledSites: string[];
  /** mark figures no metric is tied to */
  showUnknown: boolean;
  /** UI language: follow the browser (Korean unless it is English), or force one */
  lang: 'auto' | 'ko' | 'en';
}

export const DEFAULT_SETTINGS: Settings = { disabledSites: [], showUnknown: true, lang: 'auto' };

/** The settings item; reads never fail (a missing or damaged value reads as the defaults). */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Settings with every field present, whatever shape was stored. */
export function normalizeSettings(value: unknown): Settings {
  const v = (value && typeof value === 'object' ? value : {}) as Partial<Settings>;
  return {
    disabledSites: Array.isArray(v.disabledSites)
      ? v.disabledSites.filter((s): s is string => typeof s === 'string')
      : [],
    showUnknown: typeof v.showUnknown === 'boolean' ? v.showUnknown : DEFAULT_SETTINGS.showUnknown,
    lang: v.lang === 'ko' || v.lang === 'en' || v.lang === 'auto' ? v.lang : 'auto',
  };
}

/** Reads the settings, normalised. */
export async function readSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}
