import { describe, expect, it } from 'vitest';
import { explainFigure } from '../../../lib/shared/wording/explain-figure';
import { judgeText } from '../../../tools/testing/judge-text';

// One sentence (or two) per trap kind of issue 8, in our own words: each is a figure that
// shares a word or a unit with a stored metric but is another quantity, and must not be called
// a discrepancy; and each slot of a real discrepancy, tested on its own.

const judge = (text: string, date = '2024-06-01') => judgeText(text, date);
const fig = (text: string, figure: string, date?: string) => {
  const f = judge(text, date).figures.find((x) => x.text === figure);
  if (!f) throw new Error(`${figure} not read in: ${text}`);
  return f;
};

describe('traps: figures that are another quantity are never called a discrepancy', () => {
  it.each([
    [
      'line item',
      'AI 집적단지 1단계 사업비 4116억원 가운데 데이터 실증 사업에 320억원이 가장 많이 배정됐다.',
      '320억원',
    ],
    [
      'line item after 이 중',
      '광주시는 1단계 사업에 4116억원을 투입한다. 이 중 인프라 구축에 2100억원이 쓰인다.',
      '2100억원',
    ],
    ['annual allocation', '광주시는 올해 AI 집적단지 사업에 950억원을 투입한다.', '950억원'],
    [
      'another phase',
      'AI 집적단지 2단계 사업은 2026년부터 5년간 총사업비 6000억원 규모로 추진된다.',
      '6000억원 규모',
    ],
    ['AX 실증밸리', '광주시는 AX 실증밸리 조성에 사업비 6000억원을 투입할 계획이다.', '6000억원'],
    [
      'effect estimate',
      'AI 집적단지가 완성되면 생산유발 3조원, 고용유발 1만2000명의 효과가 기대된다.',
      '1만2000명',
    ],
    ['another quantity of the sentence', '인공지능사관학교 5기는 150명 모집에 900명이 지원했다.', '900명'],
    ['seats beside applicants', '인공지능사관학교 5기는 150명 모집에 900명이 지원했다.', '150명'],
    [
      'another year of a growing quantity',
      '데이터센터 연산 성능은 올해 10PF에서 2025년 88.5PF로 늘어난다.',
      '10PF',
    ],
    ['a change, not a level', '올해 AI 관련 예산은 지난해보다 300억원 늘어난 1200억원이다.', '300억원'],
    // (from the z pages: our own sentences of each kind)
    [
      'an amount taken out of a named budget',
      '이 가운데 집적단지 사업비에서 700억원을 들여 짓는 실증동은 내년 문을 연다.',
      '700억원',
    ],
    [
      'recipients of a programme',
      '기업 육성 분야에서는 120개 기업에 창업 컨설팅과 시제품 제작을 지원한다.',
      '120개',
    ],
    [
      'a cumulative count so far, beside a target',
      '인공지능사관학교는 문을 연 뒤 지금까지 모두 900명의 AI 인재를 길러냈다.',
      '900명',
    ],
    [
      'money a fund has invested, beside the fund size',
      'AI 펀드는 지금까지 지역 AI 스타트업 20여곳에 300억원을 투자했다.',
      '300억원',
    ],
    [
      'another fund of the city',
      '광주시는 조성 중인 펀드에 새 펀드를 더해 전체 펀드 규모를 4천억원으로 키우겠다고 밝혔다.',
      '4천억원',
    ],
    ['another programme\'s "목표"', '광주시는 AI 실증 거점 5곳을 만든다는 목표도 내걸었다.', '5곳'],
  ])('%s', (_, text, figure) => {
    const f = fig(text, figure);
    expect(f.status, f.sentence).not.toBe('discrepancy');
  });

  it('applicants are judged as applicants, never against the seats of the same sentence', () => {
    const r = judge('인공지능사관학교 1기는 180명 모집에 900명이 지원했다.', '2020-06-01');
    expect(r.figures.map((f) => [f.text, f.metric, f.status])).toEqual([
      ['180명', 'ai-academy-cohort1-seats', 'consistent'],
      ['900명', 'ai-academy-cohort1-applicants', 'discrepancy'],
    ]);
  });

  it('says why a related figure is not judged, in one plain line', () => {
    const f = fig('광주시는 올해 AI 집적단지 사업에 950억원을 투입한다.', '950억원');
    expect(f.status).toBe('related');
    expect(f.evidence?.slot).toBe('annual');
    const r = judge('광주시는 올해 AI 집적단지 사업에 950억원을 투입한다.');
    expect(explainFigure(f, r.metrics[f.metric!], 'ko')).toContain('한 해 배정액');
    expect(explainFigure(f, r.metrics[f.metric!], 'en')).toContain('one year');
  });

  it('keeps the stored values as context on a part', () => {
    const f = fig('1단계 사업비 4116억원 가운데 500억원은 데이터센터 장비에 배정됐다.', '500억원');
    expect([f.metric, f.status, f.evidence?.slot]).toEqual(['ai-dc-budget', 'related', 'role']);
    expect(f.frame?.role).toBe('part');
    expect(f.facts.length).toBeGreaterThan(0);
  });
});

