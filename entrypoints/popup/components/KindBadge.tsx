import type { ObservationKind } from '../../../lib/shared/store-schema';
import { type MessageKey, useI18n } from '../i18n';
import { KindIcon } from './KindMarker';

export const KIND_KEYS: Record<ObservationKind, MessageKey> = {
  target: 'kindTarget',
  actual: 'kindActual',
  budget: 'kindBudget',
  plan: 'kindPlan',
  forecast: 'kindForecast',
};

export interface KindBadgeProps {
  kind: ObservationKind;
}

/** 목표 / 실적 / 예산 / 계획 / 전망 with the kind's chart mark. */
export function KindBadge({ kind }: KindBadgeProps) {
  const { t } = useI18n();
  return (
    <span class={`badge badge-${kind}`}>
      <KindIcon kind={kind} />
      {t(KIND_KEYS[kind] ?? 'kindTarget')}
    </span>
  );
}
