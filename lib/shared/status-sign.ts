import type { FigureStatus } from './report';

/** The one sign of each status, next to its word wherever a status is shown (card, panel, popup, CLI). */
export const STATUS_SIGN: Record<FigureStatus, string> = {
  consistent: '✓',
  discrepancy: '≠',
  related: '~',
  unknown: '?',
};
