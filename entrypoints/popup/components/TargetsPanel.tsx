import { getChoseong } from 'es-hangul';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { MetricDetail } from '../../../lib/search/metric-detail';
import {
  type ProgressStatus,
  progressCsv,
  progressLine,
  type TargetProgress,
} from '../../../lib/store/progress';
import { downloadJson, downloadText } from '../download';
import { type MessageKey, useI18n } from '../i18n';
import { type Answer, send } from '../messaging';
import { MetricChart } from './MetricChart';
import { FailureNotice, Notice } from './Notice';

const STATUS_KEY: Record<ProgressStatus, MessageKey> = {
  achieved: 'targetStatusAchieved',
  'on-track': 'targetStatusOnTrack',
  'at-risk': 'targetStatusAtRisk',
  overdue: 'targetStatusOverdue',
  'no-actual': 'targetStatusNoActual',
};
const pct = (share: number) => `${Math.round(share * 100)}%`;

/** A target matches when its name holds the query, or its 초성 do ("ㅊㅇ" finds 창업). */
function matches(p: TargetProgress, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  const hay = `${p.name.ko} ${p.name.en} ${p.metric}`.toLowerCase();
  return hay.includes(q) || getChoseong(p.name.ko.replace(/\s/g, '')).includes(q.replace(/\s/g, ''));
}

/** The target's values and its actuals on the metric chart; a changed target is a 목표 변경 link. */
function TargetChart({ p }: { p: TargetProgress }) {
  const { t } = useI18n();
  const [detail, setDetail] = useState<MetricDetail | null>(null);
  useEffect(() => {
    const ids = [p.metric, ...new Set(p.actuals.map((a) => a.metric))];
    void Promise.all(ids.map((id) => send({ type: 'metric', id }))).then((answers) => {
      const [target, ...actuals] = answers.map((a) => (a.ok ? a.value : null));
      if (!target) return;
      const keep = new Set([...p.targets, ...p.actuals].map((x) => x.observation));
      setDetail({
        ...target,
        history: [...target.history, ...actuals.flatMap((d) => d?.history ?? [])].filter((h) =>
          keep.has(h.observation.id),
        ),
        // only the changes of the target itself
        discrepancies: target.discrepancies.filter((d) => d.observations.every((id) => keep.has(id))),
      });
    });
  }, [p]);
  return detail ? <MetricChart detail={detail} linkLabel={t('targetChanged')} /> : null;
}

function TargetItem({ p, focused }: { p: TargetProgress; focused: boolean }) {
  const { t, lang, date } = useI18n();
  const [chart, setChart] = useState(false);
  const line = progressLine(p)[lang];
  const share = p.share === null ? null : Math.min(100, Math.round(p.share * 100));
  return (
    <li
      class="target"
      id={`target-${p.metric}`}
      data-status={p.status}
      tabIndex={-1}
      data-focused={focused || undefined}
    >
      <div class="target-head">
        <h3>{p.name[lang]}</h3>
        <span class={`badge status-${p.status}`}>{t(STATUS_KEY[p.status])}</span>
        {p.changed ? <span class="badge badge-bad">{t('targetChanged')}</span> : null}
      </div>
      <div
        class="progress"
        role="progressbar"
        aria-label={line}
        aria-valuemin={0}
        aria-valuemax={100}
        {...(share === null ? { 'aria-valuetext': t('targetNoActual') } : { 'aria-valuenow': share })}
      >
        <span class="progress-fill" style={{ width: `${share ?? 0}%` }} />
      </div>
      <p class="target-line">{line}</p>
      <p class="muted">
        {t('targetDeadline', p.start, p.deadline)}
        {p.share !== null && p.elapsedAtActual !== null
          ? ` · ${t('targetPace', pct(p.share), pct(p.elapsedAtActual))}`
          : ''}
      </p>
      {p.changed ? (
        <div class="target-changes">
          <p>{t('targetChangedFrom')}</p>
          <ol>
            {p.targets.map((x) => (
              <li key={x.observation}>
                <strong>{x.figure[lang]}</strong> · {x.outlet[lang]} · {date(x.date)}
                {x.origin === 'user' ? <span class="badge badge-mine">{t('packOwn')}</span> : null}
                <blockquote>{x.quote}</blockquote>
              </li>
            ))}
          </ol>
        </div>
      ) : (
        <p class="muted">
          {t('targetSource')}: {p.target.outlet[lang]} · {date(p.target.date)}
        </p>
      )}
      {p.actual ? (
        <p class="muted">
          {t('targetActualSource')}: {p.actual.outlet[lang]} · {date(p.actual.date)}
          {p.actual.origin === 'user' ? <span class="badge badge-mine">{t('packOwn')}</span> : null}
        </p>
      ) : null}
      <button type="button" aria-expanded={chart} onClick={() => setChart(!chart)}>
        {chart ? t('targetChartHide') : t('targetChart')}
      </button>
      {chart ? <TargetChart p={p} /> : null}
    </li>
  );
}

/** 목표 추적: every target with its progress, status, deadline and sources; CSV and JSON export. */
export function TargetsPanel({ focus }: { focus: string | null }) {
  const { t } = useI18n();
  const [answer, setAnswer] = useState<Answer<TargetProgress[]> | null>(null);
  const [query, setQuery] = useState('');
  const [reload, setReload] = useState(0);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void send({ type: 'targets' }).then((a) => live && setAnswer(a));
    return () => {
      live = false;
    };
  }, [reload]);
  // A pack changed (a fact added in a card, an import): read the tracker again, no reload needed.
  useEffect(() => {
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && 'storeChanged' in changes) setReload((n) => n + 1);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  useEffect(() => {
    if (!focus || !answer?.ok) return;
    const el = document.getElementById(`target-${focus}`);
    el?.scrollIntoView({ block: 'start' });
    el?.focus();
  }, [focus, answer]);

  if (!answer) return <p class="muted">{t('loading')}</p>;
  if (!answer.ok) return <FailureNotice failure={answer} onRetry={() => setReload((n) => n + 1)} />;
  const all = answer.value;
  const shown = all.filter((p) => matches(p, query));
  const stamp = new Date().toISOString().slice(0, 10);
  return (
    <div class="targets-panel">
      <h2>{t('targetsHeading')}</h2>
      <p class="hint rule">{t('targetsRule')}</p>
      <label class="author">
        {t('targetsSearch')}
        <input type="search" value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
      </label>
      <div class="toolbar">
        <button
          type="button"
          onClick={() => {
            downloadText(progressCsv(all), `gwangju-ai-targets-${stamp}.csv`, 'text/csv;charset=utf-8');
            setMessage(t('targetsExported', all.length));
          }}
        >
          {t('targetsExportCsv')}
        </button>
        <button
          type="button"
          onClick={() => {
            const report = { generatedAt: new Date().toISOString(), rule: t('targetsRule'), targets: all };
            downloadJson(report, `gwangju-ai-targets-${stamp}.json`);
            setMessage(t('targetsExported', all.length));
          }}
        >
          {t('targetsExportJson')}
        </button>
      </div>
      {message ? <Notice tone="success">{message}</Notice> : null}
      {shown.length === 0 ? (
        <p class="muted">{t('targetsEmpty')}</p>
      ) : (
        <ul class="targets">
          {shown.map((p) => (
            <TargetItem key={p.metric} p={p} focused={p.metric === focus} />
          ))}
        </ul>
      )}
    </div>
  );
}
