import { describe, expect, it } from 'vitest';
import { detectSubject } from '../../../lib/judge/detect-subject';
import { detectTopic } from '../../../lib/judge/detect-topic';

// Issue 8 (e): the subject of the article decides, not the count of words. Other places' AI
// stories that name 광주 as a rival, a losing candidate or a yardstick are not targets; 광주's
// stories that name other places (partners, rivals it beat, cities it is compared with) are.
// All stories are written for these tests.

const story = (...paragraphs: string[]) => paragraphs.join('\n\n');

interface Case {
  name: string;
  title?: string;
  body: string;
}

const OTHER_PLACE: (Case & { place: string })[] = [
  {
    name: '전남 wins the national AI computing centre; 광주 lost the bid',
    place: '전남',
    title: '국가AI컴퓨팅센터, 전남 해남 솔라시도에…광주 등과 경쟁 끝에 선정',
    body: story(
      '국가AI컴퓨팅센터가 전남 해남·영암 솔라시도에 들어선다.',
      '과학기술정보통신부는 12일 국가AI컴퓨팅센터 입지로 전남 해남 솔라시도를 최종 선정했다고 밝혔다. 광주와 경북 포항 등 5개 지방자치단체가 유치전에 뛰어들었고, 광주 등과 경쟁 끝에 전남이 낙점됐다.',
      '전남도는 2030년까지 국비와 민간 투자 등 2조원을 투입해 GPU 5만장 규모의 AI 컴퓨팅 인프라를 구축할 계획이다. 도는 재생에너지 전력을 값싸게 공급할 수 있다는 점을 내세웠다.',
      '광주시도 첨단3지구 AI 집적단지와의 연계를 앞세워 도전했으나 고배를 마셨다. 광주시 관계자는 "결과를 존중하며 AI 집적단지 2단계 사업에 집중하겠다"고 말했다.',
      '김영록 전남지사는 "솔라시도를 대한민국 AI 산업의 심장으로 만들겠다"고 밝혔다.',
    ),
  },
  {
    name: "부산 attracts a data centre bigger than 광주's 88.5PF one",
    place: '부산',
    body: story(
      '부산시가 강서구 미음산단에 4000억원 규모의 초대형 인공지능(AI) 데이터센터를 유치했다.',
      '부산시는 8일 글로벌 클라우드 기업과 투자협약을 맺고 2027년까지 100㎿급 AI 데이터센터를 짓기로 했다고 밝혔다. 광주 첨단3지구에 들어선 국가 AI데이터센터(88.5PF)보다 연산 규모가 큰 것으로 알려졌다.',
      '시는 데이터센터 주변에 AI 기업 전용 지식산업센터를 조성해 기업 50곳을 유치할 계획이다.',
      '광주가 공공 주도로 AI 인프라를 깔았다면 부산은 민간 자본을 끌어들였다는 점에서 차이가 있다는 평가가 나온다. 광주의 AI 집적단지처럼 실증 장비를 갖춘 공공 시설은 아직 없다. 광주시가 예비타당성조사 면제로 국비를 받아 AI 집적단지를 시작한 것과 달리 국비 지원도 받지 않았다.',
      '박형준 부산시장은 "부산을 동남권 AI 거점으로 키우겠다"고 말했다.',
    ),
  },
  {
    name: '대구 builds an AI robot cluster, the second after 광주',
    place: '대구',
    body: story(
      '대구시가 인공지능(AI) 로봇 융합 클러스터 조성에 1200억원을 투입한다.',
      '대구시는 3일 북구 서변동 일대 20만㎡를 AI 로봇 클러스터로 지정하고 2028년까지 기업 80곳을 유치하겠다고 밝혔다. 비수도권에서는 광주에 이어 두 번째 AI 특화 클러스터다.',
      '시는 지역 대학과 손잡고 AI 로봇 인재 1500명을 양성할 계획이다. 광주의 AI 집적단지처럼 실증 장비를 공동으로 쓰는 개방형 연구소도 들어선다.',
      '앞서 광주는 2020년부터 첨단3지구에 AI 집적단지를 조성해 AI 기업 400여곳을 모았다. 광주에 견줘 후발주자인 만큼 로봇이라는 특화 분야로 승부를 건다는 전략이다.',
      '홍준표 대구시장은 "대구를 AI 로봇 수도로 만들겠다"고 말했다.',
    ),
  },
  {
    name: '포항 beats 광주 and 울산 in a national contest',
    place: '경북',
    body: story(
      "경북 포항시가 광주와 울산을 제치고 정부의 'AI 바이오 혁신거점' 공모에 최종 선정됐다.",
      '포항시는 5년간 국비 등 1500억원을 들여 포스텍 일대에 AI 신약개발 플랫폼을 구축한다고 17일 밝혔다.',
      '시는 AI 바이오 기업 100곳을 유치하고 전문 인력 2000명을 길러낼 계획이다.',
      '공모에는 AI 집적단지를 앞세운 광주와 자동차 AI를 내건 울산도 도전장을 냈다. 광주는 2차 평가에서 밀려 고배를 들었다. 광주시는 재도전 여부를 검토하고 있다.',
    ),
  },
  {
    name: '충북 wins an AI medical-data cluster; 광주 was a losing finalist',
    place: '충북',
    body: story(
      "충북도가 정부의 'AI 의료데이터 클러스터' 사업자로 선정돼 오송에 3000억원 규모의 AI 의료 단지를 조성한다.",
      '충북도는 2일 오송생명과학단지에 AI 의료 데이터센터와 기업 지원센터를 세우고 2029년까지 AI 헬스케어 기업 120곳을 유치하겠다고 밝혔다.',
      '이번 공모에는 광주, 대구, 충북 등 3곳이 최종 후보로 올랐다. 광주는 AI 집적단지와 연계한 헬스케어 실증을 내세웠지만 탈락했다. 광주의 AI 헬스케어 실증 사업은 예정대로 진행된다.',
      '도는 청주 오창의 방사광가속기와 연계해 AI 신약 연구도 지원할 방침이다.',
    ),
  },
  {
    name: '강원 models its data cluster on 광주 (many 광주 mentions, all as a yardstick)',
    place: '강원',
    body: story(
      '강원도가 춘천에 인공지능(AI) 데이터 산업 클러스터를 조성한다.',
      '강원도는 20일 춘천 소양강 수열에너지를 활용한 친환경 AI 데이터센터 단지 조성 계획을 발표하고 2030년까지 5000억원을 투입한다고 밝혔다.',
      '도는 광주의 AI 집적단지를 벤치마킹해 실증 장비와 데이터를 기업에 개방하기로 했다. 광주처럼 AI 사관학교도 세워 인재 500명을 해마다 길러낼 계획이다.',
      '다만 광주와 달리 민간 투자 비중을 높였다. 광주는 집적단지 1단계에 국비 2798억원을 받았지만 강원은 국비 확보가 쉽지 않을 것이란 전망 때문이다.',
      '김진태 강원지사는 "춘천을 데이터 수도로 만들겠다"고 말했다.',
    ),
  },
  {
    name: '울산 catches up with 광주 on automotive AI',
    place: '울산',
    body: story(
      "울산시가 자동차 산업에 인공지능(AI)을 접목하는 'AI 모빌리티 특구' 조성에 나선다.",
      '울산시는 14일 북구 이화산단 일대에 2027년까지 2400억원을 들여 AI 자율주행 실증단지를 만든다고 밝혔다. 시는 자동차 협력사 300곳의 AI 전환을 돕고 AI 인재 1000명을 키울 계획이다.',
      '울산은 광주에 비해 AI 인프라 구축이 늦었다는 지적을 받아왔다. 광주가 AI 집적단지로 자동차 실증을 선점한 만큼 울산은 완성차 생산 현장 데이터를 강점으로 내세운다는 전략이다. 광주의 AI 집적단지에는 이미 자동차 실증 장비 40여종이 갖춰져 있고, 광주형 일자리 공장에서도 AI 품질검사가 쓰이고 있다.',
      '김두겸 울산시장은 "울산을 AI 제조 수도로 만들겠다"고 말했다.',
    ),
  },
  {
    name: '전북 courts data centres at 새만금, competing with 광주·전남',
    place: '전북',
    body: story(
      '전북도가 새만금에 AI 데이터센터 집적단지를 만들기 위해 1조원 규모의 투자 유치에 나섰다.',
      "전북도는 21일 새만금 산업단지 3공구에 2030년까지 AI 데이터센터 10곳을 유치하는 '새만금 AI 밸리' 구상을 발표했다. 도는 재생에너지 전력망을 앞세워 광주·전남과 유치 경쟁을 벌인다는 계획이다.",
      '광주는 이미 국가 AI데이터센터를 가동하고 있고, 전남은 해남 솔라시도에 국가AI컴퓨팅센터를 유치했다. 전북은 후발주자지만 새만금의 넓은 부지가 장점이라는 분석이다. 광주의 AI 집적단지에 입주한 기업 가운데 일부도 새만금 이전을 검토하고 있다.',
      '김관영 전북지사는 "새만금을 AI 산업의 새 거점으로 키우겠다"고 말했다.',
    ),
  },
  {
    name: '대전 builds an AI chip centre, the second after 광주 and bigger than its',
    place: '대전',
    body: story(
      "대전시가 대덕특구를 중심으로 'AI 반도체 밸리'를 조성한다.",
      '대전시는 9일 유성구 탑립동 일대에 2029년까지 3500억원을 투입해 AI 반도체 설계 기업 200곳을 유치하겠다고 밝혔다.',
      '시는 비수도권에서 광주에 이어 두 번째로 AI 반도체 실증센터를 세워 지역 팹리스 기업의 시제품 검증을 지원할 방침이다. 실증센터는 광주의 AI 반도체 설계지원센터보다 규모를 두 배로 키운다.',
      '광주시는 2021년부터 AI 반도체 설계지원센터를 운영하며 팹리스 기업 30곳을 키웠다. 이장우 대전시장은 "대덕의 연구 역량이면 광주, 판교와 충분히 겨룰 수 있다"고 말했다.',
    ),
  },
  {
    name: "인천 follows in 광주's footsteps (a whole paragraph on 광주)",
    place: '인천',
    body: story(
      "인천시가 송도국제도시에 'AI 바이오 융합 특화단지'를 조성한다.",
      '인천시는 16일 송도 11공구에 2030년까지 6000억원을 들여 AI 신약 개발 센터와 바이오 데이터센터를 세운다고 밝혔다.',
      '업계에서는 인천이 광주의 뒤를 이을 AI 거점이 될 것으로 본다. 광주는 2020년부터 첨단3지구에 AI 집적단지를 조성해 왔고, 광주에는 AI 기업 400여곳이 둥지를 틀었다. 광주시가 AI 사관학교로 인재를 길러낸 방식도 인천이 참고할 대목이다.',
      '시는 송도의 바이오 기업 70곳과 AI 스타트업을 잇는 협의체도 꾸린다. 인천시 관계자는 "인천을 AI 바이오 허브로 만들겠다"고 말했다.',
    ),
  },
  {
    name: "a 경기 city's youth AI course, with 광주's academy as the yardstick (the city named with 시 only)",
    place: '안양시',
    title: "안양시 '청년 AI 아카데미' 첫 수료…40명 중 31명 취업",
    body: story(
      "경기 안양시가 지역 대학과 함께 연 '청년 AI 아카데미'가 첫 수료생을 냈다.",
      '안양시는 6개월 과정을 마친 40명 가운데 31명이 관내 기업에 취업했다고 밝혔다. 시는 내년에 정원을 60명으로 늘릴 계획이다.',
      '지방자치단체들의 AI 인재 양성 경쟁은 뜨겁다. 광주광역시는 AI 집적단지와 연계한 인공지능사관학교를 2020년부터 운영해 해마다 수백 명을 배출하고 있다.',
      '안양시 관계자는 "규모는 작지만 취업까지 책임지는 과정으로 키우겠다"고 말했다.',
    ),
  },
  {
    name: 'a province spends on factory AI, "광주가 데이터라면 경남은 공장" (a comparison in the headline)',
    place: '경남',
    title: '경남, 제조 AI에 1조원 쏟는다…"광주가 데이터라면 경남은 공장"',
    body: story(
      '경남도가 올해 제조업 인공지능(AI) 전환에 1조원을 투입한다.',
      '도는 기술개발과 AI 실증 산단 조성, AI 인재 양성 등 4대 축으로 사업을 추진한다고 밝혔다.',
      '도 관계자는 "광주가 국가AI데이터센터로 데이터를 맡는다면 경남은 공장의 AI를 맡겠다"고 말했다.',
    ),
  },
];

