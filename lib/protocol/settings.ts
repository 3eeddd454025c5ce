import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, normalizeSettings, SETTINGS_KEY, type Settings } from './settings-shape';

export { DEFAULT_SETTINGS, normalizeSettings, type Settings } from './settings-shape';

/** The settings item (popup side); reads never fail: a missing or damaged value reads as the defaults. */
export const settingsItem = storage.defineItem<Settings>(`local:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Reads the settings, normalised. */
export async function readSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}
