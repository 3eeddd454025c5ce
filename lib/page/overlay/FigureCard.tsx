import { useEffect, useRef, useState } from 'preact/hooks';
import type { FlagAnchor } from '../../shared/flag-anchor';
import { formatQuantity, formatQuantityEnglish } from '../../shared/quantity/format-quantity';
import type { MetricHistory, PageFigure, ReportStatement } from '../../shared/report';
import { STATUS_SIGN } from '../../shared/status-sign';
import { StatementList } from './StatementList';
import { evidenceLine, type Strings } from './strings';

/** Where to draw the card: fixed-position box that never covers the figure. */
export interface CardPlacement {
  left: number;
  width: number;
  top?: number;
  bottom?: number;
  maxHeight: number;
}

export interface FigureCardProps {
  figure: PageFigure;
  history: MetricHistory | undefined;
  /** the figure's metric's discrepancies, worded */
  discrepancies: { id: string; text: string; note: string | null }[];
  statements: ReportStatement[];
  lang: 'ko' | 'en';
  t: Strings;
  placement: CardPlacement;
  /** opened from the keyboard with Enter: focus moves into the card */
  takeFocus: boolean;
  onClose(): void;
  onPointerEnter(): void;
  onPointerLeave(): void;
  /** the address of the extension-origin frame that holds the flag or add-a-fact form for this figure */
  frameAddress(form: CardForm): string | null;
  /** the reader's earlier flags on this figure (date and reason; the note stays in the extension) */
  myFlags: readonly FlagAnchor[];
  onSaved(form: CardForm): void;
  /** open the pledge tracker at a target, in a tab of its own */
  onOpenTracker(target: string): void;
}

/** The card's two private forms, each in an extension-origin frame. */
export type CardForm = 'flag' | 'fact';

/** Places a card of `width` next to `rect` inside a viewport, below when there is room, else above. */
export function placeCard(rect: DOMRect, viewport: { width: number; height: number }): CardPlacement {
  const margin = 8;
  const width = Math.min(360, viewport.width - 2 * margin);
  const left = Math.max(margin, Math.min(rect.left, viewport.width - width - margin));
  const below = viewport.height - rect.bottom - margin * 2;
  const above = rect.top - margin * 2;
  if (below >= 220 || below >= above) {
    return { left, width, top: rect.bottom + 6, maxHeight: Math.max(120, Math.min(480, below)) };
  }
  return {
    left,
    width,
    bottom: viewport.height - rect.top + 6,
    maxHeight: Math.max(120, Math.min(480, above)),
  };
}

