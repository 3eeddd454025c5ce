import { describe, expect, it } from 'vitest';
import { evidenceLine, stringsFor } from '../../../lib/page/overlay/strings';
import { DecidingSlot } from '../../../lib/shared/report';

describe('the card names the slot that decided, for every slot the judge can return', () => {
  it('has a label in Korean and in English for each DecidingSlot', () => {
    for (const lang of ['ko', 'en'] as const) {
      const t = stringsFor(lang);
      for (const slot of DecidingSlot.options) {
        const { decided } = evidenceLine(t, { words: ['사업비'], via: 'clause', slot });
        expect(decided, `${lang}: ${slot}`).not.toMatch(/undefined|null/);
        expect(decided.length, `${lang}: ${slot}`).toBeGreaterThan(t.decidedBy.length + 3);
      }
    }
  });
});
