/**
 * Where a known site keeps its article. Adapters are hints: when a selector finds nothing
 * (sites redesign), extraction falls back to generic main-content detection.
 */
export interface SiteAdapter {
  id: string;
  /** host names this adapter serves; a subdomain of one matches too */
  hosts: string[];
  /** body containers, most specific first */
  body: string[];
  title?: string[];
  /** elements holding the publication time, read from `datetimeAttr` or their text */
  time?: string[];
  datetimeAttr?: string[];
  /** outlet name when the page does not say it in metadata (the site's own name) */
  outlet?: string;
  /** elements holding the outlet name on portals (Naver/Daum copy other outlets' stories) */
  outletSelectors?: string[];
  /** subtrees inside the body that are not the story */
  exclude?: string[];
}

// Boxes many sites put inside or next to the body: related articles, rankings, share bars,
// reporter cards, ads, comments: words in their class or id. One regex test per element is far
// cheaper than matching a long selector list.
export const NOISE_CLASS =
  /relate|recommend|ranking|popular|most_view|best|comment|reply|share|sns|banner|advert|copyright|byline|reporter|journalist|subscribe|tag_list|tags/;

export const SITE_ADAPTERS: SiteAdapter[] = [
  {
    id: 'naver',
    hosts: ['n.news.naver.com', 'news.naver.com', 'm.news.naver.com'],
    body: ['article#dic_area', '#dic_area', '#newsct_article', '#articleBodyContents'],
    title: ['#title_area', 'h2.media_end_head_headline', '.media_end_head_headline'],
    time: ['._ARTICLE_DATE_TIME', '.media_end_head_info_datestamp_time'],
    datetimeAttr: ['data-date-time'],
    outletSelectors: ['.media_end_head_top_logo img[alt]', '.media_end_head_top_logo_img[alt]'],
    exclude: ['.media_end_summary', '.byline', '.reporter_area', '.media_end_correction'],
  },
  {
    id: 'daum',
    hosts: ['v.daum.net'],
    body: ['.article_view section[dmcf-sid]', '.article_view', '#harmonyContainer'],
    title: ['h3.tit_view', '.tit_view'],
    time: ['.num_date', '.info_view .txt_info .num_date'],
    outletSelectors: ['#kakaoServiceLogo', '.info_cp .thumb_g[alt]'],
  },
  {
    id: 'news1',
    hosts: ['news1.kr'],
    body: ['#articles_detail', '.detail-body', '#articleBodyContent', '[itemprop="articleBody"]'],
    outlet: '뉴스1',
  },
  {
    id: 'newspim',
    hosts: ['newspim.com'],
    body: ['#news-contents', '.contents', '#news_contents'],
    outlet: '뉴스핌',
  },
  {
    id: 'kwangju',
    hosts: ['kwangju.co.kr'],
    body: ['#joinskmbox', '.article_body', '#content'],
    outlet: '광주일보',
  },
  {
    id: 'newsprime',
    hosts: ['newsprime.co.kr'],
    body: ['#news_body_area', '.news_body'],
    outlet: '프라임경제',
  },
  {
    id: 'yna',
    hosts: ['yna.co.kr'],
    body: ['article.story-news', '.story-news', '#articleWrap .article'],
    outlet: '연합뉴스',
  },
  { id: 'hankyung', hosts: ['hankyung.com'], body: ['#articletxt', '.article-body'], outlet: '한국경제' },
  {
    id: 'donga',
    hosts: ['donga.com'],
    body: ['section.news_view', '.news_view', '.article_txt'],
    outlet: '동아일보',
  },
  {
    id: 'chosun',
    hosts: ['chosun.com'],
    body: ['section.article-body', '.article-body', '#fusion-app article'],
    outlet: '조선일보',
  },
  { id: 'joongang', hosts: ['joongang.co.kr'], body: ['#article_body', '.article_body'], outlet: '중앙일보' },
  {
    id: 'hani',
    hosts: ['hani.co.kr'],
    body: ['.article-text', '.text', '#a-left-scroll-in .text'],
    outlet: '한겨레',
  },
  { id: 'khan', hosts: ['khan.co.kr'], body: ['#articleBody', '.art_body'], outlet: '경향신문' },
  { id: 'kmib', hosts: ['kmib.co.kr'], body: ['#articleBody', '.article_body'], outlet: '국민일보' },
  {
    id: 'mk',
    hosts: ['mk.co.kr'],
    body: ['.news_cnt_detail_wrap', '#article_body', '.art_txt'],
    outlet: '매일경제',
  },
  // NDsoft-style CMS (many regional outlets, seed 000): articleView.html?idxno=...
  {
    id: 'ndsoft',
    hosts: ['aitimes.com', 'namdonews.com', 'jnilbo.com', 'mdilbo.com'],
    body: ['#article-view-content-div', 'article[itemprop="articleBody"]'],
    title: ['.article-head-title', 'h3.heading', 'header.article-view-header h1'],
  },
];

/** The adapter for a URL's host (subdomains included), or undefined. */
export function findAdapter(url: string): SiteAdapter | undefined {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return undefined;
  }
  return findAdapterForHost(host);
}

/** The adapter for a host name (subdomains included), or undefined. No URL parsing: the gate
 * calls it on every page load with location.hostname. */
export function findAdapterForHost(hostname: string): SiteAdapter | undefined {
  const host = hostname.toLowerCase();
  return SITE_ADAPTERS.find((a) => a.hosts.some((h) => host === h || host.endsWith(`.${h}`)));
}

/** The NDsoft CMS adapter, used when a page on another host has its markup. */
export const NDSOFT_ADAPTER = SITE_ADAPTERS.find((a) => a.id === 'ndsoft')!;