describe('from the z pages: kinds that hold a list together, synonyms', () => {
  it('a comma-and-고 list closed by "-다는 목표" is a list of targets', () => {
    const f = fig(
      '시는 AI 생태계를 키워 일자리 1만명, AI 창업 2천개를 만들고 AI 실무자 5천150명을 길러낸다는 목표를 내걸고 있다.',
      '1만명',
    );
    expect(f.frame?.kind).toBe('target');
    expect([f.metric, f.status]).toEqual(['ai-jobs-target', 'discrepancy']);
  });

  it('새싹기업 is the Korean word for startups', () => {
    const f = fig('장기적으로는 지역 새싹기업 2천곳을 키운다는 목표도 내걸었다.', '2천곳', '2021-03-22');
    expect([f.metric, f.status]).toEqual(['ai-startup-target', 'consistent']);
  });
});

describe('the same fact in other words is consistent', () => {
  it('ties a distinctive stored value without the store keywords', () => {
    const f = fig('국가 AI 데이터센터의 연산 성능은 88.5페타플롭스에 이른다.', '88.5페타플롭스');
    expect([f.metric, f.status]).toEqual(['ai-dc-performance', 'consistent']);
  });

  it('reads a whole and its part in one sentence', () => {
    const r = judge('집적단지 사업비 총액 4천116억원 가운데 국비가 2천798억원이다.');
    expect(r.figures.map((f) => [f.text, f.metric, f.status])).toEqual([
      ['4천116억원', 'ai-cluster-phase1-budget', 'consistent'],
      ['2천798억원', 'ai-cluster-phase1-national-budget', 'consistent'],
    ]);
  });
});

describe('a discrepancy needs every slot, and names them', () => {
  it('same metric, kind and scope, another value: a discrepancy naming its words and slot', () => {
    const f = fig('광주시는 AI 집적단지 1단계 사업비로 3900억원을 투입한다.', '3900억원', '2021-06-01');
    expect([f.metric, f.status]).toEqual(['ai-cluster-phase1-budget', 'discrepancy']);
    expect(f.evidence?.slot).toBe('value');
    expect(f.evidence?.via).toBe('clause');
    expect(f.evidence?.words).toContain('사업비');
    expect(f.facts).toContain('s001-phase1-budget');
  });

  it('no kind cue: related, not a discrepancy', () => {
    const f = fig('광주 AI 창업은 1500개다.', '1500개');
    expect(f.status).toBe('related');
    expect(f.evidence?.slot).toBe('kind');
  });

  it('the metric only elsewhere in the sentence: related by link', () => {
    const f = fig('창업 지원 기관 관계자 가운데 일부는, 올해 행사에 1500명이 모였다고 전했다.', '1500명');
    expect(f.status).not.toBe('discrepancy');
  });

  it('a phase-1 budget stated without its phase is not judged against it', () => {
    const f = fig('광주시는 AI 사업비로 3900억원을 투입한다.', '3900억원', '2021-06-01');
    expect(f.status).not.toBe('discrepancy');
  });

  it('another cohort is not judged against cohort 1', () => {
    const f = fig('인공지능사관학교 5기 수료생은 210명이다.', '210명');
    expect(f.status).not.toBe('discrepancy');
  });

  it('a period discrepancy still needs the stated term to be the figure’s own', () => {
    const f = fig('광주시는 2030년까지 AI 집적단지에 1조원을 투입한다.', '1조원', '2021-06-01');
    expect([f.status, f.evidence?.slot]).toEqual(['discrepancy', 'period']);
  });
});

