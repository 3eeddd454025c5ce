import { describe, expect, it } from 'vitest';
import { flagsToClaimReviews } from '../../../lib/flags/claim-review';
import { Flag } from '../../../lib/store/fact-db';

const flag = Flag.parse({
  id: 'f1',
  url: 'https://n.news.naver.com/mnews/article/654/0000000001',
  pageTitle: '광주 AI 창업 1500개 목표',
  figure: { text: '1500개', value: 1500, unit: 'count', metric: 'ai-startup-target' },
  quote: { exact: '1500개', prefix: '광주시는 2027년까지 AI 창업 ', suffix: '를 목표로 세웠다.\n' },
  note: '2021년 보도는 2000개',
  reason: 'value',
  createdAt: '2026-11-20T10:00:00.000Z',
});

describe('ClaimReview export', () => {
  it('one ClaimReview per flag: the sentence, the page, the reason, the note', () => {
    const [r] = flagsToClaimReviews([flag]);
    expect(r).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      datePublished: '2026-11-20',
      claimReviewed: '광주시는 2027년까지 AI 창업 1500개를 목표로 세웠다.',
      itemReviewed: {
        '@type': 'Claim',
        appearance: { '@type': 'CreativeWork', url: flag.url, headline: flag.pageTitle },
      },
      reviewRating: { '@type': 'Rating', alternateName: '값이 다름' },
      reviewBody: '2021년 보도는 2000개',
      inLanguage: 'ko',
    });
  });

  it('names the author only when the reader gives a name; English notes get English reasons', () => {
    expect(flagsToClaimReviews([flag], '  ')[0]).not.toHaveProperty('author');
    expect(flagsToClaimReviews([flag], '김기자')[0]?.author).toEqual({ '@type': 'Person', name: '김기자' });
    const en = flagsToClaimReviews([{ ...flag, noteLanguage: 'en', reason: 'period' }])[0]!;
    expect([en.inLanguage, en.reviewRating.alternateName]).toEqual(['en', 'Period or scope mixed up']);
    expect(flagsToClaimReviews([{ ...flag, reason: undefined }])[0]?.reviewRating.alternateName).toBe('기타');
  });
});
