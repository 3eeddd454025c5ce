// Hostile pages for the content script, built from short articles of our own about Gwangju's AI
// policy (written for these tests, not copied from any outlet). Every page is self-contained:
// inline styles and scripts only, nothing loaded from the network.

/** Sentences with figures the bundled store knows, and the status each figure gets. */
export const LINES = {
  phase1: '광주광역시는 인공지능(AI) 집적단지 1단계 사업에 4116억원을 투입한다고 밝혔다.',
  targets: '광주시는 AI 창업 2000개와 일자리 창출 2만7500명을 목표로 내걸었다.',
  datacenter: '광주시는 국가 AI데이터센터 구축에 3000억 원을 들인다고 밝혔다.',
  startup1500: '시 관계자는 AI 창업 1500개를 목표로 한다고 덧붙였다.',
  flops: '광주 데이터센터 슈퍼컴퓨팅 시스템의 성능은 88.5페타플롭스로 세계 10위 수준이다.',
  talent: '광주시는 AI 인재 5150명을 양성하겠다고 밝혔다.',
  // no figure: topic words only
  vision: '광주시는 인공지능 중심도시 조성을 위해 인재 양성과 기업 유치를 함께 추진하고 있다.',
} as const;

/** What the marks of the base article read as (`text:status`), in document order. */
export const BASE_EXPECTED = [
  '4116억원:consistent',
  '2000개:consistent',
  '2만7500명:consistent',
  '3000억 원:consistent',
  '1500개:discrepancy',
];

export const p = (...lines: string[]) => lines.map((l) => `<p>${l}</p>`).join('\n');

/** The base article: four paragraphs with five figures, and one without any. */
export const BASE_BODY = p(LINES.phase1, LINES.targets, LINES.datacenter, LINES.vision, LINES.startup1500);

export interface PageParts {
  title?: string;
  head?: string;
  /** markup before the article */
  before?: string;
  body: string;
  /** markup after the article */
  after?: string;
  /** the page's own script, at the end of <body> */
  script?: string;
  /** a script in <head>, before anything in the body */
  headScript?: string;
  htmlAttrs?: string;
  /** the headline (HTML), read by the extension as the article's title */
  headline?: string;
  /** whose markup the article uses (the extension finds it with that site's adapter) */
  site?: Site;
}

export type Site = 'naver' | 'yna' | 'daum';

// Where each portal keeps its article body; data-article lets the page's own scripts find it.
const WRAP: Record<Site, [string, string]> = {
  naver: ['<article id="dic_area" class="go_trans _article_content" data-article>', '</article>'],
  yna: ['<article class="story-news article" data-article>', '</article>'],
  daum: ['<div class="article_view"><section dmcf-sid="hostile1" data-article>', '</section></div>'],
};

/** An article page in a portal's markup (Naver's #dic_area unless `site` says otherwise). */
export function naverPage(parts: PageParts): string {
  const [open, close] = WRAP[parts.site ?? 'naver'];
  return `<!doctype html><html lang="ko"${parts.htmlAttrs ?? ''}><head><meta charset="utf-8">
<title>${parts.title ?? '광주 AI 정책 기사'}</title>
${parts.headScript ? `<script>${parts.headScript}</script>` : ''}
${parts.head ?? ''}</head><body>
<header id="site-header"><h1 id="title_area">${parts.headline ?? '광주 인공지능 집적단지 사업 본격화'}</h1><span id="counter">0</span></header>
${parts.before ?? ''}
${open}
${parts.body}
${close}
${parts.after ?? ''}
${parts.script ? `<script>${parts.script}</script>` : ''}
</body></html>`;
}

/** The page's own proof of life: a counter it sets and a flag, both read by the tests. */
export const PAGE_ALIVE = `
window.__pageOk = true;
window.__articleText = document.querySelector('[data-article]').textContent;
document.getElementById('counter').textContent = String(6 * 7);`;

// 1. A reset that tries to strip every style from every element.
export const unsetAllPage = () =>
  naverPage({
    head: '<style>* { all: unset !important; }</style>',
    body: BASE_BODY,
    script: PAGE_ALIVE,
  });