describe('from the z25–z32 pages', () => {
  it("another body's money is not the metric's, whatever word it shares", () => {
    const f = fig(
      '주관기관을 맡은 GIST는 AI대학원 건물 안 데이터센터실에 50억원을 들여 장비를 들였다.',
      '50억원',
    );
    expect(f.status).not.toBe('discrepancy');
    expect(f.evidence?.slot).toBe('link');
  });

  it('the idioms of settling in and joining hands are the store’s words', () => {
    const r = judge(
      '그해 말 광주시와 손을 맞잡은 기업·기관은 62곳이었고, 그 가운데 36곳이 광주에 둥지를 틀었다.',
      '2021-01-01',
    );
    expect(r.figures.map((x) => [x.text, x.metric])).toEqual([
      ['62곳', 'ai-mou-partners'],
      ['36곳', 'ai-companies-established'],
    ]);
  });
});

describe('from the z17–z24 pages', () => {
  it('a count of institutions is not a count of startups', () => {
    const f = fig('캠프에는 입주 공간 26개와 투자·창업 지원기관 3곳이 들어서 있다.', '3곳', '2021-11-22');
    expect(f.status).not.toBe('discrepancy');
  });

  it('"센터는" points back at the centre the sentence before named', () => {
    const r = judge(
      '국가 AI 데이터센터가 문을 열었다. 센터는 2천500억원을 들여 2년여 공사 끝에 세워졌다.',
      '2023-11-06',
    );
    const f = r.figures.find((x) => x.text === '2천500억원')!;
    expect([f.metric, f.status]).toEqual(['ai-dc-budget', 'discrepancy']);
  });

  it('"갖춘다" states what is planned', () => {
    const f = fig(
      '첨단3지구에 들어설 데이터센터는 세계 7위 수준의 슈퍼컴퓨팅 시스템을 갖춘다.',
      '7위',
      '2021-11-22',
    );
    expect(f.frame?.kind).toBe('target');
  });
});

describe('from the z33–z48 pages', () => {
  it('the total of a list closed by 등 is not the listed item the words tie it to', () => {
    const f = fig(
      '국비와 NHN 투자금 등 2천억원을 들여 2023년 10월 문을 연 센터는 연산 능력이 크다.',
      '2천억원',
      '2025-07-02',
    );
    expect(f.status).not.toBe('discrepancy');
    const sum = fig('데이터센터에는 국비와 NHN 투자금 등 2천억원이 들어간다.', '2천억원', '2022-01-01');
    expect([sum.metric, sum.status, sum.evidence?.slot]).toEqual(['nhn-dc-investment', 'related', 'sum']);
    expect(explainFigure(sum, undefined, 'ko')).toContain('여러 항목을 합한 값');
    expect(explainFigure(sum, undefined, 'ko')).not.toContain('null');
  });

  it('the body that runs the programme speaks of it (사업단, 과기정통부); the city among the subjects too', () => {
    const r = judge(
      '사업단은 1단계 기간에 자동차·에너지·헬스케어 분야의 AI융합 R&D 과제 12개를 추진한다.',
      '2022-05-24',
    );
    expect(r.figures[0]).toMatchObject({ metric: 'ai-cluster-rnd-projects', status: 'discrepancy' });
  });
});

