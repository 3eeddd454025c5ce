import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Settings } from '../../lib/protocol/settings';
import type koMessages from '../../public/_locales/ko/messages.json';

// The popup's words come from public/_locales. The popup speaks Korean unless the browser UI is
// English or the reader chose a language; browser.i18n answers in the locale the browser picked,
// so when that is not the language wanted, the popup reads the wanted locale's messages.json.

export type Lang = 'ko' | 'en';
export type MessageKey = keyof typeof koMessages;
type Table = Record<string, { message?: string } | undefined>;

export interface I18n {
  lang: Lang;
  /** the message for `key` with {0}, {1} ... replaced by `subs`; the key itself if missing */
  t: (key: MessageKey, ...subs: Array<string | number>) => string;
  /** a date (YYYY-MM-DD or ISO time) in the reader's language; the input unchanged if unreadable */
  date: (iso: string, withTime?: boolean) => string;
}

/** The language the popup speaks: the setting, or Korean unless the browser UI is English. */
export function effectiveLang(setting: Settings['lang'] | undefined): Lang {
  if (setting === 'ko' || setting === 'en') return setting;
  let ui = '';
  try {
    ui = browser.i18n.getUILanguage();
  } catch {
    ui = globalThis.navigator?.language ?? '';
  }
  return ui.toLowerCase().startsWith('en') ? 'en' : 'ko';
}

const getMessage = (key: string): string => {
  try {
    return (browser.i18n.getMessage as (name: string) => string)(key);
  } catch {
    return '';
  }
};

/**
 * The messages of `lang` when browser.i18n would give another language (a forced language, or a
 * browser whose message locale differs from its UI language, as headless Chromium's does), or
 * null to use browser.i18n. Reads the extension's own messages.json (no network).
 */
export async function loadMessages(lang: Lang): Promise<Table | null> {
  if (getMessage('lang') === lang) return null;
  try {
    const url =
      lang === 'en'
        ? browser.runtime.getURL('/_locales/en/messages.json')
        : browser.runtime.getURL('/_locales/ko/messages.json');
    const response = await fetch(url);
    return (await response.json()) as Table;
  } catch {
    return null;
  }
}

export function makeI18n(lang: Lang, table: Table | null): I18n {
  const dateOnly = new Intl.DateTimeFormat(lang === 'en' ? 'en-US' : 'ko-KR', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'Asia/Seoul',
  });
  const dateTime = new Intl.DateTimeFormat(lang === 'en' ? 'en-US' : 'ko-KR', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return {
    lang,
    t: (key, ...subs) => {
      const raw = table?.[key]?.message || getMessage(key) || key;
      return raw.replace(/\{(\d)\}/g, (_, i: string) => String(subs[Number(i)] ?? ''));
    },
    date: (iso, withTime = false) => {
      // a bare YYYY-MM-DD is a KST calendar date: read it at noon KST so no zone shifts the day
      const t = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T12:00:00+09:00` : iso);
      if (Number.isNaN(t)) return iso;
      return (withTime ? dateTime : dateOnly).format(t);
    },
  };
}

export const I18nContext = createContext<I18n>(makeI18n('ko', null));

export function useI18n(): I18n {
  return useContext(I18nContext);
}