// 2. A huge root font size with rem-based sizes everywhere.
export const hugeRemPage = () =>
  naverPage({
    site: 'yna',
    head: `<style>
:root { font-size: 200px !important; }
html { font-size: 200px; }
body { font-size: 0.1rem; margin: 0.05rem; }
* { line-height: 1.2rem; letter-spacing: 0.01rem; }
p { margin: 0.1rem 0; padding: 0.02rem; }
div, section, article, aside { width: 5rem; min-width: 5rem; font-size: 0.1rem; }
button { font-size: 1rem; padding: 0.5rem; }
[role="dialog"], .card, .panel { width: 10rem !important; font-size: 1rem !important; }
</style>`,
    body: BASE_BODY,
    script: `${PAGE_ALIVE}
window.__rootFont = getComputedStyle(document.documentElement).fontSize;`,
  });

// 3. A strict Content-Security-Policy, sent as a response header.
export const STRICT_CSP = "default-src 'none'; style-src 'none'; script-src 'none'; img-src 'none'";
export const cspPage = () =>
  naverPage({
    site: 'daum',
    // Both must be refused by the CSP: they prove the header took effect.
    head: '<style>#counter { color: rgb(255, 0, 0); }</style>',
    body: BASE_BODY,
    script: 'window.__cspLeak = 1;',
  });

// 4. A page whose own scripts throw, at load and every 200 ms.
export const throwingPage = () =>
  naverPage({
    site: 'yna',
    headScript: `window.__ticks = 0; throw new Error('page boom in head');`,
    body: BASE_BODY,
    script: `
window.__pageOk = true;
setInterval(() => { window.__ticks++; document.getElementById('counter').textContent = String(window.__ticks); null.boom(); }, 200);
Promise.reject(new Error('page unhandled rejection'));
throw new TypeError('page boom at load');`,
  });

// 5. Figures broken up by inline tags.
export const SPLIT_EXPECTED = [
  { text: '4116억원', status: 'consistent', value: 411600000000, unit: 'KRW' },
  { text: '2000개', status: 'consistent', value: 2000, unit: 'count' },
  { text: '2만7500명', status: 'consistent', value: 27500, unit: 'person' },
  // six times every stored value of the cluster's budget: another quantity, not an outlet's error
  // (the judge's magnitude rule), so shown as context, not accused
  { text: '6조2817억원', status: 'related', value: 6281700000000, unit: 'KRW' },
  { text: '88.5페타플롭스', status: 'consistent', value: 88.5, unit: 'PFLOPS' },
  { text: '10위', status: 'consistent', value: 10, unit: 'rank' },
];
export const splitPage = () =>
  naverPage({
    head: '<style>b { font-weight: 900; } .u { color: rgb(0, 0, 200); }</style>',
    body: p(
      '광주광역시는 인공지능(AI) 집적단지 1단계 사업에 4<i>116</i>억원을 투입한다고 밝혔다.',
      '광주시는 AI 창업 <strong>2</strong><em>0</em>0<u>0</u>개와 일자리 창출 2만<b>75</b><span class="u">00</span>명을 목표로 내걸었다.',
      '광주광역시는 인공지능 집적단지 사업 전체에 <b id="jo">6조</b>2817<span class="u">억</span>원을 투입하는 계획을 추진한다.',
      '광주 데이터센터 슈퍼컴퓨팅 시스템의 성능은 <a href="#perf">88.<mark>5</mark></a>페타플롭스로 세계 <sup>1</sup><sub>0</sub>위 수준이다.',
      LINES.vision,
    ),
    script: `${PAGE_ALIVE}
window.__boldCount = document.querySelectorAll('[data-article] b').length;`,
  });

// 6. Figures in tables, lists and links.
export const LINK_TARGET = 'https://v.daum.net/v/20240101000000602';
export const structuredPage = () =>
  naverPage({
    site: 'daum',
    head: '<style>table { border-collapse: collapse; } td, th { border: 1px solid #888; padding: 4px; }</style>',
    body: `${p(LINES.vision)}
<table id="tbl"><thead><tr><th>사업</th><th>내용</th></tr></thead><tbody>
<tr><td>집적단지</td><td>${LINES.phase1}</td></tr>
<tr><td>데이터센터</td><td>${LINES.datacenter}</td></tr>
</tbody></table>
<ul id="goals"><li>${LINES.targets}</li><li>${LINES.startup1500}</li></ul>
<p>관련 기사: <a id="lnk" href="${LINK_TARGET}">광주시는 AI 인재 5150명을 양성하겠다고 밝혔다 (전문 보기)</a></p>`,
    script: `${PAGE_ALIVE}
// Kept in sessionStorage: the click navigates to another page of the same site.
document.getElementById('lnk').addEventListener('click', () => {
  sessionStorage.setItem('linkClicks', String(Number(sessionStorage.getItem('linkClicks') || 0) + 1));
});
window.__rows = document.querySelectorAll('#tbl tbody tr').length;`,
  });