/** The card for one figure: reading, status, stored history, discrepancies, statements, flag. */
export function FigureCard(props: FigureCardProps) {
  const { figure: f, history, t, lang, placement } = props;
  const [form, setForm] = useState<CardForm | null>(null);
  const [frameHeight, setFrameHeight] = useState<number | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const explanation = f.explanation[lang];
  const readKo = formatQuantity(f);
  const readEn = formatQuantityEnglish(f);

  useEffect(() => {
    if (props.takeFocus) root.current?.querySelector<HTMLElement>('button, textarea')?.focus();
  }, [props.takeFocus]);

  // The frame says how the form ended, or how tall it is; only a message from our frame, from an
  // extension origin, counts (in Chrome the frame's address is a per-session alias of the
  // extension's origin). A page can post "saved" too, but nothing is written by that.
  useEffect(() => {
    if (!form) return;
    const onMessage = (e: MessageEvent) => {
      if (e.source !== frame.current?.contentWindow || !/^(chrome|moz)-extension:\/\//.test(e.origin)) return;
      const data = e.data as { type?: string; state?: string; height?: unknown };
      if (data?.type !== 'gctx-flag-frame') return;
      if (data.state === 'resize') {
        if (typeof data.height === 'number' && data.height > 0)
          setFrameHeight(Math.min(1200, Math.ceil(data.height)));
        return;
      }
      setForm(null);
      setFrameHeight(null);
      if (data.state === 'saved') {
        setMessage(form === 'fact' ? t.factSaved : t.saved);
        props.onSaved(form);
      }
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [form, t.saved, t.factSaved]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      props.onClose();
    }
  };

  const style: Record<string, string> = {
    left: `${placement.left}px`,
    width: `${placement.width}px`,
    maxHeight: `${placement.maxHeight}px`,
  };
  if (placement.top !== undefined) style.top = `${placement.top}px`;
  if (placement.bottom !== undefined) style.bottom = `${placement.bottom}px`;

  return (
    <div
      ref={root}
      class="card"
      role="dialog"
      aria-label={`${t.cardLabel}: ${f.text}`}
      data-status={f.status}
      style={style}
      onKeyDown={onKeyDown}
      onPointerEnter={props.onPointerEnter}
      onPointerLeave={props.onPointerLeave}
    >
      <div class="card-head">
        <p class="reading">
          <span class="figure-text">{f.text}</span>
          <span class="eq"> = </span>
          <span>{lang === 'ko' ? `${readKo} (${readEn})` : readEn}</span>
        </p>
        <button type="button" class="close" aria-label={t.close} onClick={props.onClose}>
          ×
        </button>
      </div>
      <p class={`status status-${f.status}`}>
        <span aria-hidden="true">{STATUS_SIGN[f.status]}</span> <strong>{t[f.status]}</strong>
        {f.metricName ? <span class="metric"> · {f.metricName[lang]}</span> : null}
      </p>
      {f.status !== 'discrepancy' && props.discrepancies.length > 0 ? (
        <p class="warning">
          <span aria-hidden="true">⚠</span> {t.metricHasDiscrepancy} ({props.discrepancies.length})
        </p>
      ) : null}
      <p class="explanation">{explanation}</p>
      {f.evidence ? (
        <p class="evidence" data-slot={f.evidence.slot}>
          <span class="tied">{evidenceLine(t, f.evidence).tied}</span>
          <span class="decided">{evidenceLine(t, f.evidence).decided}</span>
        </p>
      ) : null}
      {f.scope.label && !f.scope.inherited ? (
        <p class="scope">
          {t.thisArticle}: {f.scope.label}
        </p>
      ) : null}

      {history?.progress ? (
        <p class="progress-line">
          {history.progress.line[lang]}{' '}
          <button type="button" class="link" onClick={() => props.onOpenTracker(history.progress!.target)}>
            {t.openTracker}
          </button>
        </p>
      ) : null}

      <h3>{t.facts}</h3>
      {history && history.history.length > 0 ? (
        <ol class="history">
          {history.history.map((h) => (
            <li key={h.id} class={f.facts.includes(h.id) ? 'cited' : undefined} data-origin={h.origin}>
              <div class="history-line">
                {h.origin === 'user' ? <span class="mine">{t.myFacts}</span> : null}
                <strong>{h.figure[lang]}</strong> · {t[h.kind]} · {h.scope}
              </div>
              {h.origin === 'user' ? (
                // The reader's facts stay out of the page's reach: no source or quote in the page.
                <div class="history-source">{t.myFactHidden}</div>
              ) : (
                <>
                  <div class="history-source">
                    {h.outlet[lang]} · {h.date}
                  </div>
                  <blockquote>{h.quote}</blockquote>
                </>
              )}
            </li>
          ))}
        </ol>
      ) : (
        <p class="muted">{t.noFacts}</p>
      )}

      {props.discrepancies.length > 0 ? (
        <>
          <h3>{t.discrepancies}</h3>
          <ul class="discrepancies">
            {props.discrepancies.map((d) => (
              <li key={d.id}>
                {d.text}
                {d.note && lang === 'ko' ? <p class="note">{d.note}</p> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {props.statements.length > 0 ? (
        <>
          <h3>{t.statements}</h3>
          <StatementList statements={props.statements} lang={lang} />
        </>
      ) : null}

      {props.myFlags.map((m) => (
        <p key={m.id} class="my-flag">
          <span aria-hidden="true">⚑ </span>
          {t.myFlag}: {m.createdAt.slice(0, 10)}
          {m.reason ? ` · ${t[`flagReason_${m.reason}` as const]}` : ''}
        </p>
      ))}
      {form ? (
        <iframe
          ref={frame}
          class={form === 'fact' ? 'flag-frame fact-frame' : 'flag-frame'}
          title={form === 'fact' ? t.addFact : t.report}
          src={props.frameAddress(form) ?? 'about:blank'}
          style={frameHeight ? { height: `${frameHeight}px` } : undefined}
          // what the reader types is typed here, in the extension's origin: the page cannot read or hear it
        />
      ) : (
        <div class="card-actions">
          <button
            type="button"
            class="flag"
            onClick={() => {
              setMessage(null);
              setForm('flag');
            }}
          >
            {t.report}
          </button>
          <button
            type="button"
            class="add-fact"
            onClick={() => {
              setMessage(null);
              setForm('fact');
            }}
          >
            {t.addFact}
          </button>
        </div>
      )}
      {message ? (
        <p class="message" role="status">
          {message}
        </p>
      ) : null}
    </div>
  );
}
