import { josa } from 'es-hangul';
import { formatQuantity, formatQuantityEnglish } from '../shared/quantity/format-quantity';
import type { ClaimFrame, DecidingSlot, FigureReading } from '../shared/report';
import type { Metric, Observation } from '../shared/store-schema';
import type { FactIndex } from './fact-index';
import type { Judgment } from './judge';

/** One stored observation as a citation: value (outlet, date, scope). */
export function cite(index: FactIndex, o: Observation, lang: 'ko' | 'en'): string {
  const s = index.sourceById.get(o.source);
  const value = lang === 'ko' ? formatQuantity(o) : formatQuantityEnglish(o);
  return `${value} (${s ? s.outlet[lang] : o.source}, ${s?.publishedAt.slice(0, 10) ?? ''}, ${o.scope.label})`;
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
  obs: readonly Observation[],
): { ko: string; en: string } {
  const kinds = [...new Set(obs.map((o) => OBS_KIND_KO[o.kind]))].join('·');
  switch (slot) {
    case 'link':
      return {
        ko: '이 수치가 놓인 구절에 지표가 직접 나오지 않아 판정하지 않습니다',
        en: 'The metric is not named in the figure’s own clause, so it is not judged',
      };
    case 'kind':
      return frame.kind
        ? {
            ko: `이 수치는 ${KIND_KO[frame.kind]}입니다. 사실 자료는 ${kinds}${josa.pick(kinds, '을/를')} 담고 있습니다`,
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
                ko: `이 수치는 효과 추정치입니다(“${frame.roleCue}”). 사실 자료는 ${kinds}입니다`,
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

/** The card's and the CLI's explanation of a judgment, Korean and English. */
export function explainJudgment(
  index: FactIndex,
  metric: Metric,
  f: FigureReading,
  frame: ClaimFrame,
  j: Judgment,
): { ko: string; en: string } {
  const obs = (index.observationsByMetric.get(metric.id) ?? []).filter((o) => j.facts.includes(o.id));
  const list = (lang: 'ko' | 'en') => obs.map((o) => cite(index, o, lang)).join('; ');
  const figKo = formatQuantity(f);
  const figEn = formatQuantityEnglish(f);
  const name = metric.name;
  if (j.status === 'consistent')
    return {
      ko: `사실 자료와 일치: ${name.ko} ${list('ko')}`,
      en: `Agrees with the store: ${name.en} ${list('en')}`,
    };
  if (j.status === 'discrepancy' && j.slot === 'period')
    return {
      ko: `기간이 다름: 이 기사는 ${figKo}${josa.pick(figKo, '을/를')} “${f.scope.label}”로 적었지만, 사실 자료의 ${name.ko}${josa.pick(name.ko, '은/는')} ${list('ko')}`,
      en: `Different period: this article gives ${figEn} “${f.scope.label}”, the store has ${name.en} as ${list('en')}`,
    };
  if (j.status === 'discrepancy')
    return {
      ko: `불일치: 이 기사는 ${figKo}, 사실 자료의 ${name.ko}${josa.pick(name.ko, '은/는')} ${list('ko')} (같은 지표·종류·범위)`,
      en: `Discrepancy: this article says ${figEn}; the store has ${name.en} as ${list('en')} (same metric, kind and scope)`,
    };
  const why = whyNotJudged(j.slot, frame, obs);
  return {
    ko: `판정하지 않음: ${why.ko}. 참고 자료 — ${name.ko}: ${list('ko')}`,
    en: `Not judged: ${why.en}. For context — ${name.en}: ${list('en')}`,
  };
}