export const linkTargetPage = () =>
  '<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>다음 기사</title></head><body><p id="next">다음 기사</p></body></html>';

// 7. Right-to-left and vertical text inside the article.
export const writingModesPage = () =>
  naverPage({
    site: 'yna',
    body: `${p(LINES.vision)}
<div id="rtl" dir="rtl" style="text-align: right"><p>${LINES.phase1}</p></div>
<div id="vertical" style="writing-mode: vertical-rl; height: 320px; margin: 12px 0"><p>${LINES.targets}</p></div>
${p(LINES.datacenter)}`,
    script: PAGE_ALIVE,
  });

// 8. The article in a same-site iframe; the top page is a shell.
export const IFRAME_ARTICLE = 'https://n.news.naver.com/mnews/article/908/0000000002';
export const iframeShellPage = () =>
  `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>뉴스</title></head><body>
<header><h1>뉴스</h1></header>
<iframe id="frame" src="${IFRAME_ARTICLE}" style="width: 900px; height: 600px; border: 0"></iframe>
<script>window.__pageOk = true;</script>
</body></html>`;
export const iframeArticlePage = () => naverPage({ body: BASE_BODY, script: PAGE_ALIVE });

// A live clock outside the article, as news sites have: it changes the DOM once a second.
const CLOCK = `<p id="clock">0</p>`;
const TICK_CLOCK = `setInterval(() => { window.__ticks++; document.getElementById('clock').textContent = String(window.__ticks); }, 1000);`;

// 9. A page that deletes every element it does not know (any tag name with a dash).
export const deleterPage = () =>
  naverPage({
    before: CLOCK,
    headScript: `
window.__deleted = 0;
window.__ticks = 0;
new MutationObserver((records) => {
  for (const r of records) for (const n of r.addedNodes) {
    if (n.nodeType === 1 && n.tagName.includes('-')) { n.remove(); window.__deleted++; }
  }
}).observe(document, { childList: true, subtree: true });`,
    body: BASE_BODY,
    script: `${PAGE_ALIVE}
${TICK_CLOCK}`,
  });

// 9b. A page that unwraps every element it does not know (keeps the text, drops the tag).
export const unwrapperPage = () =>
  naverPage({
    before: CLOCK,
    site: 'daum',
    headScript: `
window.__unwrapped = 0;
window.__ticks = 0;
new MutationObserver((records) => {
  for (const r of records) for (const n of r.addedNodes) {
    if (n.nodeType === 1 && n.tagName.includes('-') && n.parentNode) {
      n.replaceWith(...n.childNodes);
      window.__unwrapped++;
    }
  }
}).observe(document, { childList: true, subtree: true });`,
    body: BASE_BODY,
    script: `${PAGE_ALIVE}
${TICK_CLOCK}`,
  });

// A framework that re-renders its article over and over with the same markup. Each render comes
// 300 ms after the last one's marks are back (or 3 s after it, marks or not), so a slow machine
// sees the same sequence of renders as a fast one: the test counts per render, not per second.
const RERENDER = `const markup = ${JSON.stringify(BASE_BODY)};
window.__renders = [];
const article = () => document.querySelector('[data-article]');
function render() {
  article().innerHTML = markup;
  window.__renders.push(performance.now());
  const started = performance.now();
  const wait = () => {
    const back = article().querySelectorAll('gctx-figure').length >= ${BASE_EXPECTED.length};
    if (back || performance.now() - started > 3000) setTimeout(render, 300);
    else setTimeout(wait, 50);
  };
  setTimeout(wait, 50);
}
setTimeout(render, 500);`;

// 10. A framework that re-renders the article again and again with the same markup.
export const rerenderPage = () =>
  naverPage({
    site: 'yna',
    body: BASE_BODY,
    script: `${PAGE_ALIVE}
${RERENDER}`,
  });

// 10b. The same re-rendering article, on a page with a ticker that changes its text every 100 ms
// (a live score, a countdown): the page is never quiet for long.
export const rerenderTickerPage = () =>
  naverPage({
    site: 'daum',
    before: '<p id="ticker">0</p>',
    body: BASE_BODY,
    script: `${PAGE_ALIVE}
window.__ticks = 0;
setInterval(() => { document.getElementById('ticker').textContent = String(++window.__ticks); }, 100);
${RERENDER}`,
  });

