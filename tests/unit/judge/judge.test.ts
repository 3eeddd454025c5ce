import { describe, expect, it } from 'vitest';
import { buildFactIndex, findTerms } from '../../../lib/judge/fact-index';
import { linkFigure } from '../../../lib/judge/link-figure';
import { readFigures } from '../../../lib/judge/read/read-figures';
import { explainFigure } from '../../../lib/shared/wording/explain-figure';
import { bundledStore } from '../../../lib/store/bundled-store';
import { judgeText } from '../../../tools/testing/judge-text';

const index = buildFactIndex(bundledStore);

/** Judges a body text as if it were a detected article published on `date`. */
const judge = (text: string, date = '2021-06-01') => judgeText(text, date);

const status = (text: string, date?: string) =>
  judge(text, date).figures.map((f) => [f.text, f.metric, f.status] as const);

describe('linking and judging figures against the store', () => {
  it('agrees with the store in the forms Korean news writes', () => {
    expect(status('광주시는 AI 집적단지 1단계 사업비로 4천116억원을 투입한다.')).toEqual([
      ['4천116억원', 'ai-cluster-phase1-budget', 'consistent'],
    ]);
    expect(status('1단계 집적단지 사업에는 약 4000억여원이 투입된다.')).toEqual([
      ['약 4000억여원', 'ai-cluster-phase1-budget', 'consistent'],
    ]);
    expect(status('시는 일자리 창출 2만 7500명을 목표로 하고 있다.')).toEqual([
      ['2만 7500명', 'ai-jobs-target', 'consistent'],
    ]);
  });

  it('flags a different value of the same metric and scope as a discrepancy naming both stored values', () => {
    const r = judge('광주시는 AI 창업 1500개를 목표로 하고 있다.');
    expect(r.figures[0]).toMatchObject({ metric: 'ai-startup-target', status: 'discrepancy' });
    const text = explainFigure(r.figures[0]!, r.metrics['ai-startup-target'], 'ko');
    expect(text).toContain('1,000개 (뉴스핌, 2020-01-29');
    expect(text).toContain('2,000개 (광주일보, 2021-03-03');
    expect(r.discrepancies.map((d) => [d.origin, d.metric])).toContainEqual(['page', 'ai-startup-target']);
    expect(r.discrepancies.map((d) => [d.origin, d.metric])).toContainEqual(['store', 'ai-startup-target']);
  });

  it('calls an actual count as of another date related, not a discrepancy', () => {
    expect(status('광주시는 현재까지 AI 기업 120개사를 유치했다.', '2022-05-01')).toEqual([
      ['120개사', 'ai-companies-attracted', 'related'],
    ]);
  });

  it('calls a budget for another fiscal year related', () => {
    expect(status('광주시는 2022년도 예산안에서 디지털 뉴딜에 300억원을 투자한다.', '2021-11-20')).toEqual([
      ['300억원', 'budget-2021-digital-new-deal', 'related'],
    ]);
  });

  it('flags a restated total over a different term as a period discrepancy', () => {
    const r = judge('AI 집적단지에는 2030년까지 1조원이 투입된다.');
    expect(r.figures[0]).toMatchObject({ metric: 'ai-cluster-total-budget', status: 'discrepancy' });
    expect(r.discrepancies.find((d) => d.origin === 'page')?.kind).toBe('period');
  });

  it('reads "1·2단계를 합쳐" as the whole programme, not phase 2', () => {
    const r = judge(
      '2단계에만 6천억원이 들어간다. 시는 1·2단계를 합쳐 2030년까지 1조원이 투입된다고 설명했다.',
    );
    expect(r.figures.find((f) => f.text === '1조원')).toMatchObject({
      metric: 'ai-cluster-total-budget',
      status: 'discrepancy',
    });
  });

  it('confirms a founding goal restated in a phase-2 story, but accuses nothing on the carried phase', () => {
    const story = (n: string) =>
      `AI 2단계 사업은 2026년부터 5년간 진행된다. 시가 2019년 내건 'AI 창업 1천개·일자리 ${n}' 목표가 얼마나 이뤄졌는지 따져봐야 한다.`;
    const jobs = (n: string) => judge(story(n), '2024-03-26').figures.find((f) => f.text === n);
    expect(jobs('2만7천500명')).toMatchObject({ metric: 'ai-jobs-target', status: 'consistent' });
    expect(jobs('2만9천명')?.status).not.toBe('discrepancy');
  });

  it('ties money spent "2024년까지" to the metric stored with that term, not to an item it builds', () => {
    const built = (n: string) =>
      `과기정통부와 시가 2024년까지 ${n}을 들여 첨단3지구에 국가데이터센터 등을 갖춰 조성하는 AI 집적단지의 인력 수요에 대비한다.`;
    const money = (n: string) => judge(built(n), '2023-01-15').figures.find((f) => f.text === n);
    expect(money('4천116억원')).toMatchObject({ metric: 'ai-cluster-phase1-budget', status: 'consistent' });
    expect(money('4천119억원')).toMatchObject({ metric: 'ai-cluster-phase1-budget', status: 'discrepancy' });
    // without the term, nothing points at the phase-1 budget rather than the data centre's
    expect(judge(built('4천119억원').replace('2024년까지 ', ''), '2023-01-15').figures[0]?.status).not.toBe(
      'discrepancy',
    );
  });

  it('reads "국비 등 N원" as a total of sources, not the national share', () => {
    const r = judge(
      '집적단지 조성사업은 내년부터 2024년까지 5년 동안 국비 등 4천억여원이 들어가는 사업이다.',
      '2019-11-28',
    );
    expect(r.figures[0]?.status).not.toBe('discrepancy');
  });

  it('reads a bare "센터" as the centre the article last named, and only a centre the store knows', () => {
    const dc = '국가AI데이터센터는 올해 하반기 문을 연다. 저장 용량은 107PB에 이른다. ';
    const cost = '센터 건립에는 국비와 NHN 투자금을 합쳐 3천억원가량이 들어간다.';
    expect(judge(dc + cost, '2023-05-09').figures.find((f) => f.text === '3천억원가량')).toMatchObject({
      metric: 'ai-dc-budget',
      status: 'consistent',
    });
    // a centre named since, that the store does not know, is what the 센터 now stands for
    const other = `${dc}NHN은 첨단지구에 광주 R&D센터도 열었다. ${cost}`;
    expect(judge(other, '2023-05-09').figures.find((f) => f.text === '3천억원가량')?.metric).not.toBe(
      'ai-dc-budget',
    );
    // a bare 센터 with no centre named before it stands for nothing
    expect(judge(cost, '2023-05-09').figures[0]?.metric).not.toBe('ai-dc-budget');
  });

  it('knows the companies brought to Gwangju in the words reporters use ("불러들인", "끌어온", "광주로 왔다")', () => {
    for (const said of [
      '시는 2021년 3월 초까지 AI 기업 82곳을 광주로 불러들였다.',
      '지금까지 AI 관련 기업 82곳이 광주로 왔다.',
      '당시까지 광주로 끌어온 기업은 82곳이었다.',
    ])
      expect(status(said, '2021-03-24')[0], said).toEqual(['82곳', 'ai-companies-attracted', 'consistent']);
    // MOU partners are another count ("협약 기업·기관")
    expect(
      status('지난해 말 65곳이던 협약 기업·기관은 두 배 가까이로 불었다.', '2021-09-20')[0]?.[1],
    ).not.toBe('ai-companies-attracted');
  });

  it('confirms a founding goal whose phase is named only after it, in its predicate, and accuses nothing there', () => {
    const plan = (n: string) =>
      `2020년 AI 중심도시 비전을 선포하면서 제시한 10년간 AI 창업 ${n} 목표도 2단계 사업으로 마무리한다는 계획이다.`;
    const goal = (n: string) => judge(plan(n), '2025-09-15').figures[0];
    expect(goal('1천개')).toMatchObject({ metric: 'ai-startup-target', status: 'consistent' });
    expect(goal('1천200개')?.status).not.toBe('discrepancy');
  });

  it('reads "신생기업" as a startup, not the jobs of the clause after it', () => {
    const said = '그는 "향후 10년간 AI 신생기업 1천개를 키우고 일자리 7천명을 만들겠다"고 했다.';
    expect(status(said, '2021-06-28')[0]).toEqual(['1천개', 'ai-startup-target', 'consistent']);
  });

  it('knows "광주행을 확정한" companies and "AI 전문 인력" written with a space', () => {
    expect(status('2021년 3월 초 기준으로 광주행을 확정한 AI 기업은 82곳이었다.', '2024-03-26')[0]).toEqual([
      '82곳',
      'ai-companies-attracted',
      'consistent',
    ]);
    expect(
      status('시는 산업 현장에서 통할 AI 전문 인력 5천150명을 키워낸다는 계획이다.', '2024-09-20')[0]?.[1],
    ).toBe('ai-experts-target');
  });

  it('reads the staff of "이들 기업" as the relocated companies\' staff, an actual count ("일하는")', () => {
    const staff = (n: string) =>
      judge(
        `광주에 법인을 낸 AI 기업은 43곳이다. 이들 기업에서 일하는 직원은 ${n}이다.`,
        '2021-03-25',
      ).figures.find((f) => f.text === n);
    expect(staff('172명')).toMatchObject({ metric: 'ai-company-employees', status: 'consistent' });
    expect(staff('200여명')).toMatchObject({ metric: 'ai-company-employees', status: 'discrepancy' });
    // a camp's tenants are other companies
    expect(status('입주 기업에서 일하는 직원은 모두 120명이다.', '2021-03-22')[0]?.[2]).not.toBe(
      'discrepancy',
    );
  });

  it('reads "연산 능력" as the data centre\'s performance only when the centre is what the sentence is about', () => {
    const dc = '국가AI데이터센터가 문을 열었다. ';
    const perf = (n: string) =>
      judge(`${dc}센터의 연산 능력은 GPU 클라우드와 HPC 전용 자원을 합친 ${n}다.`, '2024-03-25').figures.find(
        (f) => f.text === n,
      );
    expect(perf('88.5PF')).toMatchObject({ metric: 'ai-dc-performance', status: 'consistent' });
    expect(perf('85.5PF')).toMatchObject({ metric: 'ai-dc-performance', status: 'discrepancy' });
    // a service's or a building's computing power is another quantity
    for (const other of [
      `${dc}먼저 문을 연 것은 GPU 기반 클라우드 서비스로, 연산 능력은 68.5PF다.`,
      `${dc}건물은 장비를 늘리면 연산 능력을 100페타플롭스까지 수용할 수 있도록 설계됐다.`,
    ])
      expect(judge(other, '2023-11-15').figures.at(-1)?.status, other).not.toBe('discrepancy');
  });

  it('reads a count stated as it stands ("…이 약 150명이라고 밝혔다") as a count of a metric only ever counted', () => {
    const said = (n: string, tail = '이라고 밝혔다.') =>
      judge(
        `광주에 법인을 낸 AI 기업은 43곳이다. 시는 이들 기업의 광주 인력이 ${n}${tail}`,
        '2021-03-22',
      ).figures.find((f) => f.text === n);
    expect(said('약 150명')).toMatchObject({ metric: 'ai-company-employees', status: 'discrepancy' });
    expect(said('172명')).toMatchObject({ metric: 'ai-company-employees', status: 'consistent' });
    // a word of the future or of a plan leaves the kind in doubt
    const planned = judge(
      `광주에 법인을 낸 AI 기업은 43곳이다. 시는 내년 이들 기업의 광주 인력이 약 150명이라고 밝혔다.`,
      '2021-03-22',
    ).figures.find((f) => f.text === '약 150명');
    expect(planned?.status).not.toBe('discrepancy');
    // and a figure the sentence does not end on is not stated as it stands
    expect(said('약 150명', '을 넘는 수준으로 늘어날 수 있다고 밝혔다.')?.status).not.toBe('discrepancy');
  });

  it('reads "2단계까지" as through the last phase, the whole programme, not phase 2 alone', () => {
    expect(
      status('이 후보는 "2단계까지 10년간 1조원이 들어가는 사업을 이어가야 한다"고 말했다.', '2022-04-20'),
    ).toEqual([['1조원', 'ai-cluster-total-budget', 'consistent']]);
    // phase 2 on its own is not the whole programme's
    expect(
      status(
        '이 후보는 "2단계에 10년간 1조원이 들어가는 사업을 이어가야 한다"고 말했다.',
        '2022-04-20',
      )[0]?.[2],
    ).not.toBe('consistent');
  });

  it('ties "N곳을 끌어오고/불러들이고" in a pledge to the 2024 companies target, not to the jobs beside it', () => {
    expect(
      status(
        '이 시장은 "2024년까지 AI 기업 310곳을 끌어오고 새 일자리 1천개를 만들겠다"고 말했다.',
        '2020-12-30',
      ),
    ).toEqual([
      ['310곳', 'ai-companies-target-2024', 'consistent'],
      ['1천개', 'ai-company-jobs-target-2024', 'consistent'],
    ]);
  });

  it('agrees an open bound ("N 이상") only with a stored value near it, and reads 투자조합 as the fund', () => {
    const fund = judge(
      '2020년 11월 1천48억원으로 결성된 AI 전용 투자조합은 이 가운데 200억원 이상을 광주에 본사를 둔 기업에 쓰도록 약정했다.',
      '2020-11-15',
    ).figures.map((f) => [f.text, f.metric, f.status]);
    expect(fund[0]).toEqual(['1천48억원', 'ai-startup-fund', 'consistent']);
    expect(fund[1]?.[2]).not.toBe('consistent');
    expect(status('AI 스타트업 투자 펀드는 800억원 이상 규모로 조성된다.')).toEqual([
      ['800억원 이상', 'ai-startup-fund', 'consistent'],
    ]);
  });

  it('reads jobs counted in 명 as the jobs target stored in 개 ("1천여명의 일자리" for 1,000개)', () => {
    expect(
      status(
        '광주시는 1단계인 2024년까지 AI 기업 310개를 유치해 1천여명의 일자리를 만든다는 목표를 세웠다.',
        '2021-09-01',
      ),
    ).toContainEqual(['1천여명', 'ai-company-jobs-target-2024', 'consistent']);
    // a count of people is still no count of things for any other metric
    expect(status('AI융합 R&D 과제 14개에 연구 인력 14명이 참여한다.')[1]?.[1]).not.toBe(
      'ai-cluster-rnd-projects',
    );
  });

  it('reads "X를 짓는 데에는 A와 B를 합쳐 N원" as X\'s total: the topic is not one of the parts summed', () => {
    const built = (n: string) =>
      status(`데이터센터를 짓는 데에는 국비와 민간 투자금을 합쳐 ${n}이 들어갔다.`, '2024-11-19');
    expect(built('3천억원')).toEqual([['3천억원', 'ai-dc-budget', 'consistent']]);
    expect(built('3천600억원')).toEqual([['3천600억원', 'ai-dc-budget', 'discrepancy']]);
  });

  it('does not accuse a figure of another clause\'s term ("2029년까지 10년 동안 1조원 …, 1단계에만 4천억원대")', () => {
    expect(
      status(
        '북구 첨단3지구에 들어설 집적단지는 2029년까지 10년 동안 1조원 규모를 들이는 사업으로, 예타를 면제받은 1단계에만 4천억원대 사업비가 잡혀 있다.',
        '2019-12-23',
      ),
    ).toEqual([
      ['1조원 규모', 'ai-cluster-total-budget', 'consistent'],
      ['4천억원대', 'ai-cluster-phase1-budget', 'consistent'],
    ]);
  });

  it('reads "AI 인력 N명이 길러질" as the experts target', () => {
    expect(
      status(
        '시는 앞으로 10년 동안 산업 현장을 이끌 AI 인력 5천150명이 길러질 것이라고 밝혔다.',
        '2020-01-15',
      ),
    ).toEqual([['5천150명', 'ai-experts-target', 'consistent']]);
  });

  it('reads "새 일터를 얻는 N명" as the jobs target', () => {
    expect(status('시는 10년 동안 7천명이 새 일터를 얻을 것으로 내다봤다.', '2020-11-23')).toEqual([
      ['7천명', 'ai-jobs-target', 'consistent'],
    ]);
  });

  it('does not tie a site to the cluster it borders ("AI 집적단지와 맞닿은 2만3138㎡ 부지")', () => {
    const site = judge(
      '지난해 4월 부지를 정할 때만 해도 약 1천억원이 들 것으로 봤다. 학교는 북구 오룡동, 첨단3지구 AI 집적단지와 맞닿은 2만3138㎡ 부지에 기숙사동을 갖춰 들어선다.',
      '2025-05-13',
    ).figures.find((f) => f.text === '2만3138㎡');
    expect(site?.status).toBe('related');
    expect(site?.metric).not.toBe('ai-cluster-phase1-site-area');
    expect(status('AI 집적단지 1단계 부지는 2만3138㎡다.', '2021-03-03')[0]?.[2]).toBe('discrepancy');
  });

  it('accuses no wrong term on a tie by "투입" alone: the figure\'s own value is not the programme\'s name', () => {
    const [district] = judge(
      '첨단3지구 전체를 개발하는 데에는 공영개발 방식으로 2025년까지 약 1조원이 투입된다.',
      '2020-12-29',
    ).figures;
    expect(district?.status).not.toBe('discrepancy');
    // both phases named are the programme's own name: the wrong term is then a discrepancy
    expect(
      status('시는 1·2단계를 합쳐 2030년까지 1조원이 AI 산업에 투입된다고 설명했다.', '2026-03-20'),
    ).toEqual([['1조원', 'ai-cluster-total-budget', 'discrepancy']]);
  });

  it('reads "2020년부터 2024년까지 5년 동안" as one term, phase 1\'s, and "1단계에 이어" as the whole', () => {
    expect(
      status(
        '집적단지 사업은 2020년부터 2024년까지 5년 동안 4119억원을 들여 주력산업에 AI를 입히는 사업이다.',
        '2022-01-24',
      ),
    ).toEqual([['4119억원', 'ai-cluster-phase1-budget', 'discrepancy']]);
    expect(
      status(
        '시는 1단계에 이어 연구교육단지 안 18만평에 2027년까지 1조원 규모의 AI 단지를 완성한다는 계획이다.',
        '2020-12-29',
      )[0],
    ).toEqual(['18만평', 'ai-cluster-site-area', 'discrepancy']);
  });

  it('reads "지역사무소를 연 AI 기업" as the companies that opened an office', () => {
    expect(
      status(
        '지난해 말까지 광주에 법인이나 연구소, 지역사무소를 연 AI 기업은 38곳으로 집계됐다.',
        '2021-01-05',
      ),
    ).toEqual([['38곳', 'ai-companies-established', 'discrepancy']]);
  });

  it('ties a topic to the words of its relative clause, and reads "맺은" as an achieved count', () => {
    expect(
      status('지난해 광주시와 업무협약을 맺은 AI 기업·기관은 모두 68개로 집계됐다.', '2021-01-04'),
    ).toEqual([['68개', 'ai-mou-partners', 'discrepancy']]);
    expect(
      status('지난해 광주시와 업무협약을 맺은 AI 기업·기관은 모두 62개로 집계됐다.', '2021-01-04'),
    ).toEqual([['62개', 'ai-mou-partners', 'consistent']]);
  });

  it('dates "이듬해 3월" from the year the story last named, not from the article date', () => {
    const story = (n: string) =>
      `광주시는 2020년 말 기준 AI 기업 62곳과 협약을 맺었다. 이듬해 3월에는 유치 기업이 82곳으로 불어났고, 당시 법인·사무실을 연 곳은 ${n}이었다.`;
    expect(status(story('43곳'), '2023-08-29')).toEqual([
      ['62곳', 'ai-mou-partners', 'consistent'],
      ['82곳', 'ai-companies-attracted', 'consistent'],
      ['43곳', 'ai-companies-established', 'consistent'],
    ]);
    expect(status(story('45곳'), '2023-08-29').at(-1)).toEqual([
      '45곳',
      'ai-companies-established',
      'discrepancy',
    ]);
    // With no year told before it, "이듬해" dates nothing: the count stays unjudged.
    expect(status('이듬해 3월에는 유치 기업이 82곳으로 불어났다.', '2023-08-29')).toEqual([
      ['82곳', 'ai-companies-attracted', 'related'],
    ]);
  });

  it('does not accuse a figure beside an agreeing one of the same metric: it is likely a part', () => {
    // (a part within a factor of two of the whole, so that the size of the value alone does not decide)
    const r = judge(
      '사관학교 운영에는 올해 500억원이 들어간다. 국비 400억원과 시비 100억원으로, 국비는 시가 올해 확보한 AI 집적단지 국비 626억원에 포함돼 있다.',
      '2020-06-24',
    );
    expect(r.figures.find((f) => f.text === '626억원')?.status).toBe('consistent');
    expect(r.figures.find((f) => f.text === '400억원')).toMatchObject({
      status: 'related',
      evidence: { slot: 'sibling' },
    });
    expect(explainFigure(r.figures.find((f) => f.text === '400억원')!, undefined, 'ko')).toContain(
      '판정하지 않음',
    );
  });

  it('finds a one-syllable keyword only as a word of its own: "4대 축", not "구축" or "배정했다"', () => {
    const words = (text: string) => findTerms(index, text).map((h) => h.word);
    expect(words('집적단지 사업은 4대 축으로 추진된다.')).toContain('축');
    expect(words('데이터센터 등 인프라 구축과 기업 육성')).not.toContain('축');
    expect(words('누리온보다 4배 뛰어나다')).toContain('배');
    expect(words('과제 6개를 배정했다')).not.toContain('배');
    // and so a list of fields is not linked to the pillars by the "축" of "구축"
    const [five] = judge(
      '1단계는 데이터센터 등 인프라 구축, AI 기업 육성, 인재 양성 등 5개 분야로 추진됐다.',
    ).figures;
    expect(five?.evidence?.words ?? []).not.toContain('축');
  });

  it('does not read "들여" (money spent) out of "끌어들여" (brought in)', () => {
    const words = (text: string) => findTerms(index, text).map((h) => h.word);
    expect(words('AI 기업을 300개 이상 끌어들여 일자리를 만든다.')).not.toContain('들여');
    expect(words('4천119억원을 들여 집적단지를 조성한다.')).toContain('들여');
    const [firms] = judge(
      '시가 내건 1단계 목표는 AI 기업을 300개 이상 끌어들이는 것이다. 기업 300개를 끌어들여 키운다.',
    ).figures;
    expect(firms?.frame?.kindCue).not.toBe('들여');
  });

  it('judges nothing on generic words alone ("설립", "확보"): the metric\'s own name must be there', () => {
    expect(status('현재까지 벤처기업 45곳이 설립됐다.', '2021-03-05')).toEqual([
      ['45곳', 'ai-companies-established', 'related'],
    ]);
    expect(status('현재까지 광주에 AI 기업 45곳이 법인을 설립했다.', '2021-03-05')).toEqual([
      ['45곳', 'ai-companies-established', 'discrepancy'],
    ]);
  });

  it('reads "나머지 N" as a part of a whole told before, not the whole', () => {
    const text = (cue: string) =>
      `시는 AI 스타트업 지원에 1556억원을 쓴다. ${cue}700억원은 AI 스타트업 투자 펀드의 마중물로 출자된다.`;
    expect(status(text('나머지 '), '2022-06-01').at(-1)).toEqual(['700억원', 'ai-startup-fund', 'related']);
    expect(status(text(''), '2022-06-01').at(-1)).toEqual(['700억원', 'ai-startup-fund', 'discrepancy']);
  });

  it('carries a topic set off by a comma over the inserted phrase to its figure', () => {
    const text = (n: string) =>
      `정부가 승인한 1단계 사업비는, 데이터센터와 실증 장비, 창업 지원 프로그램을 모두 합쳐, ${n}이었다.`;
    expect(status(text('4천116억원'))).toEqual([['4천116억원', 'ai-cluster-phase1-budget', 'consistent']]);
    expect(status(text('4천61억원'))).toEqual([['4천61억원', 'ai-cluster-phase1-budget', 'discrepancy']]);
  });

  it('reads predicates joined by -고 under one "-다는 목표" as goals, and only then', () => {
    const goal = (n: string) =>
      `시는 2024년까지 AI 기업 ${n}를 유치하고 신규 일자리 1천개를 만든다는 1차 목표를 세워 두고 있다.`;
    expect(status(goal('310개사'))[0]).toEqual(['310개사', 'ai-companies-target-2024', 'consistent']);
    expect(status(goal('320개사'))[0]).toEqual(['320개사', 'ai-companies-target-2024', 'discrepancy']);
    const done = '시는 2024년까지 AI 기업 320개사를 유치하고 신규 일자리 1천개를 만들었다.';
    expect(status(done)[0]?.[2]).not.toBe('discrepancy');
  });

  it('does not carry a quoted cue to a figure outside the quote ("“지금까지 82곳 …”고 밝히면서 … 300곳")', () => {
    const said =
      '시는 지난해 3월 "지금까지 82곳을 광주로 끌어왔고 43곳이 법인을 냈다"고 밝히면서 2024년까지 AI 기업 300곳을 유치해 새 일자리 1천개를 만들겠다는 1차 목표를 내놨다.';
    const three = judge(said, '2022-11-08').figures.find((f) => f.text === '300곳');
    // the count so far is the quote's; the 300 is the 2024 goal's, not an achieved count
    expect(three?.frame?.kind).not.toBe('actual');
    expect(three?.metric).toBe('ai-companies-target-2024');
    // and the goal outside the quote is the list "…을 유치해 … 만들겠다는 1차 목표" governs
    expect(three).toMatchObject({ status: 'discrepancy', frame: { kind: 'target' } });
    const agreed = judge(said.replace('300곳', '310곳'), '2022-11-08').figures.find(
      (f) => f.text === '310곳',
    );
    expect(agreed).toMatchObject({ metric: 'ai-companies-target-2024', status: 'consistent' });
  });

  it('reads "첫해" and "처음 문을 연" as the first cohort, before a later cohort named after the figure', () => {
    const said = '시 관계자는 "첫해 180명 정원에 1천45명이 몰렸던 관심이 2기까지 이어졌다"고 했다.';
    expect(status(said, '2021-11-26')).toEqual([
      ['180명', 'ai-academy-cohort1-seats', 'consistent'],
      ['1천45명', 'ai-academy-cohort1-applicants', 'consistent'],
    ]);
    const opened = '사관학교가 처음 문을 연 2020년에는 1천45명이 지원서를 냈다.';
    expect(judge(opened, '2022-04-13').figures[0]?.frame?.cohort).toBe(1);
  });

  it('reads "N명 정원" as the places offered, a plan, and judges it against the stored places', () => {
    const seats = (n: string) =>
      judge(`사관학교가 처음 문을 연 해에는 ${n} 정원에 1천45명이 지원서를 냈다.`, '2022-04-13').figures[0];
    expect(seats('180명')).toMatchObject({ metric: 'ai-academy-cohort1-seats', status: 'consistent' });
    expect(seats('150명')).toMatchObject({ metric: 'ai-academy-cohort1-seats', status: 'discrepancy' });
    expect(seats('150명')?.frame?.kind).toBe('target');
  });

  it('gives a cue right after a figure ("180명 정원에") to that figure, not to the next one', () => {
    const applied = (n: string) =>
      judge(`첫해 1기 모집에는 180명 정원에 전국에서 ${n}이 지원했다.`, '2022-12-15').figures.map((f) => [
        f.text,
        f.metric,
        f.status,
      ]);
    expect(applied('1천45명')).toEqual([
      ['180명', 'ai-academy-cohort1-seats', 'consistent'],
      ['1천45명', 'ai-academy-cohort1-applicants', 'consistent'],
    ]);
    expect(applied('1천54명')[1]).toEqual(['1천54명', 'ai-academy-cohort1-applicants', 'discrepancy']);
  });

  it('reads the cohort the figure\'s own predicate names after it, and "1·2기" as both cohorts', () => {
    const graduates = judge(
      '그해 과정을 끝까지 마친 155명이 사관학교의 첫 졸업생이 됐고, 지난해 2기에서는 157명이 수료했다.',
      '2022-12-15',
    ).figures.map((f) => [f.text, f.frame?.cohort]);
    expect(graduates).toEqual([
      ['155명', 1],
      ['157명', 2],
    ]);
    const both = judge(
      '인공지능사관학교 3기가 문을 열었다. 1·2기 때 기수마다 180명이던 모집 인원을 330명으로 늘렸는데도 772명이 입교를 희망했다.',
      '2022-12-15',
    );
    expect(both.figures[0]).toMatchObject({
      text: '180명',
      metric: 'ai-academy-cohort1-seats',
      status: 'consistent',
    });
    expect(both.figures[0]?.frame?.cohort).toBeNull();
  });

  it('does not tie a figure to a phase\'s metric by a phase word that names the whole ("1단계부터")', () => {
    const [plan] = judge(
      '당시 시는 10년 동안 1조1000억 원을 투입하는 밑그림을 그렸고, 이를 나눠 1단계부터 추진해 왔다.',
      '2024-07-08',
    ).figures;
    expect(plan?.metric).not.toBe('ai-cluster-phase1-budget');
  });

  it('reads "1단계부터" as from the first phase on, the whole programme, not the first phase', () => {
    // judged against the programme's 1조원 over ten years, not against phase 1's 4,116억원
    expect(
      status('광주시는 AI 집적단지를 1단계부터 차례로 키워 10년 동안 8000억원을 투입한다.', '2021-03-03'),
    ).toEqual([['8000억원', 'ai-cluster-total-budget', 'discrepancy']]);
  });

  it('takes the cohort named before a figure, not the next one ("1기는 … 수료 161명이었고, 2기는 …")', () => {
    const text = (n: string) =>
      `인공지능사관학교 1기는 정원 180명, 수료 ${n}이었고, 2기는 정원 180명에 수료 157명이었다.`;
    const graduates = (n: string) => status(text(n)).filter(([, m]) => m === 'ai-academy-cohort1-graduates');
    expect(graduates('155명')).toEqual([
      ['155명', 'ai-academy-cohort1-graduates', 'consistent'],
      ['157명', 'ai-academy-cohort1-graduates', 'related'],
    ]);
    expect(graduates('161명')[0]).toEqual(['161명', 'ai-academy-cohort1-graduates', 'discrepancy']);
  });

  it('dates a one-year figure by a bare year before it ("2020년 집적단지 몫으로 배정된 국비")', () => {
    const told = (n: string) =>
      status(`첫해인 2020년 집적단지 몫으로 배정된 국비는 ${n}이었다.`, '2025-01-06');
    expect(told('626억원')).toEqual([['626억원', 'ai-cluster-2020-national-budget', 'consistent']]);
    expect(told('697억원')).toEqual([['697억원', 'ai-cluster-2020-national-budget', 'discrepancy']]);
    // another year is not the 2020 allocation
    expect(status('2022년 집적단지 몫으로 배정된 국비는 697억원이었다.', '2025-01-06')).not.toContainEqual([
      '697억원',
      'ai-cluster-2020-national-budget',
      'discrepancy',
    ]);
  });

  it('reads "올해보다 N원 많은 M원" as a difference modifying M, and what M goes to as its topic', () => {
    const r = judge(
      '친환경자동차 등 11대 대표산업 육성에는 올해보다 67억원 많은 1천238억원을 책정했다.',
      '2020-11-12',
    );
    const [difference, sum] = r.figures.filter((f) => f.unit === 'KRW');
    expect(difference?.frame?.role).toBe('change');
    expect(difference?.status).not.toBe('discrepancy');
    expect(sum).toMatchObject({ metric: 'budget-2021-strategic-industries', status: 'discrepancy' });
    expect(sum?.evidence).toMatchObject({ via: 'clause', slot: 'value' });
    // a rate is a quantity of its own, not a difference modifying the sum
    const rate = judge(
      '광주시는 2021년도 예산안을 올해 본예산보다 10% 늘어난 6조2천817억원으로 편성했다.',
      '2020-11-10',
    );
    expect(rate.figures[0]).toMatchObject({ text: '10%', status: 'consistent' });
  });

  it('takes the fiscal year from the headline when no sentence states one ("내년 예산")', () => {
    const body = '노사 상생의 휴먼뉴딜 예산은 95억원이다.';
    const under = (headline: string) =>
      judgeText(body, '2020-11-10', undefined, headline).figures.map((f) => [f.text, f.metric, f.status]);
    expect(under('광주시 내년 예산 6조2817억…AI 디지털뉴딜 239억')).toEqual([
      ['95억원', 'budget-2021-human-new-deal', 'discrepancy'],
    ]);
    // A headline with no year leaves the year unknown, and an unknown year is not judged.
    expect(under('광주시 예산안 발표')).toEqual([['95억원', 'budget-2021-human-new-deal', 'related']]);
  });

  it('leaves figures no metric is about unknown', () => {
    expect(status('광주 AI 해커톤 대상 상금은 500만원이다.')).toEqual([['500만원', null, 'unknown']]);
  });

  it('ties each figure of a list to its own word, not its neighbour', () => {
    expect(
      status('일자리 창출 2만7500명, 창업 2000개, 인공지능 전문가 5150명 양성을 목표로 하고 있다.').map(
        (x) => x[1],
      ),
    ).toEqual(['ai-jobs-target', 'ai-startup-target', 'ai-experts-target']);
  });

  it('does not link on the value alone', () => {
    const f = readFigures('오늘 기온은 10% 올랐다.', null)[0]!;
    expect(linkFigure(index, f)).toBeNull();
  });

  it('lists prior statements on the page topics, leaving out quotes the page itself carries', () => {
    const r = judge(
      '광주시는 AI 창업 2000개를 목표로 한다. 이 시장은 "인공지능은 인재경쟁"이라고 말했다. 전문가 5150명을 양성한다.',
    );
    const ids = r.statements.map((s) => s.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).toContain('s000-lee-backpack-startups');
    expect(ids).not.toContain('s003-lee-talent-competition');
  });
  it('judges a range in a converted unit by both ends: 19만~21만평 holds 20만평 (66만1157㎡)', () => {
    const r = judge('광주시는 AI 집적단지 부지 19만~21만평에 연구교육단지를 조성한다.', '2021-06-01');
    expect(r.figures.map((f) => [f.text, f.metric, f.status])).toEqual([
      ['19만~21만평', 'ai-cluster-site-area', 'consistent'],
    ]);
  });
});