const GWANGJU: Case[] = [
  {
    name: '광주 is chosen over 부산 and 대구',
    body: story(
      "과학기술정보통신부는 부산·대구를 제치고 광주를 'AI 반도체 실증 특구'로 최종 선정했다고 2일 밝혔다.",
      '광주시는 이번 선정으로 2028년까지 국비 등 2000억원을 확보해 첨단3지구 AI 집적단지에 반도체 실증센터를 짓는다. 시는 AI 반도체 기업 60곳을 유치할 계획이다.',
      '공모에는 부산, 대구, 광주 등 3곳이 도전했다. 부산과 대구는 2차 평가에서 고배를 마셨다.',
      '강기정 광주시장은 "AI 중심도시 광주의 경쟁력을 인정받았다"고 말했다.',
    ),
  },
  {
    name: 'a joint 광주·전남 AI energy project',
    body: story(
      '광주시와 전남도가 인공지능(AI)과 에너지를 결합한 융합 클러스터를 공동으로 추진한다.',
      "두 시·도는 7일 나주 에너지밸리와 광주 첨단3지구 AI 집적단지를 잇는 'AI 에너지 벨트' 조성 협약을 맺었다. 2028년까지 국비 등 3000억원을 투입한다.",
      '전남도는 에너지 실증 부지를 제공하고, 광주시는 AI 데이터센터의 연산 자원과 실증 장비를 지원한다.',
      '광주·전남 상생협의회는 AI 기업 100곳을 공동 유치한다는 목표를 세웠다.',
    ),
  },
  {
    name: '광주 and 나주 connected by an AI belt',
    body: story(
      "광주와 나주를 잇는 'AI 에너지 밸리'가 본격 조성된다.",
      '광주시는 19일 한국전력, 나주시와 AI 에너지 데이터 협약을 맺고 첨단3지구 AI 집적단지에 에너지 데이터 플랫폼을 구축한다고 밝혔다.',
      '시는 2026년까지 사업비 420억원을 들여 에너지 AI 스타트업 30곳을 키울 계획이다.',
      '광주시 관계자는 "광주의 AI 인프라와 나주의 에너지 기업이 만나 시너지를 낼 것"이라고 말했다.',
    ),
  },
  {
    name: "the lede names 전남 나주 first, the body is 광주's",
    title: '전남 나주 한전, 광주 AI 집적단지에 에너지 AI 연구소',
    body: story(
      '전남 나주에 본사를 둔 한국전력이 광주 AI 집적단지에 에너지 인공지능(AI) 연구소를 세운다.',
      '광주시는 15일 시청에서 한국전력과 AI 에너지 연구소 설립 협약을 맺었다고 밝혔다. 연구소는 첨단3지구에 들어서며 연구 인력 120명이 근무한다.',
      '시는 연구소 부지를 제공하고 AI 데이터센터의 연산 자원을 우선 배정한다. 광주시 관계자는 "AI 집적단지의 입주 기업과 공동 연구가 활발해질 것"이라고 말했다.',
      '광주는 이번 협약으로 에너지 분야 AI 실증 기반을 갖추게 됐다.',
    ),
  },
  {
    name: '광주 lost a bid but is the subject of the story',
    title: '광주, 국가AI컴퓨팅센터 유치 실패…전남에 밀려',
    body: story(
      '광주시가 국가AI컴퓨팅센터 유치에 실패했다.',
      '과학기술정보통신부가 12일 센터 입지로 전남 해남을 선정하면서 첨단3지구 AI 집적단지와의 연계를 앞세운 광주시의 구상은 무산됐다.',
      '광주시는 AI 집적단지 2단계 예비타당성조사 통과에 역량을 모으기로 했다. 시는 2단계 사업비 5000억원 확보를 목표로 국비 확보에 나선다.',
      '강기정 광주시장은 "광주가 AI 중심도시라는 사실은 달라지지 않는다"고 말했다.',
    ),
  },
  {
    name: '광주 compared with 부산, 광주 as the subject',
    body: story(
      '광주시가 부산보다 1년 앞서 AI 데이터센터의 민간 개방을 시작한다.',
      '광주시는 22일 국가 AI데이터센터의 연산 자원 30%를 지역 AI 스타트업에 무상 개방한다고 밝혔다. 부산시가 추진 중인 민간 데이터센터는 2027년 가동 예정이다.',
      '시는 올해 AI 기업 200곳에 GPU 사용권을 지원하고, 내년에는 지원 대상을 300곳으로 늘릴 계획이다.',
      '광주시 관계자는 "부산, 대구 등 다른 도시와 비교해도 광주의 AI 인프라가 가장 앞서 있다"고 말했다.',
    ),
  },
  {
    name: '광주 policy with a paragraph about other cities catching up',
    body: story(
      '광주시가 인공지능(AI) 집적단지 2단계 사업에 1조원을 투입하는 계획을 확정했다.',
      '광주시는 5일 AI 집적단지 2단계 기본계획을 발표하고 2030년까지 AI 기업 1000곳을 유치하겠다고 밝혔다. 시는 첨단3지구에 AI 실증 도시를 조성한다.',
      '서울·부산·대구·대전 등 다른 도시들도 AI 산업 육성에 뛰어들면서 지방자치단체 간 경쟁이 치열해지고 있다. 대구시는 로봇, 부산시는 해양 분야 AI를 내세우고 있다.',
      '광주시 관계자는 "광주만의 AI 생태계를 앞세워 경쟁에서 앞서 나가겠다"고 말했다.',
    ),
  },
  {
    name: 'a 광주 story from a Yonhap Gwangju dateline, with universities named after other places',
    body: story(
      '광주 북구 첨단3지구 인공지능 집적단지 전경 [광주시 제공. 재판매 및 DB 금지]',
      '(광주=연합뉴스) 박철수 기자 = 전남대와 조선대, 광주과학기술원(GIST)이 광주시와 손잡고 AI 융합대학원을 공동 운영한다.',
      '광주시는 3일 세 대학과 AI 융합대학원 운영 협약을 맺고 2026년까지 사업비 180억원을 들여 AI 석·박사 인재 500명을 양성한다고 밝혔다.',
      '시는 대학원 졸업생이 광주 AI 기업에 취업하면 정착 지원금을 지급할 계획이다.',
    ),
  },
  {
    name: '광주 wins against 대구 and 울산 (losers named after the winner)',
    body: story(
      "광주가 대구와 울산을 누르고 'AI 자율주행 실증도시'로 뽑혔다.",
      '국토교통부는 28일 광주를 AI 자율주행 실증도시로 지정했다고 밝혔다. 광주시는 2027년까지 국비 600억원을 지원받아 첨단3지구 일대에 자율주행 실증 도로를 만든다.',
      '대구와 울산은 최종 평가에서 탈락했다. 시는 AI 집적단지의 자동차 실증 장비를 자율주행 기업에 개방할 계획이다.',
    ),
  },
  {
    name: '부산 startups move to 광주 (the lede names 부산 first)',
    body: story(
      '부산의 AI 스타트업 20곳이 광주 AI 집적단지로 본사를 옮긴다.',
      '광주시는 11일 부산·경남 지역 AI 스타트업 20곳과 이전 협약을 맺었다고 밝혔다. 이들 기업은 첨단3지구 AI 창업캠프에 입주해 국가 AI데이터센터의 연산 자원을 쓰게 된다.',
      '시는 이전 기업에 3년간 사무실 임대료와 AI 실증 비용 등 기업당 최대 2억원을 지원한다. 광주시 관계자는 "광주의 AI 인프라가 기업을 불러 모으고 있다"고 말했다.',
    ),
  },
  {
    name: 'companies from 서울 relocate to 광주 (광주 is where it happens)',
    body: story(
      '서울에 본사를 둔 AI 기업 12곳이 광주로 본사를 옮긴다.',
      '광주시는 4일 시청에서 AI 기업 12곳과 투자협약을 맺었다. 기업들은 2026년까지 모두 800억원을 투자하고 일자리 500개를 만들기로 했다.',
      '시는 AI 집적단지 입주 공간과 실증 장비를 우선 제공한다. 강기정 광주시장은 "AI 기업이 광주에서 성장하도록 돕겠다"고 말했다.',
    ),
  },
];