// 11. A 50,000-element page of unrelated text with the article in the middle.
const FILLER = [
  '오늘 서해안 지역은 구름이 많고 오후 한때 비가 내리겠습니다.',
  '주말 고속도로는 귀경 차량으로 평소보다 붐빌 것으로 보입니다.',
  '지역 도서관은 다음 달부터 야간 개관 시간을 늘리기로 했습니다.',
  '프로야구 정규 시즌이 막바지에 접어들며 순위 경쟁이 치열합니다.',
  '전통시장 상인회는 가을 축제 준비에 한창입니다.',
];
/** `count` filler items, each a <div> holding a <span>: 2 elements per item. */
export function fillerItems(count: number, from = 0): string {
  const out: string[] = [];
  for (let i = from; i < from + count; i++) {
    out.push(`<div class="feed-item"><span>${FILLER[i % FILLER.length]} #${i}</span></div>`);
  }
  return out.join('');
}
export const bigDomPage = () =>
  naverPage({
    before: `<section id="feed-top">${fillerItems(12_500)}</section>`,
    body: BASE_BODY,
    after: `<section id="feed-bottom">${fillerItems(12_500, 12_500)}</section>`,
    script: `${PAGE_ALIVE}
window.__elements = document.getElementsByTagName('*').length;
document.body.offsetHeight; // the page's own first layout, inside its own task
window.__pageReadyAt = performance.now();`,
  });

// 12. Text near figures that holds HTML and script payloads, as text.
export const PAYLOAD_IMG = '<img src=x onerror="window.__pwned=1">';
export const PAYLOAD_SCRIPT = '"><script>window.__pwned=2</script>';
const escapeHtml = (s: string) =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
export const payloadPage = () =>
  naverPage({
    title: `광주 AI ${escapeHtml(PAYLOAD_IMG)} ${escapeHtml(PAYLOAD_SCRIPT)}`,
    headline: `광주 AI 집적단지 ${escapeHtml(PAYLOAD_IMG)} ${escapeHtml(PAYLOAD_SCRIPT)}`,
    body: `<p id="pl1">${escapeHtml(PAYLOAD_IMG)} 광주광역시는 인공지능(AI) 집적단지 1단계 사업에 4116억원을 투입한다고 밝혔다. ${escapeHtml(PAYLOAD_SCRIPT)}</p>
<p id="pl2">${escapeHtml(PAYLOAD_SCRIPT)}시 관계자는 AI 창업 1500개${escapeHtml(PAYLOAD_IMG)}를 목표로 한다고 덧붙였다.</p>
${p(LINES.targets, LINES.datacenter, LINES.vision)}`,
    script: PAGE_ALIVE,
  });

// 13. Figures in hidden regions (hidden, aria-hidden, display: none) next to visible ones.
export const hiddenPage = () =>
  naverPage({
    site: 'daum',
    body: `<p id="visible1">${LINES.phase1}</p>
<p id="h-attr" hidden>${LINES.targets}</p>
<div id="h-aria" aria-hidden="true"><p>${LINES.datacenter}</p></div>
<p id="h-display" style="display:none">${LINES.startup1500}</p>
${p(LINES.vision)}
<p id="visible2">${LINES.flops}</p>`,
    script: PAGE_ALIVE,
  });
export const HIDDEN_EXPECTED = ['4116억원:consistent', '88.5페타플롭스:consistent', '10위:consistent'];

// 14. Form fields holding figure text.
export const formPage = () =>
  naverPage({
    site: 'yna',
    body: `${BASE_BODY}
<p><label>의견 <input id="in" type="text" value="AI 창업 2000개 일자리 2만7500명"></label></p>
<p><textarea id="ta" rows="3" cols="60">광주시는 국가 AI데이터센터 구축에 3000억 원을 들인다고 밝혔다. 4116억원</textarea></p>`,
    script: PAGE_ALIVE,
  });

// 15. A page that already defines <gctx-overlay> as its own custom element, with a closed shadow
// root (a name clash, or a page that wants to keep the extension out).
export const customElementClashPage = () =>
  naverPage({
    headScript: `
customElements.define('gctx-overlay', class extends HTMLElement {
  constructor() { super(); this.attachShadow({ mode: 'closed' }); }
});
window.__defined = !!customElements.get('gctx-overlay');`,
    body: BASE_BODY,
    script: PAGE_ALIVE,
  });
