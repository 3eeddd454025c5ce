// Pages the Chromium benches serve besides the fixtures: a news page that is not about Gwangju,
// and a stress page (~1 MB of unrelated Korean text in ~50,000 nodes around a fixture article).
import type { Fixture } from '../tools/testing/score-fixtures';

/** A supported address (연합뉴스) for the page that is not about Gwangju. */
export const NON_GWANGJU_URL = 'https://www.yna.co.kr/view/AKR20240315081200004';
/** A supported address (네이버 뉴스) for the stress page. */
export const STRESS_URL = 'https://n.news.naver.com/mnews/article/999/0000000001';

// Word lists for filler and the non-Gwangju article: no 광주, AI, 인공지능, 데이터센터, 집적단지.
const SUBJECTS = [
  '서울시는',
  '부산시는',
  '대전 유성구는',
  '인천 연수구는',
  '울산시 교육청은',
  '기상청은',
  '한국은행은',
  '국토교통부는',
  '문화체육관광부는',
  '한 시민단체는',
  '지역 상인회는',
  '시립도서관은',
  '대학병원 연구팀은',
  '프로축구 구단은',
  '수산업협동조합은',
];
const TIMES = [
  '오늘 오전',
  '지난 주말',
  '이번 달 초',
  '다음 주부터',
  '올해 상반기',
  '지난해 말',
  '어제 오후',
  '이날',
];
const MIDDLES = [
  '시청 대회의실에서 간담회를 열고',
  '새로운 교통 대책을 발표하며',
  '주민 설명회를 개최하고',
  '현장 점검에 나서며',
  '관계 기관과 협약을 맺고',
  '겨울철 안전 대책을 논의하며',
  '지역 축제 준비 상황을 점검하고',
  '시장 상인들과 만나',
];
const ENDS = [
  '협력 방안을 적극 검토하겠다고 밝혔다.',
  '시민 불편을 최소화하겠다고 전했다.',
  '후속 조치를 이어가겠다고 설명했다.',
  '다양한 의견을 수렴할 계획이라고 말했다.',
  '관련 예산을 확보하겠다고 강조했다.',
  '안전 관리에 만전을 기하겠다고 덧붙였다.',
];

/** Deterministic pseudo-random picks (an LCG), so every run serves the same page. */
function picker(seed: number) {
  let s = seed >>> 0;
  return <T>(xs: readonly T[]): T => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return xs[s % xs.length]!;
  };
}

/** One filler block: <div><p>text <b>text</b> text</p></div>, 6 nodes. */
function fillerBlocks(count: number, seed: number): string {
  const pick = picker(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    out.push(
      `<div class="feed-item"><p>${pick(SUBJECTS)} <b>${pick(TIMES)}</b> ${pick(MIDDLES)} ${pick(ENDS)}</p></div>`,
    );
  }
  return out.join('');
}

/**
 * The stress page: a fixture page (Naver layout) with filler blocks before and after its article,
 * so the article sits in the middle of ~50,000 nodes of unrelated text.
 */
export function stressPage(fx: Fixture, blocks = 8400): string {
  const half = blocks >> 1;
  const before = `<div class="feed" id="feed-before">${fillerBlocks(half, 1)}</div>`;
  const after = `<div class="feed" id="feed-after">${fillerBlocks(blocks - half, 2)}</div>`;
  const html = fx.html
    .replace('<div id="ct_wrap"', `${before}<div id="ct_wrap"`)
    .replace('<footer', `${after}<footer`);
  if (html.length < fx.html.length + 1000) throw new Error('stress page: insertion points not found');
  return html;
}

/** A supported address (네이버 뉴스) for the page with thousands of figures. */
export const MANY_FIGURES_URL = 'https://n.news.naver.com/mnews/article/999/0000000002';

/**
 * A fixture article (Naver layout) whose body repeats a sentence of five stored figures: `n`
 * figures in all, every one a mark (consistent), so marking, the card data and the panel carry
 * thousands of entries.
 */
export function manyFiguresPage(fx: Fixture, n = 5000): string {
  const sentence =
    '광주시는 AI 집적단지 1단계 사업비 4천116억원 가운데 국비 2천798억원을 확보했고, 일자리 2만7500명과 AI 창업 2천개, 전문인재 5천150명을 목표로 내걸었다.';
  const body = Array.from({ length: Math.ceil(n / 5) }, () => sentence).join('<br><br>\n');
  const html = fx.html.replace(/(<article id="dic_area"[^>]*>)/, `$1${body}<br><br>\n`);
  if (html === fx.html) throw new Error('many-figures page: the article body was not found');
  return html;
}

/** A regular news article at a supported host, about something else than Gwangju. */
export function nonGwangjuPage(): string {
  const pick = picker(7);
  const paragraphs = Array.from(
    { length: 14 },
    () =>
      `<p>${pick(SUBJECTS)} ${pick(TIMES)} ${pick(MIDDLES)} ${pick(ENDS)} ${pick(SUBJECTS)} ${pick(MIDDLES)} ${pick(ENDS)}</p>`,
  ).join('\n');
  const related = Array.from(
    { length: 8 },
    (_, i) => `<li><a href="/view/AKR2024031500${i}">${pick(SUBJECTS)} ${pick(MIDDLES)}</a></li>`,
  ).join('');
  return `<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>서울시, 봄철 교통 대책 발표 | 연합뉴스</title>
<meta property="og:title" content="서울시, 봄철 교통 대책 발표">
<meta property="og:site_name" content="연합뉴스">
<meta property="article:published_time" content="2024-03-15T10:12:00+09:00">
<style>body{font-family:sans-serif;line-height:1.6;margin:0}.story-news p{font-size:17px}</style>
</head><body>
<header id="header"><nav><ul><li><a href="/politics">정치</a></li><li><a href="/economy">경제</a></li><li><a href="/society">사회</a></li><li><a href="/local">전국</a></li></ul></nav></header>
<main><div class="content03"><h1 class="tit">서울시, 봄철 교통 대책 발표…버스 노선 12개 조정</h1>
<p class="update-time" data-published-time="2024-03-15 10:12">송고2024-03-15 10:12</p>
<article class="story-news article">
<p>(서울=연합뉴스) 김기자 기자 = 서울시는 다음 달부터 시내버스 노선 12개를 조정하고 출퇴근 시간대 배차 간격을 5분 이내로 줄인다고 15일 밝혔다.</p>
${paragraphs}
<p>시는 이번 조정으로 하루 평균 3만명가량의 이용객이 혜택을 볼 것으로 내다봤다.</p>
</article></div>
<aside class="aside-box"><h2>많이 본 뉴스</h2><ul>${related}</ul></aside></main>
<footer><p>Copyright 연합뉴스. 무단 전재 및 재배포 금지.</p></footer>
</body></html>`;
}