describe('from z49–z72: parts, programmes and scopes the earlier pages did not have', () => {
  it.each([
    [
      'a supplementary budget',
      '광주시는 4천억원 규모의 올해 첫 추가경정예산안을 시의회에 냈다.',
      '4천억원 규모',
    ],
    [
      'what is left of a budget',
      '시는 AI 집적단지 1단계를 끝내는 데 필요한 잔여사업비 120억원을 요청했다.',
      '120억원',
    ],
    ['a kind of spending: a line item', '1단계 때도 R&D 예산 500억원이 전국으로 나뉘어 쓰였다.', '500억원'],
    [
      "a quoted project's budget",
      "시는 데이터센터를 활용하는 'AI 의료 데이터 실증 기반 조성' 사업비 90억원도 요청했다.",
      '90억원',
    ],
    ['money taken out of a fund', '한 스타트업은 2021년 1차 펀드에서 7억원을 투자받았다.', '7억원'],
    [
      'participants of a course named after training',
      "지난달 열린 'AI 전문인력 양성과정'에는 20명이 참여해 모두 취업했다.",
      '20명',
    ],
  ])('%s', (_, text, figure) => {
    const f = fig(text, figure, '2021-04-19');
    expect(f.status, f.sentence).not.toBe('discrepancy');
  });

  it('what the money bought, after "들여", does not name the spending', () => {
    const f = fig(
      '그는 "1단계 사업에 4천500억원을 들여 국가AI데이터센터와 실증 장비를 갖췄다"며 "2단계도 가능하다"고 말했다.',
      '4천500억원',
      '2025-12-01',
    );
    expect(f.frame?.phase).toBe(1); // the quotation closes the predicate: 2단계 is the next one's
    expect([f.metric, f.status]).toEqual(['ai-cluster-phase1-budget', 'discrepancy']);
  });

  it('a year that dates an event of the programme is not a fiscal year', () => {
    const f = fig('올해 마무리되는 AI 집적단지 1단계의 총 예산은 5천억원이다.', '5천억원', '2024-12-01');
    expect(f.frame?.annual).toBe(false);
    expect([f.metric, f.status]).toEqual(['ai-cluster-phase1-budget', 'discrepancy']);
  });

  it('"첫 기수" is cohort 1', () => {
    const f = fig('사관학교는 첫 기수 수료생 150명을 배출한 뒤 지난해 6기까지 1천500명을 길러냈다.', '150명');
    expect(f.frame?.cohort).toBe(1);
    expect([f.metric, f.status]).toEqual(['ai-academy-cohort1-graduates', 'discrepancy']);
  });

  it("a value far from its metric's and within a tenth of a sibling's is not an accusation", () => {
    // the words say 총사업비 (the programme's 1조원); the value is the phase-1 budget's (4116억원)
    const f = fig('AI 집적단지 사업의 총사업비는 4천50억원이다.', '4천50억원', '2020-01-01');
    expect(f.status).toBe('related');
    expect(f.evidence?.slot).toBe('link');
  });
});

describe('from z73–z88: sources of money, other places, results, and terms written as ranges', () => {
  it.each([
    [
      'one source of a budget',
      '국가AI데이터센터는 국비 950억원과 민간 투자금 2천억원으로 지어졌다.',
      '950억원',
      'role',
    ],
    [
      "another place's facility",
      '시는 센터가 문을 열기 전까지 서울 데이터센터의 연산 자원 8.8PF를 빌려 쓰고 있다.',
      '8.8PF',
      'link',
    ],
    ['a service fee paid from national money', '연구 용역비는 국비 5억원이다.', '5억원', undefined],
  ])('%s', (_, text, figure, slot) => {
    const f = fig(text, figure, '2021-08-12');
    expect(f.status, f.sentence).not.toBe('discrepancy');
    if (slot) expect(f.evidence?.slot).toBe(slot);
  });

  it('a past-tense creation is a result, not the jobs target', () => {
    const f = fig('센터를 거친 과제에서 1천900명의 고용이 창출됐다.', '1천900명', '2025-03-26');
    expect(f.frame?.kind).toBe('actual');
    expect(f.status).not.toBe('discrepancy');
  });

  it("a phase's national share is judged against that share", () => {
    const f = fig('AI 집적단지 1단계에는 국비 2천900억원이 들어갔다.', '2천900억원', '2023-01-10');
    expect([f.metric, f.status]).toEqual(['ai-cluster-phase1-national-budget', 'discrepancy']);
  });

  it.each([
    ['광주는 2020∼2024년 AI 집적단지 1단계 사업비 4천300억원으로 데이터센터를 지었다.', '4천300억원'],
    ['2020년부터 5년간 4천300억원이 들어간 AI 집적단지 1단계가 끝났다.', '4천300억원'],
  ])('a term written as a range or "부터 N년간" is the phase-1 term: %s', (text, figure) => {
    const f = fig(text, figure, '2025-10-01');
    expect(f.scope).toMatchObject({ from: 2020, until: 2024 });
    expect([f.metric, f.status]).toEqual(['ai-cluster-phase1-budget', 'discrepancy']);
  });

  it('"N곳이던" is a count as it stood then', () => {
    const f = fig('지난해 말 70곳이던 AI 협약 기업·기관은 올해 두 배로 늘었다.', '70곳', '2021-09-08');
    expect(f.frame?.kind).toBe('actual');
    expect([f.metric, f.status]).toEqual(['ai-mou-partners', 'discrepancy']);
  });
});

