import { describe, expect, it } from 'vitest';
import { judgeText } from '../../../tools/testing/judge-text';

// Real discrepancies in the ways Korean news states a stored figure wrongly (our own sentences):
// the strict rule must still catch them. Each names the observation kind it contradicts.

const CASES: [date: string, text: string, figure: string, metric: string][] = [
  [
    '2021-05-10',
    '광주시는 AI 집적단지 1단계 사업에 2024년까지 모두 4200억원을 투입한다.',
    '4200억원',
    'ai-cluster-phase1-budget',
  ],
  [
    '2021-05-10',
    '1단계 사업비는 국비 2900억원을 포함해 4116억원이다.',
    '2900억원',
    'ai-cluster-phase1-national-budget',
  ],
  [
    '2022-01-10',
    '광주시는 2024년까지 AI 기업 300개사를 유치한다는 1차 목표를 세웠다.',
    '300개사',
    'ai-companies-target-2024',
  ],
  [
    '2021-09-01',
    '시는 AI 산업 육성으로 일자리 2만5000명을 창출하겠다는 목표를 내걸었다.',
    '2만5000명',
    'ai-jobs-target',
  ],
  ['2021-09-01', '이용섭 시장은 "AI 창업 3000개를 이뤄내겠다"고 말했다.', '3000개', 'ai-startup-target'],
  ['2021-09-01', '광주시는 AI 전문인력 5000명을 양성할 계획이다.', '5000명', 'ai-experts-target'],
  ['2022-03-01', '국가 AI 데이터센터 구축에는 3500억원이 투입됐다.', '3500억원', 'ai-dc-budget'],
  ['2021-04-01', '인공지능사관학교 1기 수료생은 150명이다.', '150명', 'ai-academy-cohort1-graduates'],
  [
    '2021-04-01',
    '광주시는 2030년까지 10년간 AI 집적단지에 1조원을 투입한다.',
    '1조원',
    'ai-cluster-total-budget',
  ],
  [
    '2021-04-01',
    '시는 1천500억원 규모의 AI 스타트업 투자 펀드를 조성한다.',
    '1천500억원 규모',
    'ai-startup-fund',
  ],
  ['2021-03-20', '광주시는 현재까지 AI 기업 95개사를 유치했다.', '95개사', 'ai-companies-attracted'],
  ['2021-04-01', 'AI 창업 목표는 1500개, 일자리 목표는 3만명이다.', '3만명', 'ai-jobs-target'],
  ['2021-04-01', 'AI 창업 목표는 1500개, 일자리 목표는 3만명이다.', '1500개', 'ai-startup-target'],
  ['2021-04-01', '시는 향후 10년간 AI 인재 6000명을 길러낸다는 구상이다.', '6000명', 'ai-experts-target'],
  ['2021-01-05', '광주시는 지금까지 AI 기업·기관 70곳과 업무협약(MOU)을 맺었다.', '70곳', 'ai-mou-partners'],
  [
    '2020-06-01',
    '인공지능사관학교 1기 교육생 200명 모집에 1045명이 몰렸다.',
    '200명',
    'ai-academy-cohort1-seats',
  ],
];

describe('real discrepancies are caught, against the right metric', () => {
  it.each(CASES)('%s: %s → %s', (date, text, figure, metric) => {
    const r = judgeText(text, date);
    const f = r.figures.find((x) => x.text === figure);
    expect([f?.metric, f?.status], f?.sentence).toEqual([metric, 'discrepancy']);
    expect(f?.facts.length).toBeGreaterThan(0);
  });
});
