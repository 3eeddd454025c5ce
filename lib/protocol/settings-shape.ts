// The settings' shape and a reader with no dependency: the content script reads settings on
// every page load and must stay small, so it does not load the storage library.

/** The reader's settings, kept in extension storage (never synced off the device). */
export interface Settings {
  /** host names where the extension stays off */
  disabledSites: string[];
  /** mark figures no metric is tied to */
  showUnknown: boolean;
  /** UI language: follow the browser (Korean unless it is English), or force one */
  lang: 'auto' | 'ko' | 'en';
}

/** The storage.local key (the popup writes it through WXT storage as "local:settings"). */
export const SETTINGS_KEY = 'settings';

export const DEFAULT_SETTINGS: Settings = { disabledSites: [], showUnknown: true, lang: 'auto' };

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

/** Reads the settings straight from storage.local; the defaults when storage cannot be read. */
export async function readStoredSettings(): Promise<Settings> {
  try {
    const got = await browser.storage.local.get(SETTINGS_KEY);
    return normalizeSettings(got[SETTINGS_KEY]);
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** Calls `fn` with the new settings whenever they change in storage (the popup's toggles). */
export function watchSettings(fn: (settings: Settings) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes) fn(normalizeSettings(changes[SETTINGS_KEY]?.newValue));
  });
}