describe('from z89–z96: numbers inside numbers, results, events and generic words', () => {
  it('a stored value is not found inside a larger number (1조원 in 81조원)', () => {
    const f = fig(
      "시장은 15대 과제, 사업비 81조원 규모의 '광주의 제안'을 발표했다.",
      '81조원 규모',
      '2025-04-08',
    );
    expect(f.status).not.toBe('discrepancy');
  });

  it('"N명의 인재가 나왔고" is a result, not the experts target', () => {
    const f = fig(
      '그는 "사관학교에서 2년 동안 300명의 실무 인재가 나왔고, AI 투자펀드를 만들어 투자하고 있다"고 했다.',
      '300명',
      '2022-04-19',
    );
    expect(f.status).not.toBe('discrepancy');
  });

  it("a year that dates an event of another predicate is not the figure's year", () => {
    const f = fig(
      '시장은 "데이터센터가 내년이면 문을 열고, AI 집적단지 1단계에만 4천300억원이 투입된다"고 말했다.',
      '4천300억원',
      '2022-06-27',
    );
    expect(f.scope.label).toBeNull();
    expect([f.metric, f.status]).toEqual(['ai-cluster-phase1-budget', 'discrepancy']);
  });

  it('"사업비" alone names no metric: another package of projects is not the AI cluster', () => {
    const f = fig(
      '광주시는 AI 집적단지 조성에 속도를 내고 있다. 시는 40개 사업, 사업비 5조원의 지역 공약도 발표했다.',
      '5조원',
      '2025-04-08',
    );
    expect([f.status, f.evidence?.slot]).toEqual(['related', 'link']);
  });
});

