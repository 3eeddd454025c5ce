import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  DEFAULT_SETTINGS,
  normalizeSettings,
  readSettings,
  type Settings,
  settingsItem,
} from '../../lib/protocol/settings';
import { FlagsPanel } from './components/FlagsPanel';
import { MetricPage } from './components/MetricPage';
import { MyFactsPanel } from './components/MyFactsPanel';
import { type ActiveTab, PagePanel } from './components/PagePanel';
import { SearchPanel, type SearchState } from './components/SearchPanel';
import { SettingsPanel } from './components/SettingsPanel';
import { panelId, Tabs, tabId } from './components/Tabs';
import { TargetsPanel } from './components/TargetsPanel';
import { effectiveLang, I18nContext, type Lang, loadMessages, makeI18n } from './i18n';

type TabKey = 'search' | 'page' | 'targets' | 'facts' | 'flags' | 'settings';

// popup.html?view=targets&target=ID opens the tracker at a target (the card's "목표 추적 보기").
const params = new URLSearchParams(location.search);
const VIEW_TARGETS = params.get('view') === 'targets';
const FOCUS_TARGET = VIEW_TARGETS ? params.get('target') : null;

/** The host of an http(s) address, or null. */
function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : null;
  } catch {
    return null;
  }
}

/** The popup: a fact lookup (검색), this page's analysis, the reader's facts, flags and settings. */
export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  // the messages for a language browser.i18n does not answer in (see loadMessages)
  const [messages, setMessages] = useState<{
    for: Lang | null;
    table: Awaited<ReturnType<typeof loadMessages>>;
  }>({ for: null, table: null });
  const [tab, setTab] = useState<TabKey>(VIEW_TARGETS ? 'targets' : 'search');
  const [metric, setMetric] = useState<{ id: string; from: string } | null>(null);
  const [search, setSearch] = useState<SearchState>({ query: '', answered: '', answer: null });
  const [activeTab, setActiveTab] = useState<ActiveTab | null | undefined>(undefined);
  /** the result a closed metric page returns focus to; the search box then does not take it */
  const [returnTo, setReturnTo] = useState<string | null>(null);

  useEffect(() => {
    readSettings()
      .then(setSettings)
      .catch(() => setSettings(DEFAULT_SETTINGS));
    return settingsItem.watch((value) => setSettings(normalizeSettings(value)));
  }, []);

  useEffect(() => {
    // popup.html?tab=N shows tab N: the popup opened as a page of its own (pinned in a window,
    // or by the e2e tests, where the popup bubble cannot be driven).
    const pinned = Number(new URLSearchParams(location.search).get('tab'));
    const found =
      Number.isInteger(pinned) && pinned > 0
        ? browser.tabs.get(pinned).then((t) => [t])
        : browser.tabs.query({ active: true, currentWindow: true });
    found
      .then(([t]) => setActiveTab(t ? { id: t.id ?? null, url: t.url ?? null } : null))
      .catch(() => setActiveTab(null));
  }, []);

  const lang = effectiveLang(settings?.lang);
  useEffect(() => {
    let live = true;
    void loadMessages(lang).then((table) => live && setMessages({ for: lang, table }));
    return () => {
      live = false;
    };
  }, [lang]);

  const i18n = useMemo(() => makeI18n(lang, messages.for === lang ? messages.table : null), [lang, messages]);
  const { t } = i18n;

  useEffect(() => {
    document.documentElement.lang = i18n.lang;
    document.title = t('popupTitle');
  }, [i18n, t]);

  const openMetric = (id: string, from: string) => setMetric({ id, from });
  const closeMetric = () => {
    const from = metric?.from ?? null;
    setMetric(null);
    setReturnTo(from);
    // give focus back to what opened the page; it may render a few frames later (after a fetch)
    if (!from) return;
    const selector = `[data-hit-id="${CSS.escape(from)}"]`;
    let frames = 0;
    const tryFocus = () => {
      const el = document.querySelector<HTMLElement>(selector);
      if (el) el.focus();
      else if (++frames < 60) requestAnimationFrame(tryFocus);
    };
    requestAnimationFrame(tryFocus);
  };
  const selectTab = (next: TabKey) => {
    setMetric(null);
    setReturnTo(null);
    setTab(next);
  };
  const saveSettings = async (next: Settings) => {
    await settingsItem.setValue(next);
    setSettings(next);
  };

  const tabs = [
    { id: 'search' as const, label: t('tabSearch') },
    { id: 'page' as const, label: t('tabPage') },
    { id: 'targets' as const, label: t('tabTargets') },
    { id: 'facts' as const, label: t('tabFacts') },
    { id: 'flags' as const, label: t('tabFlags') },
    { id: 'settings' as const, label: t('tabSettings') },
  ];

  let panel = null;
  if (metric) panel = <MetricPage metricId={metric.id} onBack={closeMetric} />;
  else if (tab === 'search')
    panel = (
      <SearchPanel
        state={search}
        onState={setSearch}
        onOpenMetric={openMetric}
        focusInput={returnTo === null}
      />
    );
  else if (tab === 'page') panel = <PagePanel tab={activeTab} onOpenMetric={openMetric} />;
  else if (tab === 'targets') panel = <TargetsPanel focus={FOCUS_TARGET} />;
  else if (tab === 'facts') panel = <MyFactsPanel />;
  else if (tab === 'flags') panel = <FlagsPanel />;
  else
    panel = settings ? (
      <SettingsPanel settings={settings} host={hostOf(activeTab?.url)} onChange={saveSettings} />
    ) : (
      <p class="muted">{t('loading')}</p>
    );

  return (
    <I18nContext.Provider value={i18n}>
      <div class="app">
        <header class="app-header">
          <h1>{t('popupTitle')}</h1>
        </header>
        <Tabs label={t('tabsLabel')} tabs={tabs} selected={tab} onSelect={selectTab} />
        <main class="panel" role="tabpanel" id={panelId(tab)} aria-labelledby={tabId(tab)}>
          {panel}
        </main>
      </div>
    </I18nContext.Provider>
  );
}