describe('detectTopic: the subject of the article decides', () => {
  for (const c of OTHER_PLACE) {
    it(`not a target: ${c.name}`, () => {
      const v = detectTopic(c.body, c.title);
      expect(v.detected, v.reasons.join('\n')).toBe(false);
      expect(v.score).toBeLessThan(0.5);
      // the verdict says why: the subject is another place
      expect(v.reasons.some((r) => r.startsWith(`subject is another place: ${c.place} (`))).toBe(true);
      expect(detectSubject(c.body, c.title).elsewhere).toBe(c.place);
    });
  }

  for (const c of GWANGJU) {
    it(`stays detected: ${c.name}`, () => {
      const v = detectTopic(c.body, c.title);
      expect(v.detected, v.reasons.join('\n')).toBe(true);
      expect(v.reasons.some((r) => r.startsWith('subject is another place'))).toBe(false);
    });
  }

  it('the other-place stories are decided by the body alone too (no headline)', () => {
    for (const c of OTHER_PLACE) expect(detectTopic(c.body).detected, c.name).toBe(false);
  });

  it('a headline about 광주 keeps a story whose body lede names another place first', () => {
    const body = story(
      '전남 나주 에너지밸리의 기업들이 AI 실증을 위해 모여들고 있다.',
      '나주시는 AI 에너지 기업 40곳이 입주했다고 밝혔다. 이들 기업은 광주시의 AI 데이터센터 연산 자원을 쓴다.',
      '광주시는 AI 집적단지 실증 장비를 나주 기업에 개방했다.',
    );
    expect(detectSubject(body).elsewhere).toBe('전남');
    expect(detectSubject(body, '광주 AI 데이터센터, 나주 에너지 기업에 문 열어').elsewhere).toBeNull();
  });

  it('explains a lede about another place that the body overrules', () => {
    const c = GWANGJU.find((x) => x.name.startsWith('the lede names'))!;
    const v = detectSubject(c.body);
    expect(v.elsewhere).toBeNull();
    expect(v.reasons.join(' ')).toMatch(/^lede is about 전남 .*but the body is 광주's/);
  });

  it('a 경기도 광주시 mention is not 광주광역시 in the subject test', () => {
    const v = detectSubject(
      story(
        '경기도 광주시가 AI 방범 CCTV를 확대한다.',
        '시는 오포읍에 AI CCTV 100대를 설치한다. 광주시는 사업비 20억원을 투입한다.',
      ),
    );
    expect(v.elsewhere).toBe('경기도');
  });

  it('no place at all, or only 광주: no verdict and no reasons', () => {
    expect(detectSubject('인공지능 산업이 커지고 있다. 기업들이 투자를 늘렸다.')).toEqual({
      elsewhere: null,
      reasons: [],
    });
    expect(detectSubject('광주시가 AI 집적단지를 조성한다. 시는 1조원을 투입한다.').elsewhere).toBeNull();
  });

  // How the time grows with the text is measured in `npm run bench` (text-scaling); here, that a
  // long run-on text full of places is read to a verdict, the same as a short one.
  it('reads a long run-on text full of places like a short one', () => {
    const unit = '부산·대구를 제치고 광주가 선정됐다 광주보다 전남 해남에 광주와 경쟁 끝에 ';
    const short = unit.repeat(20);
    const big = unit.repeat(Math.ceil(300_000 / unit.length));
    expect(detectSubject(big).elsewhere).toEqual(detectSubject(short).elsewhere);
    expect(detectTopic(`${big}.\n${big}`).detected).toBe(detectTopic(`${short}.\n${short}`).detected);
  });
});
