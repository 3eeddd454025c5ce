import { josa } from 'es-hangul';
import type { Bilingual } from '../bilingual';
import { formatQuantity, formatQuantityEnglish } from '../quantity/format-quantity';
import type { ClaimFrame, DecidingSlot, HistoryEntry, JudgedFigure, MetricHistory } from '../report';

// The words for a judgment, in both languages, in one place: the card, the panel, the popup and
// the CLI all call these. The judge returns data (status, deciding slot, claim frame, the
// observations it rests on); nothing here decides anything.

/**
 * A stored value as a citation: "4,116억 원 (광주일보, 2021-03-03, 1단계 (2024년까지))"; a value
 * from a fact pack says so first: "(내 자료 · 연합뉴스, …)".
 */
export function citeEntry(h: HistoryEntry, lang: 'ko' | 'en'): string {
  const mine = h.origin === 'user' ? (lang === 'ko' ? '내 자료 · ' : 'my facts · ') : '';
  return `${h.figure[lang]} (${mine}${h.outlet[lang]}, ${h.date}, ${h.scope})`;
}

const KIND_KO = {
  target: '목표',
  budget: '예산·사업비',
  actual: '실적',
  forecast: '전망·효과 추정',
} as const;
const KIND_EN = {
  target: 'a target',
  budget: 'a budget',
  actual: 'an actual count',
  forecast: 'a forecast',
} as const;
const OBS_KIND_KO = {
  target: '목표',
  plan: '계획',
  budget: '예산',
  actual: '실적',
  forecast: '전망',
} as const;

/** Why a figure tied to a metric is not judged, in one plain line per language. */
function whyNotJudged(
  slot: DecidingSlot,
  frame: ClaimFrame,
  kinds: readonly HistoryEntry['kind'][],
): Bilingual {
  const kindsKo = [...new Set(kinds.map((k) => OBS_KIND_KO[k]))].join('·');
  switch (slot) {
    case 'link':
      return {
        ko: '이 수치가 놓인 구절에 지표가 직접 나오지 않아 판정하지 않습니다',
        en: 'The metric is not named in the figure’s own clause, so it is not judged',
      };
    case 'kind':
      return frame.kind
        ? {
            ko: `이 수치는 ${KIND_KO[frame.kind]}입니다. 사실 자료는 ${kindsKo}${josa.pick(kindsKo, '을/를')} 담고 있습니다`,
            en: `This figure is ${KIND_EN[frame.kind]}; the store holds another kind of number`,
          }
        : {
            ko: '목표인지 실적인지 예산인지 문장에서 알 수 없어 판정하지 않습니다',
            en: 'The sentence does not say whether this is a target, a budget or an actual count',
          };
    case 'role':
      return frame.role === 'part' || frame.role === 'share'
        ? {
            ko: `이 수치는 전체의 일부입니다(“${frame.roleCue}”). 사실 자료는 전체 값을 담고 있습니다`,
            en: `This figure is a part of a total (“${frame.roleCue}”); the store holds the whole`,
          }
        : frame.role === 'from'
          ? {
              ko: `이 수치는 바뀌기 전의 값입니다(“${frame.roleCue}”)`,
              en: `This figure is the value before a change (“${frame.roleCue}”)`,
            }
          : frame.role === 'change'
            ? {
                ko: '이 수치는 늘거나 준 폭입니다',
                en: 'This figure is an increase or decrease, not a level',
              }
            : {
                ko: `이 수치는 효과 추정치입니다(“${frame.roleCue}”). 사실 자료는 ${kindsKo}입니다`,
                en: `This figure is an effect estimate (“${frame.roleCue}”); the store holds other numbers`,
              };
    case 'phase':
      return frame.phase
        ? {
            ko: `이 수치는 ${frame.phase}단계 사업의 수치입니다. 사실 자료는 다른 단계(또는 사업 전체)의 값입니다`,
            en: `This figure is of phase ${frame.phase}; the store holds another phase (or the whole programme)`,
          }
        : {
            ko: '어느 단계의 수치인지 문장에서 알 수 없어 판정하지 않습니다',
            en: 'The sentence does not say which phase this figure is of',
          };
    case 'cohort':
      return {
        ko: frame.cohort
          ? `이 수치는 ${frame.cohort}기의 수치입니다. 사실 자료는 다른 기수입니다`
          : '어느 기수의 수치인지 알 수 없습니다',
        en: frame.cohort
          ? `This figure is of cohort ${frame.cohort}; the store holds another cohort`
          : 'The cohort is not stated',
      };
    case 'annual':
      return {
        ko: '이 수치는 한 해 배정액입니다. 사실 자료는 여러 해에 걸친 총액을 담고 있습니다',
        en: 'This figure is one year’s amount; the store holds a multi-year total',
      };
    case 'year':
      return {
        ko: '이 수치는 다른 해(회계연도)의 값입니다',
        en: 'This figure is of another (fiscal) year',
      };
    case 'sibling':
      return {
        ko: '같은 문장이 이 지표의 저장된 값을 따로 적고 있어, 이 수치는 그 일부이거나 다른 수치입니다',
        en: 'The same sentence states this metric’s stored value; this figure is a part of it or another quantity',
      };
    case 'name':
      return {
        ko: '이 수치는 목록의 이름(“N대 …”)에 든 수입니다. 수가 다르면 다른 목록일 수 있어 판정하지 않습니다',
        en: 'This number is part of a list’s name (“the N big …”); another number may name another list, so it is not judged',
      };
    case 'magnitude':
      return {
        ko: '이 수치는 사실 자료의 값과 두 배 넘게 달라, 같은 수치를 잘못 적은 것인지 다른 수치인지 알 수 없어 판정하지 않습니다',
        en: 'This figure is more than twice or less than half of the stored value: it may be another quantity, so it is not judged',
      };
    case 'level':
      return {
        ko: `이 수치는 바뀐 뒤의 수준입니다. 사실 자료는 ${kindsKo} 값을 담고 있습니다`,
        en: 'This figure is the level a quantity moved to; the store holds a planned or built value',
      };
    case 'sum':
      return {
        ko: '이 수치는 앞에 든 여러 항목을 합한 값입니다. 사실 자료는 그 가운데 하나의 값입니다',
        en: 'This figure is the total of the things listed before it; the store holds one of them',
      };
    case 'asOf':
      return {
        ko: '이 수치는 다른 시점의 집계입니다',
        en: 'This figure is a count as of another date',
      };
    default:
      return {
        ko: '이 수치의 기간이 사실 자료의 기간과 겹치지 않습니다',
        en: 'This figure’s period does not overlap the stored one',
      };
  }
}

