import type { Flag, FlagReason } from '../store/fact-db';

const REASON: Record<FlagReason, { ko: string; en: string }> = {
  value: { ko: '값이 다름', en: 'Different value' },
  period: { ko: '기간·범위 혼동', en: 'Period or scope mixed up' },
  source: { ko: '출처 불명', en: 'Unclear source' },
  other: { ko: '기타', en: 'Other' },
};

/** One flag as a schema.org ClaimReview (JSON-LD), the form fact-check tools and search engines read. */
export interface ClaimReview {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  datePublished: string;
  claimReviewed: string;
  itemReviewed: {
    '@type': 'Claim';
    appearance: { '@type': 'CreativeWork'; url: string; headline: string };
  };
  reviewRating: { '@type': 'Rating'; alternateName: string };
  reviewBody: string;
  inLanguage: 'ko' | 'en';
  author?: { '@type': 'Person'; name: string };
}

/**
 * Every flag as a ClaimReview: claimReviewed is the flagged sentence as the page has it around
 * the figure, itemReviewed's appearance the page, the rating the reader's reason in words, the
 * author the name the reader gives (none when blank). Never throws.
 */
export function flagsToClaimReviews(flags: readonly Flag[], authorName = ''): ClaimReview[] {
  const name = authorName.trim();
  return flags.map((f) => {
    const lang = f.noteLanguage ?? 'ko';
    const reason = REASON[f.reason ?? 'other'];
    return {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      datePublished: f.createdAt.slice(0, 10),
      claimReviewed: `${f.quote.prefix}${f.quote.exact}${f.quote.suffix}`.replace(/\s+/g, ' ').trim(),
      itemReviewed: {
        '@type': 'Claim',
        appearance: { '@type': 'CreativeWork', url: f.url, headline: f.pageTitle },
      },
      reviewRating: { '@type': 'Rating', alternateName: reason[lang] },
      reviewBody: f.note,
      inLanguage: lang,
      ...(name ? { author: { '@type': 'Person' as const, name } } : {}),
    };
  });
}
