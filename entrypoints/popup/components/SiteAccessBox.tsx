import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { SiteAccess } from '../../../lib/protocol/messages';
import { useI18n } from '../i18n';
import { type Answer, send } from '../messaging';
import { FailureNotice, Notice } from './Notice';

export interface SiteAccessBoxProps {
  access: SiteAccess;
}

type Outcome =
  | { state: 'idle' }
  | { state: 'denied' }
  | { state: 'enabled' }
  | { state: 'error'; answer: Answer<unknown> & { ok: false } };

/** Whether the extension runs on this site, and the opt-in for a site it does not know. */
export function SiteAccessBox({ access }: SiteAccessBoxProps) {
  const { t } = useI18n();
  const [outcome, setOutcome] = useState<Outcome>({ state: 'idle' });
  const [busy, setBusy] = useState(false);
  const origin = access.origin;

  const enable = async () => {
    if (!origin) return;
    setBusy(true);
    try {
      // permissions.request must run inside the click (a user gesture): nothing is awaited before it.
      let granted = false;
      try {
        granted = await browser.permissions.request({ origins: [`${origin}/*`] });
      } catch (e) {
        setOutcome({
          state: 'error',
          answer: { ok: false, reason: 'failed', error: e instanceof Error ? e.message : String(e) },
        });
        return;
      }
      if (!granted) {
        setOutcome({ state: 'denied' });
        return;
      }
      const answer = await send({ type: 'enable-site', origin });
      setOutcome(answer.ok ? { state: 'enabled' } : { state: 'error', answer });
    } finally {
      setBusy(false);
    }
  };

  let status: string;
  if (!access.eligible) status = t('siteNotEligible');
  else if (access.supported) status = t('siteSupported');
  else if (access.granted || outcome.state === 'enabled') status = t('siteGranted');
  else status = t('siteOffer', origin ?? '');
  const offer =
    access.eligible && !access.supported && !access.granted && origin && outcome.state !== 'enabled';

  return (
    <section class="site-access" aria-labelledby="site-heading">
      <h3 id="site-heading">{t('siteHeading')}</h3>
      <p>{status}</p>
      {offer ? (
        <button type="button" class="primary" onClick={enable} disabled={busy}>
          {t('siteEnable')}
        </button>
      ) : null}
      {outcome.state === 'enabled' ? <Notice tone="success">{t('siteEnabled', origin ?? '')}</Notice> : null}
      {outcome.state === 'denied' ? <Notice>{t('siteDenied')}</Notice> : null}
      {outcome.state === 'error' ? <FailureNotice failure={outcome.answer} /> : null}
    </section>
  );
}
