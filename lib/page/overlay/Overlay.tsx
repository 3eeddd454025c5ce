import type { FlagAnchor } from '../../shared/flag-anchor';
import type { PageReport, ReportStatement } from '../../shared/report';
import { type CardForm, type CardPlacement, FigureCard } from './FigureCard';
import { SummaryPanel } from './SummaryPanel';
import type { Strings } from './strings';

/** The reader's flags on the page: by figure index, and those whose sentence is gone. */
export interface FlagsOnPage {
  byFigure: ReadonlyMap<number, FlagAnchor[]>;
  lost: FlagAnchor[];
}

export interface OverlayProps {
  report: PageReport;
  shown: ReadonlySet<number>;
  lang: 'ko' | 'en';
  t: Strings;
  /** the open card, if any */
  card: { index: number; placement: CardPlacement; takeFocus: boolean } | null;
  onCloseCard(): void;
  onCardPointer(inside: boolean): void;
  /** the address of a figure's flag or add-a-fact frame */
  frameAddress(index: number, form: CardForm): string | null;
  /** the reader's flags on this page, found again (or not) */
  flagged: FlagsOnPage | null;
  /** a flag was saved from a card (find the page's flags again), or a fact (judge the page again) */
  onSaved(form: CardForm): void;
  onShowFigure(index: number): void;
  onOpenTracker(target: string): void;
}

/** Everything the extension draws in the page, inside one shadow root: the card and the panel. */
/**
 * The statements a figure's card shows: those on its metric's topic first, then the page's,
 * three at most.
 */
function statementsFor(report: PageReport, metric: string | null): ReportStatement[] {
  const topic = metric ? report.metrics[metric]?.topic : undefined;
  const onTopic = report.statements.filter((s) => topic !== undefined && s.topics.includes(topic));
  const rest = report.statements.filter((s) => !onTopic.includes(s));
  return [...onTopic, ...rest].slice(0, 3);
}

export function Overlay(props: OverlayProps) {
  const { report, card, lang, t } = props;
  const figure = card ? report.figures[card.index] : undefined;
  return (
    <>
      {card && figure ? (
        <FigureCard
          key={card.index}
          figure={figure}
          history={figure.metric ? report.metrics[figure.metric] : undefined}
          discrepancies={report.discrepancies
            .filter((d) => d.metric === figure.metric)
            .map((d) => ({
              id: d.id,
              text: d.summary[lang],
              note: d.note,
            }))}
          statements={statementsFor(report, figure.metric)}
          lang={lang}
          t={t}
          placement={card.placement}
          takeFocus={card.takeFocus}
          onClose={props.onCloseCard}
          onPointerEnter={() => props.onCardPointer(true)}
          onPointerLeave={() => props.onCardPointer(false)}
          frameAddress={(form) => props.frameAddress(card.index, form)}
          myFlags={props.flagged?.byFigure.get(card.index) ?? []}
          onSaved={props.onSaved}
          onOpenTracker={props.onOpenTracker}
        />
      ) : null}
      <SummaryPanel
        report={report}
        shown={props.shown}
        lang={lang}
        t={t}
        onShowFigure={props.onShowFigure}
        lostFlags={props.flagged?.lost ?? []}
      />
    </>
  );
}
