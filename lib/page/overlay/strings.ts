// The in-page UI's words, Korean first. Kept here rather than in _locales so the reader's
// language setting can override the browser's, and the content script loads nothing else.

const ko = {
  consistent: '일치',
  discrepancy: '불일치',
  related: '관련',
  unknown: '미확인',
  facts: '사실 자료의 기록',
  noFacts: '이 수치와 연결된 사실 자료가 없습니다.',
  discrepancies: '불일치 기록',
  statements: '관계자의 이전 발언',
  report: '불일치 신고',
  saved: '신고를 저장했습니다. 팝업의 "내 신고"에서 볼 수 있습니다.',
  close: '닫기',
  panelTitle: '광주 AI 정책 맥락',
  figures: '수치',
  showFigure: '본문에서 보기',
  target: '목표',
  actual: '실적',
  budget: '예산',
  plan: '계획',
  forecast: '전망',
  cardLabel: '수치 설명',
  thisArticle: '이 기사',
  none: '없음',
  metricHasDiscrepancy: '이 지표는 보도 시점마다 값이나 기간이 다릅니다: 아래 불일치 참고',
  myFlag: '내 신고',
  flagReason_value: '값이 다름',
  flagReason_period: '기간·범위 혼동',
  flagReason_source: '출처 불명',
  flagReason_other: '기타',
  lostFlags: '찾지 못한 내 신고',
  notFound: '본문에서 찾을 수 없음',
  tiedBy: '연결한 단어',
  tiedByValue: '저장된 값과 같은 수치',
  decidedBy: '판정한 항목',
  slot_value: '값 (지표·종류·범위가 같음)',
  slot_period: '기간 (같은 값, 다른 기간)',
  slot_link: '지표 연결 (구절에 지표 없음)',
  slot_kind: '종류 (목표·예산·실적·전망)',
  slot_role: '역할 (일부·변화·효과 추정)',
  slot_phase: '사업 단계',
  slot_cohort: '기수',
  slot_annual: '한 해 금액과 총액',
  slot_year: '회계연도',
  slot_asOf: '집계 시점',
  slot_scope: '기간 범위',
  slot_sibling: '같은 문장의 다른 수치',
  slot_magnitude: '값의 크기 (두 배 넘게 차이)',
  slot_name: '목록의 이름 (N대 …)',
  slot_level: '바뀐 뒤의 수준 (…로 줄었다·늘었다)',
  slot_sum: '여러 항목의 합계',
  myFacts: '내 자료',
  addFact: '사실 자료에 추가',
  factSaved: '내 자료에 추가했습니다. 이 지표의 수치는 이제 이 자료로도 판정합니다.',
  myFactHidden: '출처와 인용문은 팝업의 "내 자료"에서 볼 수 있습니다.',
  openTracker: '목표 추적 보기',
};

export type StringKey = keyof typeof ko;
export type Strings = Record<StringKey, string>;

const en: Strings = {
  consistent: 'Consistent',
  discrepancy: 'Discrepancy',
  related: 'Related',
  unknown: 'Unknown',
  facts: 'What the fact store records',
  noFacts: 'No stored fact is tied to this figure.',
  discrepancies: 'Discrepancy records',
  statements: "Officials' earlier statements",
  report: 'Report an inconsistency',
  saved: 'Saved. See it under "My flags" in the popup.',
  close: 'Close',
  panelTitle: 'Gwangju AI policy context',
  figures: 'Figures',
  showFigure: 'Show in article',
  target: 'target',
  actual: 'actual',
  budget: 'budget',
  plan: 'plan',
  forecast: 'forecast',
  cardLabel: 'About this figure',
  thisArticle: 'This article',
  none: 'none',
  metricHasDiscrepancy: 'This metric changed between reports: see the discrepancies below',
  myFlag: 'My flag',
  flagReason_value: 'Different value',
  flagReason_period: 'Period or scope mixed up',
  flagReason_source: 'Unclear source',
  flagReason_other: 'Other',
  lostFlags: 'My flags not found',
  notFound: 'not found in the article',
  tiedBy: 'Tied by',
  tiedByValue: 'the stored value itself',
  decidedBy: 'Decided by',
  slot_value: 'value (same metric, kind and scope)',
  slot_period: 'period (same value, another term)',
  slot_link: 'link (the metric is not named in its clause)',
  slot_kind: 'kind (target, budget, actual, forecast)',
  slot_role: 'role (a part, a change, an effect estimate)',
  slot_phase: 'programme phase',
  slot_cohort: 'cohort',
  slot_annual: 'one year against a total',
  slot_year: 'fiscal year',
  slot_asOf: 'date of the count',
  slot_scope: 'period range',
  slot_sibling: 'another figure of the sentence',
  slot_magnitude: 'size of the value (off by more than twice)',
  slot_name: 'a list’s name (the N big …)',
  slot_level: 'the level after a change (fell to, rose to)',
  slot_sum: 'a total of several items',
  myFacts: 'My facts',
  addFact: 'Add to facts',
  factSaved: 'Added to your facts. Figures of this metric are now judged against it too.',
  myFactHidden: 'Its source and quote are in the popup, under My facts.',
  openTracker: 'Open the tracker',
};

/** The words of an evidence line: "연결한 단어: ‘사업비’, ‘1단계’ · 판정한 항목: 값 (…)". */
export function evidenceLine(
  t: Strings,
  evidence: { words: readonly string[]; via: string; slot: string },
): { tied: string; decided: string } {
  const words = evidence.words.map((w) => `‘${w}’`).join(', ');
  const tied = evidence.via === 'value' ? `${t.tiedByValue}${words ? `, ${words}` : ''}` : words;
  return {
    tied: `${t.tiedBy}: ${tied}`,
    decided: `${t.decidedBy}: ${t[`slot_${evidence.slot}` as StringKey]}`,
  };
}

/** The strings for a language. */
export function stringsFor(lang: 'ko' | 'en'): Strings {
  return lang === 'en' ? en : ko;
}

/** The UI language from the setting and the browser's UI language (Korean unless English). */
export function resolveLang(setting: 'auto' | 'ko' | 'en', uiLanguage: string): 'ko' | 'en' {
  if (setting !== 'auto') return setting;
  return uiLanguage.toLowerCase().startsWith('en') ? 'en' : 'ko';
}