describe('the size of the value: a figure far from every stored value is not called wrong', () => {
  it('an amount a tenth of the stored budget, in words that tie it, is related by magnitude', () => {
    const f = fig('광주시는 AI 집적단지 1단계 사업비로 410억원을 투입한다.', '410억원', '2021-06-01');
    expect([f.metric, f.status, f.evidence?.slot]).toEqual([
      'ai-cluster-phase1-budget',
      'related',
      'magnitude',
    ]);
    expect(explainFigure(f, undefined, 'ko')).toContain('두 배 넘게');
  });

  it('a wrong figure within a factor of two is still a discrepancy, with the same words', () => {
    const f = fig('광주시는 AI 집적단지 1단계 사업비로 4300억원을 투입한다.', '4300억원', '2021-06-01');
    expect([f.metric, f.status, f.evidence?.slot]).toEqual([
      'ai-cluster-phase1-budget',
      'discrepancy',
      'value',
    ]);
  });

  it('the level a quantity moved to is not the spec or plan stored ("연산 자원은 44.3PF로 줄었다")', () => {
    const fell = fig('센터가 운영하는 데이터센터 연산 자원은 44.3PF로 줄었다.', '44.3PF', '2025-12-16');
    expect([fell.metric, fell.status, fell.evidence?.slot]).toEqual([
      'ai-dc-performance',
      'related',
      'level',
    ]);
    // the card says why in plain words, and names no effect estimate
    expect(explainFigure(fell, undefined, 'ko')).toContain('바뀐 뒤의 수준');
    expect(explainFigure(fell, undefined, 'ko')).not.toContain('효과');
    expect(explainFigure(fell, undefined, 'en')).toContain('level a quantity moved to');
    // stated as the centre's performance, the same value is a discrepancy
    const said = fig('광주 국가AI데이터센터의 연산 성능은 44.3PF다.', '44.3PF', '2025-12-16');
    expect([said.metric, said.status]).toEqual(['ai-dc-performance', 'discrepancy']);
  });

  it('a decimal point moved is the same number written wrong: 411억6천만원 for 4116억원, not 412억원', () => {
    const slip = fig(
      '광주시는 AI 집적단지 1단계 사업비로 411억6천만원을 투입한다.',
      '411억6천만원',
      '2021-06-01',
    );
    expect([slip.metric, slip.status, slip.evidence?.slot]).toEqual([
      'ai-cluster-phase1-budget',
      'discrepancy',
      'value',
    ]);
    const other = fig('광주시는 AI 집적단지 1단계 사업비로 412억원을 투입한다.', '412억원', '2021-06-01');
    expect([other.status, other.evidence?.slot]).toEqual(['related', 'magnitude']);
    // an approximate value has no digits to compare
    const about = fig(
      '광주시는 AI 집적단지 1단계 사업비로 약 411억6천만원을 투입한다.',
      '약 411억6천만원',
      '2021-06-01',
    );
    expect(about.status).toBe('related');
  });

  it('twice the stored value is the edge: 1만300명 against 5150명 is judged, 1만400명 is not', () => {
    const at = fig('광주시는 AI 전문인재 1만300명을 길러내겠다고 밝혔다.', '1만300명', '2021-06-01');
    expect([at.metric, at.status]).toEqual(['ai-experts-target', 'discrepancy']);
    const past = fig('광주시는 AI 전문인재 1만400명을 길러내겠다고 밝혔다.', '1만400명', '2021-06-01');
    expect([past.metric, past.status, past.evidence?.slot]).toEqual([
      'ai-experts-target',
      'related',
      'magnitude',
    ]);
  });
});

describe('from z97–z104: terms in native numerals and estimates that equal a target', () => {
  it('"2020년부터 다섯 해 동안" is the term 2020–2024, so the phase-1 budget stated over it agrees', () => {
    const text =
      '2단계 사업은 2030년까지 5년간 이어진다. 광주는 2020년부터 다섯 해 동안 약 4천300억원을 들여 AI 집적단지 1단계 기반을 닦았다.';
    const f = fig(text, '약 4천300억원', '2025-08-24');
    expect([f.scope.from, f.scope.until, f.scope.inherited ?? false]).toEqual([2020, 2024, false]);
    expect([f.metric, f.status]).toEqual(['ai-cluster-phase1-budget', 'consistent']);
  });

  it('an employment effect estimate is not the jobs target it happens to equal', () => {
    const f = fig('연구원은 집적단지의 고용유발 효과를 7천여명으로 추산했다.', '7천여명', '2025-08-24');
    expect(f.status).not.toBe('consistent');
    expect(f.status).not.toBe('discrepancy');
  });

  it('a count before "파급 효과" is still the count: four districts agree', () => {
    const f = fig(
      '이 시장은 광주 4개 지구의 경제자유구역 지정이 가져올 파급 효과를 강조했다.',
      '4개',
      '2020-06-29',
    );
    expect([f.metric, f.status]).toEqual(['efz-districts', 'consistent']);
  });

  it('"AI 3대 강국" names another list than the stored "4대 강국": not judged, and worded so', () => {
    const f = fig(
      '강 시장은 "대한민국이 AI 3대 강국으로 도약하도록 광주가 앞장서겠다"고 말했다.',
      '3대',
      '2025-09-01',
    );
    expect([f.metric, f.status, f.evidence?.slot]).toEqual(['korea-ai-powers-goal', 'related', 'name']);
    expect(explainFigure(f, undefined, 'ko')).toContain('목록의 이름');
    const same = fig(
      '강 시장은 "대한민국이 AI 4대 강국으로 도약하도록 광주가 앞장서겠다"고 말했다.',
      '4대',
      '2025-09-01',
    );
    expect(same.status).toBe('consistent');
  });
});
