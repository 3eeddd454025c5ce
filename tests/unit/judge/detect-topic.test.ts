import { describe, expect, it } from 'vitest';
import { detectTopic } from '../../../lib/judge/detect-topic';

describe('detection: the city named by its districts and its own bodies', () => {
  it('광주 서구 and 광주창조경제혁신센터 name 광주광역시 (경기도 광주시 has no 구)', () => {
    const body = [
      "광주 서구 농성동 옛 청사를 고쳐 지난 9월 문을 연 'AI 스타트업 캠프'가 두 달여 만에 성과를 내고 있다.",
      '광주창조경제혁신센터는 캠프에 입주한 AI 기업 12개사가 매출 120억여원을 올렸다고 밝혔다.',
      '캠프에는 인공지능 창업 지원기관 4곳이 들어서 있고, 센터는 AI 전문인력 양성과정도 운영한다.',
      '첨단3지구 AI 집적단지와 연계한 창업 지원도 이어진다.',
    ].join('\n');
    const v = detectTopic(body, '광주 AI 스타트업 캠프 두 달');
    expect(v.detected).toBe(true);
    expect(v.reasons.join(' ')).toContain('광주 서구');
  });
});

describe('detection: AI named only in passing', () => {
  it('a district land sale naming the AI cluster once among its tenants is not AI news', () => {
    const body = [
      '광주도시공사가 첨단3지구의 상업시설용지와 주차장용지를 경쟁입찰로 공급한다고 23일 밝혔다.',
      '공급 예정가격은 상업시설용지가 52억원, 주차장용지가 37억원이다.',
      '입찰은 다음 달 1일부터 이틀 동안 전자입찰로 진행하며 성인 개인이나 법인이면 누구나 참여할 수 있다.',
      '첨단3지구는 인공지능 중심 산업융합 집적단지와 국립심혈관센터 등이 들어서는 연구산업 복합단지다.',
      '주변에는 첨단국가산단과 하남·본촌·진곡 일반산단이 있어 산업단지 간 협력 효과도 기대된다.',
      '광주도시공사 관계자는 "유망 기업을 끌어들여 첨단3지구를 미래산업 거점으로 키우겠다"고 말했다.',
    ].join('\n');
    const v = detectTopic(body, '광주도시공사, 첨단3지구 상업용지 공급');
    expect(v.detected, v.reasons.join('\n')).toBe(false);
    expect(v.reasons.join(' ')).toContain('AI named only in passing');
  });
});
