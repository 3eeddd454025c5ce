/**
 * The news sites the extension runs on without asking: the seed outlets, the portals where most
 * Koreans read news, and major national and Honam outlets. Other sites are opt-in at run time
 * (optional host permission), never <all_urls> at install.
 */
export const SUPPORTED_SITES = [
  // portals
  { host: 'n.news.naver.com', name: '네이버 뉴스' },
  { host: 'news.naver.com', name: '네이버 뉴스' },
  { host: 'm.news.naver.com', name: '네이버 뉴스 (모바일)' },
  { host: 'v.daum.net', name: '다음 뉴스' },
  // seed outlets
  { host: 'www.news1.kr', name: '뉴스1' },
  { host: 'news1.kr', name: '뉴스1' },
  { host: 'www.newspim.com', name: '뉴스핌' },
  // 광주일보 serves its articles over plain http as well (article.php?aid=...).
  { host: 'www.kwangju.co.kr', name: '광주일보', http: true },
  { host: 'kwangju.co.kr', name: '광주일보', http: true },
  { host: 'www.newsprime.co.kr', name: '프라임경제' },
  // major outlets
  { host: 'www.yna.co.kr', name: '연합뉴스' },
  { host: 'www.hankyung.com', name: '한국경제' },
  { host: 'www.donga.com', name: '동아일보' },
  { host: 'www.chosun.com', name: '조선일보' },
  { host: 'www.joongang.co.kr', name: '중앙일보' },
  { host: 'www.hani.co.kr', name: '한겨레' },
  { host: 'www.khan.co.kr', name: '경향신문' },
  { host: 'www.kmib.co.kr', name: '국민일보' },
  { host: 'www.mk.co.kr', name: '매일경제' },
  { host: 'www.aitimes.com', name: 'AI타임스' },
  { host: 'www.namdonews.com', name: '남도일보' },
  { host: 'www.jnilbo.com', name: '전남일보' },
  { host: 'www.mdilbo.com', name: '무등일보' },
] as const satisfies readonly { host: string; name: string; http?: boolean }[];

type Site = { host: string; name: string; http?: boolean };

/** Match patterns for every supported host: https, and http where a site still serves it. */
export const SUPPORTED_HOST_PATTERNS: string[] = (SUPPORTED_SITES as readonly Site[]).flatMap((s) =>
  s.http ? [`https://${s.host}/*`, `http://${s.host}/*`] : [`https://${s.host}/*`],
);

/** The site entry for a hostname, or undefined when the host is not a supported site. */
export function findSupportedSite(hostname: string): Site | undefined {
  return (SUPPORTED_SITES as readonly Site[]).find((s) => s.host === hostname);
}
