import { useEffect, useState } from 'preact/hooks';
import type { StoreStatus } from '../../../lib/protocol/messages';
import type { Settings } from '../../../lib/protocol/settings';
import { useI18n } from '../i18n';
import { send } from '../messaging';
import { Notice } from './Notice';

export interface SettingsPanelProps {
  settings: Settings;
  /** host name of the current tab, null when unknown or not a web page */
  host: string | null;
  onChange: (next: Settings) => Promise<void>;
}

/** 설정: off on this site, show unknown figures, language. Saved at once. */
export function SettingsPanel({ settings, host, onChange }: SettingsPanelProps) {
  const { t } = useI18n();
  const [saved, setSaved] = useState<string | null>(null);
  const [store, setStore] = useState<StoreStatus | null>(null);

  useEffect(() => {
    let live = true;
    void send({ type: 'store-status' }).then((a) => live && a.ok && setStore(a.value));
    return () => {
      live = false;
    };
  }, []);

  const save = async (next: Settings) => {
    setSaved(null);
    try {
      await onChange(next);
      setSaved(t('settingsSaved'));
    } catch (e) {
      setSaved(t('errFailed', e instanceof Error ? e.message : String(e)));
    }
  };
  const siteOff = host !== null && settings.disabledSites.includes(host);
  const setSiteOff = (off: boolean, site = host) => {
    if (!site) return;
    const rest = settings.disabledSites.filter((s) => s !== site);
    void save({ ...settings, disabledSites: off ? [...rest, site] : rest });
  };
  const others = settings.disabledSites.filter((s) => s !== host);

  return (
    <form class="settings" onSubmit={(e) => e.preventDefault()}>
      <h2>{t('settingsHeading')}</h2>

      <fieldset>
        <legend>{t('siteHeading')}</legend>
        {host ? (
          <>
            <label class="check">
              <input
                type="checkbox"
                checked={siteOff}
                onChange={(e) => setSiteOff((e.currentTarget as HTMLInputElement).checked)}
              />
              {t('settingsSite')}
            </label>
            <p class="hint">{t('settingsSiteHost', host)}</p>
          </>
        ) : (
          <p class="muted">{t('settingsNoSite')}</p>
        )}
        {others.length ? (
          <div>
            <p class="hint">{t('settingsDisabledList')}</p>
            <ul class="sites">
              {others.map((site) => (
                <li key={site}>
                  <span>{site}</span>{' '}
                  <button type="button" class="link-button" onClick={() => setSiteOff(false, site)}>
                    {t('settingsEnableAgain', site)}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </fieldset>

      <fieldset>
        <legend>{t('statusUnknown')}</legend>
        <label class="check">
          <input
            type="checkbox"
            checked={settings.showUnknown}
            onChange={(e) =>
              void save({ ...settings, showUnknown: (e.currentTarget as HTMLInputElement).checked })
            }
          />
          {t('settingsShowUnknown')}
        </label>
      </fieldset>

      <fieldset>
        <legend>{t('settingsLang')}</legend>
        {(['auto', 'ko', 'en'] as const).map((lang) => (
          <label class="check" key={lang}>
            <input
              type="radio"
              name="lang"
              value={lang}
              checked={settings.lang === lang}
              onChange={() => void save({ ...settings, lang })}
            />
            {t(lang === 'auto' ? 'langAuto' : lang === 'ko' ? 'langKo' : 'langEn')}
          </label>
        ))}
      </fieldset>

      {saved ? <Notice tone="success">{saved}</Notice> : null}
      <p class="hint">{t('settingsPrivacy')}</p>
      {store?.version ? <p class="hint">{t('settingsStore', store.version)}</p> : null}
    </form>
  );
}
