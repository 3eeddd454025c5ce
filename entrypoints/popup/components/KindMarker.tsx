import type { ObservationKind } from '../../../lib/shared/store-schema';

// Each kind of observation has its own shape and colour, so the chart never relies on colour
// alone: target ▲, actual ●, budget ■, plan ◆, forecast ▼.

export interface KindMarkerProps {
  kind: ObservationKind;
  x: number;
  y: number;
  /** half the mark's size */
  r?: number;
}

/** The mark of one kind at (x, y), for use inside an <svg>. */
export function KindMarker({ kind, x, y, r = 5 }: KindMarkerProps) {
  const cls = `mark mark-${kind}`;
  switch (kind) {
    case 'actual':
      return <circle class={cls} cx={x} cy={y} r={r} />;
    case 'budget':
      return <rect class={cls} x={x - r * 0.9} y={y - r * 0.9} width={r * 1.8} height={r * 1.8} />;
    case 'plan':
      return (
        <path
          class={cls}
          d={`M${x} ${y - r * 1.25}L${x + r * 1.25} ${y}L${x} ${y + r * 1.25}L${x - r * 1.25} ${y}Z`}
        />
      );
    case 'forecast':
      return <path class={cls} d={`M${x} ${y + r * 1.2}L${x + r * 1.2} ${y - r}L${x - r * 1.2} ${y - r}Z`} />;
    default:
      return <path class={cls} d={`M${x} ${y - r * 1.2}L${x + r * 1.2} ${y + r}L${x - r * 1.2} ${y + r}Z`} />;
  }
}

export interface KindIconProps {
  kind: ObservationKind;
}

/** A small stand-alone mark for legends and badges; decorative (the text next to it names the kind). */
export function KindIcon({ kind }: KindIconProps) {
  return (
    <svg class="kind-icon" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <KindMarker kind={kind} x={6} y={6} r={4.4} />
    </svg>
  );
}