/** Why a figure has its status, in `lang`: what agrees, what contradicts, or why it is not judged. */
export function explainFigure(
  f: Omit<JudgedFigure, 'explanation'>,
  history: MetricHistory | undefined,
  lang: 'ko' | 'en',
): string {
  if (f.status === 'unknown' || !f.metricName || !f.evidence)
    return lang === 'ko'
      ? '사실 자료에 이 수치와 연결되는 지표가 없습니다'
      : 'No metric in the store is tied to this figure';
  const cited = (history?.history ?? []).filter((h) => f.facts.includes(h.id));
  const list = cited.map((h) => citeEntry(h, lang)).join('; ');
  const name = f.metricName[lang];
  const fig = lang === 'ko' ? formatQuantity(f) : formatQuantityEnglish(f);
  if (f.status === 'consistent')
    return lang === 'ko' ? `사실 자료와 일치: ${name} ${list}` : `Agrees with the store: ${name} ${list}`;
  if (f.status === 'discrepancy' && f.evidence.slot === 'period')
    return lang === 'ko'
      ? `기간이 다름: 이 기사는 ${fig}${josa.pick(fig, '을/를')} “${f.scope.label}”${josa.pick(f.scope.label ?? '', '으로/로')} 적었지만, 사실 자료의 ${name}${josa.pick(name, '은/는')} ${list}`
      : `Different period: this article gives ${fig} “${f.scope.label}”, the store has ${name} as ${list}`;
  if (f.status === 'discrepancy')
    return lang === 'ko'
      ? `불일치: 이 기사는 ${fig}, 사실 자료의 ${name}${josa.pick(name, '은/는')} ${list} (같은 지표·종류·범위)`
      : `Discrepancy: this article says ${fig}; the store has ${name} as ${list} (same metric, kind and scope)`;
  const why = whyNotJudged(
    f.evidence.slot,
    f.frame!,
    cited.map((h) => h.kind),
  )[lang];
  return lang === 'ko'
    ? `판정하지 않음: ${why}. 참고 자료 — ${name}: ${list}`
    : `Not judged: ${why}. For context — ${name}: ${list}`;
}

/** Both languages of explainFigure, for the CLI's JSON. */
export const explainFigureBoth = (
  f: Omit<JudgedFigure, 'explanation'>,
  history: MetricHistory | undefined,
): Bilingual => ({
  ko: explainFigure(f, history, 'ko'),
  en: explainFigure(f, history, 'en'),
});
