import type { ClaimFrame, FigureReading } from '../shared/report';
import type { TermHit } from './fact-index';
import { COORDINATED_GOAL } from './read/resolve-scope';

// The claim frame of a figure: what its own words say it is (issue 8). Each slot is read from
// the figure's own stretch of its sentence, because one sentence often carries several claims
// ("150명 모집에 900명이 지원했다", "사업비 총액 4116억원 가운데 국비가 2798억원").

/** Commas, list marks and dashes end a clause: "일자리 2만7500명, 창업 2000개". */
// The middle dot joins nouns ("기업·기관", "광주·전남"): no break.
export const CLAUSE_BREAK = /[,，;△▲○■]|\s-\s/;

const NEXT_PHRASE = /^(?:에|에다)\s/;
const PREDICATE_AFTER = /^(?:이|가|을|를|도)\s$/;
const BRACKETED = /\([^()]*\)|\[[^[\]]*\]/g;

/** Text with bracketed asides taken out ("누리온 5호기(25.7PF·세계 17위)보다" → "누리온 5호기보다"). */
export function withoutBrackets(text: string): string {
  return text.replace(BRACKETED, '');
}

// The bracketed asides of the last few sentences: every figure and word of a sentence asks.
const bracketCache = new Map<string, Span[]>();
function bracketsOf(sentence: string): Span[] {
  let spans = bracketCache.get(sentence);
  if (!spans) {
    spans = [...sentence.matchAll(BRACKETED)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
    if (bracketCache.size >= 64) bracketCache.delete(bracketCache.keys().next().value!);
    bracketCache.set(sentence, spans);
  }
  return spans;
}

/** The bracketed aside [open, close] of the sentence that contains position `at`, or null. */
function bracketAt(sentence: string, at: number): Span | null {
  return bracketsOf(sentence).find((b) => b.start < at && at < b.end) ?? null;
}
const inBrackets = (sentence: string, f: Span) => bracketAt(sentence, f.start) !== null;
const sameBrackets = (sentence: string, f: Span, at: number) => {
  const b = bracketAt(sentence, f.start);
  return b !== null && b.start < at && at < b.end;
};

/** A figure's position in its sentence. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Which of a sentence's figures a word at [start, end) belongs to: the nearest one in the same
 * clause, a word before a figure slightly preferred (Korean puts the noun first: "국비 2798억원",
 * the predicate after: "900명이 지원했다"). -1 when no figure shares its clause.
 */
export function ownerOf(sentence: string, figures: readonly Span[], start: number, end: number): number {
  let best = -1;
  let bestGap = Number.POSITIVE_INFINITY;
  figures.forEach((f, i) => {
    // The words before "67억원 많은 1천238억원" name the figure the difference modifies.
    if (modifiesNext(sentence, figures, i)) return;
    let gapText: string;
    let gap: number;
    // A figure in brackets speaks only for the words in its brackets: "누리온(25.7PF)보다 3배".
    if (inBrackets(sentence, f) && !sameBrackets(sentence, f, start)) return;
    if (end <= f.start) {
      gapText = withoutBrackets(sentence.slice(end, f.start));
      gap = gapText.length;
    } else if (start >= f.end) {
      gapText = withoutBrackets(sentence.slice(f.end, start));
      // "국비 923억원에 NHN 투자금을 더해": after a dative, the words are the next phrase's.
      if (NEXT_PHRASE.test(gapText)) return;
      // "1천65명이 몰려", "900명이 지원했다": a case particle and the predicate that follows it.
      gap = PREDICATE_AFTER.test(gapText) ? 0 : gapText.length * 1.25 + 0.5;
    } else return; // the word overlaps the figure ("1조원" as a keyword)
    if (CLAUSE_BREAK.test(gapText)) return;
    if (gap < bestGap) {
      bestGap = gap;
      best = i;
    }
  });
  return best;
}

// "△시민참여형 AI 도시 만들기(4대 중점과제)": a bracketed count annotates the item before it.
const BRACKET_REACH = 16;

/**
 * Whether the word at [start, end) belongs to figure `me` of the sentence: its nearest figure
 * (ownerOf), or, for a figure in brackets, a word in its brackets or the item just before them.
 */
export function owns(
  sentence: string,
  figures: readonly Span[],
  me: number,
  start: number,
  end: number,
): boolean {
  const f = figures[me]!;
  const b = bracketAt(sentence, f.start);
  if (b && !(b.start < start && end < b.end)) {
    if (end > b.start) return false;
    const gap = withoutBrackets(sentence.slice(end, b.start));
    const figureBetween = figures.some((g) => g.start >= end && g.end <= b.start);
    return !CLAUSE_BREAK.test(gap) && gap.length <= BRACKET_REACH && !figureBetween;
  }
  return ownerOf(sentence, figures, start, end) === me || topicOf(sentence, figures, end) === me;
}

// particle, a verb in its modifier form (맺은, 연, 입주한, 선정된), then up to three words of the
// topic noun phrase, the last with 은/는.
const RELATIVE_TOPIC = /^[을를에와과]\s[가-힣]{0,3}[은ㄴ한된운] (?:[^\s,.]+ ){0,2}[^\s,.]*[가-힣·][은는]\s/;

// ("데이터센터를 짓는 데에는 … 3천600억원이 들어갔다": up to two words after the object.)
const ADVERBIAL_TOPIC = /^[을를]?(?:\s[가-힣]{1,4}){0,2}(?:에는|에선|에서는)\s/;

/** The topic marker right after `end`: "는 " (plain), "는, " (comma: set off), or null. */
export function topicMarkAt(sentence: string, end: number): 'plain' | 'comma' | null {
  const m = /^[은는](,?)\s/.exec(sentence.slice(end, end + 3));
  return m ? (m[1] ? 'comma' : 'plain') : null;
}

/**
 * The figure a topic speaks of ("1단계 사업비는 국비 2798억원을 포함해 총 4200억원으로"): the
 * last figure of its clause, where the main predicate is. -1 when the word is no topic.
 */
export function topicOf(sentence: string, figures: readonly Span[], end: number): number {
  // "1단계 사업비는, 데이터센터와 …를 모두 합쳐, 4천61억원이었다": a topic set off by a comma
  // carries over the inserted phrase to the main predicate, the sentence's last figure.
  const mark = topicMarkAt(sentence, end);
  if (mark === 'comma') {
    let last = -1;
    figures.forEach((g, i) => {
      if (g.start >= end) last = i;
    });
    return last;
  }
  if (mark === null) {
    // "11대 대표산업 육성에는 … 1천238억원을 책정했다": what a sum goes to, set as the topic.
    const adverbial = ADVERBIAL_TOPIC.exec(sentence.slice(end, end + 12));
    // A word in the relative clause of a topic ("업무협약을 맺은 AI 기업·기관은 모두 68개로")
    // names that topic too.
    const m = adverbial ?? RELATIVE_TOPIC.exec(sentence.slice(end, end + 40));
    if (!m) return -1;
    end += m[0].length - (adverbial ? 0 : 2);
  }
  let last = -1;
  figures.forEach((g, i) => {
    if (g.start >= end && !CLAUSE_BREAK.test(withoutBrackets(sentence.slice(end, g.start)))) last = i;
  });
  return last;
}

/** True when figure `me` sits in a bracketed aside. */
export const isBracketed = (sentence: string, f: Span) => inBrackets(sentence, f);

/** The figure's own stretch of the sentence: from the previous figure or clause break to the next. */
function ownStretch(sentence: string, figures: readonly Span[], me: number): Span {
  const f = figures[me]!;
  let start = 0;
  let end = sentence.length;
  for (const g of figures) {
    if (g.end <= f.start) start = Math.max(start, g.end);
    if (g.start >= f.end) end = Math.min(end, g.start);
  }
  const before = sentence.slice(start, f.start);
  const breakBefore = Math.max(
    ...[...before.matchAll(new RegExp(CLAUSE_BREAK, 'g'))].map((m) => m.index! + 1),
    0,
  );
  const after = sentence.slice(f.end, end);
  const breakAfter = after.search(CLAUSE_BREAK);
  return { start: start + breakBefore, end: breakAfter < 0 ? end : f.end + breakAfter };
}

// Kind cues, nearest to the figure wins. Effect estimates are forecasts of a special sort.
const KIND_CUES: ReadonlyArray<readonly [RegExp, ClaimFrame['kind']]> = [
  [/생산유발|부가가치유발|고용유발|유발\s?효과|파급\s?효과|경제\s?효과|경제적\s?효과/g, 'forecast'],
  [/전망|예상|추산|추정|기대된다|기대하/g, 'forecast'],
  [
    /목표|정원|육성|양성|창출(?!됐|되었|했|된)|길러|겠다|겠습니다|키우|내걸|공약|약속|계획|유치할|유치한다|만들겠|이끌어낸|이뤄낸다|갖춘다|갖출|갖추게|추진한다|추진할|추진키로|추진하기로/g,
    'target',
  ],
  // "4천119억원이 들어간 1단계": the money a programme takes.
  [
    /사업비|총사업비|예산|국비|시비|지방비|민자|투입|(?<!끌어|불러)들여|투자|편성|책정|확보|소요|(?<=원)이?\s?들어(?:간|가는|갈|갔)/g,
    'budget',
  ],
  [
    // "2천173명의 고용이 창출됐다": a result. "지난해 말 65곳이던": a count as it stood.
    /현재|지금까지|누적|집행|일하는|일하던|일하고 있|나왔|배출됐|창출됐|창출되었|창출했|창출된|(?<=[곳개사명건장종])(?:이던|이었던|였던)|길러냈|양성했|육성했|투자했|투입했|체결했|맺었|맺은|[을를] 연 (?:곳|기업|업체)|열었|유치했|유치한(?!다)|배출|수료|달성했|기록했|입주|설립했|개소했|집계|지원했|참석|참가했|참여해|참여했|참여한|모였|몰렸|몰려|몰린|늘었|넘어섰|돌파/g,
    'actual',
  ],
];
const EFFECT = /생산유발|부가가치유발|고용유발|유발\s?효과|파급\s?효과|경제\s?효과|경제적\s?효과/;
// A part of a whole named before it: "사업비 4116억원 가운데 국비가 …", "이 중 …", "나머지 200억원은".
const PART_BEFORE = /가운데|(?:^|\s)나머지|(?:^|\s)(?:이\s?|그\s?)?중(?:에서)?(?=[\s,])|의\s?몫/g;
// "잔여사업비 151억원", "남은 예산 200억원": what is left of a budget is a part of it.
const PART_AROUND = /가장\s?많|가장\s?큰|배정|나눠|각각|일부/;
const REMAINDER_BEFORE = /잔여|남은\s|나머지/;
// "R&D 예산 600억원", "장비 구축비 300억원": a kind of spending names a line item of a budget.
const LINE_ITEM_BEFORE =
  /(?:R&D|연구\s?개발|장비|건축|건립|인건비|운영비|시설비|구축비|홍보비)\s?(?:예산|사업비|비용|비)?\s?(?:으?로|만)?\s?(?:모두|총)?\s?$/;
// "'초거대 AI 데이터 전처리 실증환경 조성' 사업비 140억원": a budget under a project's quoted name is
// that project's, unless the name holds a word of the metric (checked by the judge, as "named").
const QUOTED_PROJECT_BEFORE =
  /['‘"“「][^'’"”」]{4,}['’"”」]\s?(?:사업비|사업|예산)(?:\s?(?:은|는|이|가|으로|로))?\s?$/;
// "집적단지 사업비에서 923억원을 들여": an amount taken out of a named budget is a part of it.
const OUT_OF_BUDGET = /(?:사업비|예산|재원|기금|펀드|국비|시비|총액)\s?(?:중\s?)?에서\s?$/;
// "국비 923억원과 NHN 투자금 2천100억원이 들어간": one source's money is a share of a budget (the
// judge lets it stand as a whole for a metric of that source's share: "1단계 국비").
const FUNDING_SOURCE = '국비|시비|지방비|도비|민자|민간\\s?투자금?|투자금|출자금';
const FUNDING_SOURCE_BEFORE = new RegExp(`(?:^|[\\s(·,])(${FUNDING_SOURCE})\\s?(?:[은는이가]|만)?\\s?$`);
const FUNDING_SOURCE_WORD = new RegExp(`^(?:${FUNDING_SOURCE})$`);
// "99개 기업에 창업 멘토링을 지원한다": the figure counts who receives a programme, not what it makes.
const RECIPIENTS_AFTER = /^\s?(?:[가-힣]{1,4}\s?)?에(?:게)?\s/;
const SUPPORT = /지원|제공|혜택|컨설팅|멘토링|교육/;
// "올해 10PF에서 2024년 88.5PF로": the first figure is the value before a change.
const FROM_AFTER = /^\s?(?:에서|으로부터|부터)/;
// "300억원 늘어난", "300억원이 증가": the amount of a change. "88.5PF까지 늘어난다" is the level reached.
const CHANGE_AFTER = /^(?:이나|이|가|씩)?\s?(?:늘어|늘린|늘었|증가|감소|줄어|줄었|증액|감액)/;
// "올해보다 67억원 많은 1천238억원": a difference that modifies the figure after it.
/** The words of "N원 (더) 많은/적은 …" that make a figure the difference of the next one. */
export const COMPARATIVE = '(?:이\\s?)?(?:더\\s?)?(?:많은|적은|늘어난|줄어든|증가한|감소한|늘린|줄인|불어난)';
const COMPARATIVE_BETWEEN = new RegExp(`^\\s?${COMPARATIVE}\\s?$`);

/**
 * True when figure `i` is the difference that modifies the next one ("67억원 많은 1천238억원").
 * A rate is not ("10% 늘어난 6조2천817억원": the growth rate is a quantity of its own).
 */
export function modifiesNext(sentence: string, figures: readonly Span[], i: number): boolean {
  const next = figures[i + 1];
  const g = figures[i]!;
  return (
    !!next &&
    !/[%％]|퍼센트|포인트$/.test(sentence.slice(g.start, g.end)) &&
    COMPARATIVE_BETWEEN.test(sentence.slice(g.end, next.start))
  );
}
// "결성액의 20%인 200억원": a share of something else.
const SHARE_BEFORE = /%\s?(?:인|에 해당하는|수준인)\s?$/;
// "5811억원 규모의 추가경정예산안": a supplementary budget adds to the year's budget; it is not it.
const SUPPLEMENTARY = /추가\s?경정|추경/;
const ANNUAL = /연간|매년|해마다|한 해|연\s?평균/;
const PHASE = /([12])\s?(?:단계|차\s?(?:목표|사업))|(실증\s?밸리)/g;
// (the same, for a yes/no test: a /g regex keeps state between tests)
const ANY_PHASE = new RegExp(PHASE.source);
// "1·2단계를 합쳐", "1, 2단계 모두": both phases in one word, the whole programme.
// "2단계까지 10년간 1조원", "2단계 사업까지 이어가 … 모두 1조원": through the last phase, the whole
// too; so is "이를 나눠 1단계부터 추진해 왔다", from the first phase on, and "1단계에 이어 … 2027년까지
// … AI 단지를 완성", what follows the first phase to the end.
const PHASES_JOINED =
  /[12]\s?(?:·|,|~|∼|및|와)\s?[12]\s?단계|2\s?단계(?:\s?사업)?\s?까지|1\s?단계(?:\s?사업)?\s?(?:부터|에\s?이어)/;
const COHORT = /(\d{1,2})\s?기(?![업관술간지계능획금존준])/g;
// "첫 모집이던 2020년에는", "첫 기수 수료생 157명", "첫해 180명 정원에", "처음 문을 연 2020년에는":
// the first cohort, in words.
const FIRST_COHORT = /첫\s?(?:기수|모집|수료생|졸업생|입학생|교육생)|첫해|처음\s?문을\s?연/g;
const COHORTS_JOINED_BEFORE = /\d\s?[·,~∼]\s?$/;
// "올해 마무리되는 1단계의 총 예산", "올해 초 … 선정된 이 사업의 총사업비": the year dates an event
// of the programme, not the budget's fiscal year.
const EVENT_AFTER_YEAR =
  /^(?:\s?(?:초|말|상반기|하반기))?(?:\s[가-힣·]+){0,3}?\s?[가-힣]*(?:마무리되|마무리된|끝나는|끝난|완료되|완료된|선정된|선정되|시작된|시작되는|착공한|착공된|준공된|준공되는|개소한|출범한)/;

// Connective endings close a predicate: "1단계 사업에 4116억원을 투입하고 AI 창업 1500개를 …".
const PREDICATE_BREAK = new RegExp(
  `${CLAUSE_BREAK.source}|(?:하고|되고|했고|이고|하며|되며|했으며|이며|하면서|지만)\\s|다["”’']\\s?(?:며|고|라며|라고)?\\s`,
  'g',
);

/** The predicate of a sentence around [start, end): between clause breaks and connective endings. */
function clauseAround(sentence: string, start: number, end: number): Span {
  const before = sentence.slice(0, start);
  const from = Math.max(...[...before.matchAll(PREDICATE_BREAK)].map((m) => m.index! + m[0].length), 0);
  PREDICATE_BREAK.lastIndex = 0;
  const rest = sentence.slice(end).search(PREDICATE_BREAK);
  return { start: from, end: rest < 0 ? sentence.length : end + rest };
}

/** Whether the sentence names the whole programme by its phases ("1·2단계를 합쳐", "2단계까지"). */
export function namesBothPhases(sentence: string): boolean {
  return PHASES_JOINED.test(sentence);
}

/** Whether the phase word at [start, end) belongs to words naming both phases ("1·2단계", "1단계부터"). */
export function inJoinedPhases(sentence: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 4);
  const m = PHASES_JOINED.exec(sentence.slice(from, end + 6));
  return !!m && from + m.index <= start && from + m.index + m[0].length >= end;
}

/** Whether a phase (1단계, 2단계, 실증밸리) is named in the figure's sentence before the figure. */
export function phaseNamedBefore(f: FigureReading): boolean {
  return ANY_PHASE.test(f.sentence.slice(0, f.sentenceOffset));
}

/**
 * The programme phase (1단계, 2단계 / AX 실증밸리) nearest the figure in its predicate, else (unless
 * `clauseOnly`, and only when its sentence names none) in the sentence before. Null when none is
 * named, or when both phases are (the whole programme).
 */
export function phaseOf(f: FigureReading, clauseOnly = false): number | null {
  return phaseWithSource(f, clauseOnly).phase;
}

function phaseWithSource(
  f: FigureReading,
  clauseOnly: boolean,
): { phase: number | null; inherited: boolean } {
  // "1단계에 이어 2단계까지 … 모두 1조원": both phases named, the figure is the whole programme's.
  const at = (text: string, pos: number): number | 'both' | null => {
    if (PHASES_JOINED.test(text)) return 'both';
    const all = new Set([...text.matchAll(PHASE)].map((m) => (m[2] ? 2 : Number(m[1]))));
    if (all.size > 1) return 'both';
    const m = nearest(text, PHASE, pos);
    return m ? (m[2] ? 2 : Number(m[1])) : null;
  };
  const c = clauseAround(f.sentence, f.sentenceOffset, f.sentenceOffset + f.text.length);
  let own = at(f.sentence.slice(c.start, c.end), f.sentenceOffset - c.start);
  // The main predicate, last in the sentence, carries a topic set off by a comma ("1단계
  // 사업비는, …, 4천61억원이었다"): the topic's phase is the figure's.
  const topic = /^[^,]*?[은는],\s/.exec(f.sentence);
  if (own === null && topic && /^[^가-힣\d]*$/.test(f.sentence.slice(c.end)))
    own = at(topic[0], topic[0].length);
  if (own !== null || clauseOnly) return { phase: own === 'both' ? null : own, inherited: false };
  // A phase in another predicate of the sentence is that predicate's; the sentence before
  // speaks for this one only when this one names no phase at all.
  if (at(f.sentence, f.sentenceOffset) !== null) return { phase: null, inherited: false };
  const before = at(f.previousSentence, f.previousSentence.length);
  return before === null || before === 'both'
    ? { phase: null, inherited: false }
    : { phase: before, inherited: true };
}

function nearest(text: string, re: RegExp, at: number): RegExpMatchArray | null {
  let best: RegExpMatchArray | null = null;
  let bestGap = Number.POSITIVE_INFINITY;
  for (const m of text.matchAll(re)) {
    const s = m.index!;
    const gap = s >= at ? s - at : at - (s + m[0].length);
    if (gap < bestGap) {
      bestGap = gap;
      best = m;
    }
  }
  return best;
}

// A quotation opened and closed in the sentence: "…", “…”, '…', ‘…’, 「…」.
const QUOTED = /"[^"]*"|“[^”]*”|‘[^’]*’|「[^」]*」/g;
const quotedSpans = (s: string): Span[] =>
  [...s.matchAll(QUOTED)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));

/** Whether a part cue names a source of funding (국비, 시비, 민자 …): see FUNDING_SOURCE_BEFORE. */
export function isFundingSource(cue: string | null): boolean {
  return cue !== null && FUNDING_SOURCE_WORD.test(cue);
}

/**
 * Reads the claim frame of figure `me` among the figures of its sentence (spans into
 * `f.sentence`). Pure; never throws. `owned` are the dictionary hits that belong to this
 * figure (see ownerOf): its subject words.
 */
export function readClaimFrame(
  f: FigureReading,
  figures: readonly Span[],
  me: number,
  owned: readonly TermHit[],
): ClaimFrame {
  const s = f.sentence;
  const fs = f.sentenceOffset;
  const fe = fs + f.text.length;
  const own = ownStretch(s, figures, me);
  const stretch = s.slice(own.start, own.end);
  const at = fs - own.start;

  let kind: ClaimFrame['kind'] = null;
  let kindCue: string | null = null;
  let kindGap = Number.POSITIVE_INFINITY;
  const groups = new Set<string>();
  const cues: string[] = [];
  // "180명 정원에 … 1천54명이 지원했다": a cue right after the figure before names that figure.
  const afterPrevious = figures.some((g, i) => i !== me && g.end === own.start);
  for (const [re, k] of KIND_CUES) {
    const m = nearest(stretch, re, at);
    if (!m) continue;
    if (afterPrevious && m.index! <= 1 && m.index! + m[0].length < at) continue;
    groups.add(k === 'actual' ? 'actual' : k === 'forecast' ? 'forecast' : 'plan');
    cues.push(m[0]);
    const gap = m.index! >= at ? m.index! - at : at - (m.index! + m[0].length);
    if (gap < kindGap) {
      kindGap = gap;
      kind = k;
      kindCue = m[0];
    }
  }
  // Cues of an achieved count and of a plan in one stretch ("실제 집행된 사업비는 … 투자를 더해"):
  // the kind is in doubt, and doubt is no ground for an accusation.
  const doubtful = groups.has('actual') && (groups.has('plan') || groups.has('forecast'));
  if (doubtful) {
    kind = null;
    kindCue = cues.join('/'); // no kind, but cues of two kinds: doubt, not the absence of a cue
  }
  if (kind === null && !doubtful) {
    // A list of figures under one verb ("2030년까지 기업 1000개 유치, 일자리 3만명 … 을 목표로
    // 한다"): when the whole sentence speaks of one kind only, that kind is the figure's.
    // Only cues before the first figure, or after the last of a list ("창업 2천개, 일자리 2만명 …을
    // 목표로"), count: the verb that governs the list. "200명 모집에 1045명이 몰렸다" is no list.
    // (Figures quoted away from this one, "“지금까지 82곳을 …”고 밝히면서 … 300곳을", are the
    // quote's list, not this one's.)
    const quotes = quotedSpans(s);
    const inQuote = (at: number) => quotes.find((q) => q.start <= at && at < q.end);
    const mine = inQuote(fs);
    const group = figures.filter((g) => inQuote(g.start) === mine);
    const sorted = [...group].sort((a, b) => a.start - b.start);
    const first = Math.min(...group.map((g) => g.start));
    const last = Math.max(...group.map((g) => g.end));
    // "320개사를 유치하고 일자리 1천개를 만든다는 1차 목표": predicates joined by -고 under one
    // "-다는 목표/계획" are a list too.
    // Commas and -고 joints mixed ("일자리 1만5천명, 창업 2천개를 만들고 실무자 5천150명을
    // 길러낸다는 목표") are one list when a "-다는 목표/계획" closes it.
    const gaps = sorted.slice(1).map((g, i) => s.slice(sorted[i]!.end, g.start));
    const isList =
      gaps.every((gap) => CLAUSE_BREAK.test(gap)) ||
      (gaps.every((gap) => CLAUSE_BREAK.test(gap) || /(?:[가-힣]고|하며|[가-힣]해)\s/.test(gap)) &&
        COORDINATED_GOAL.test(s.slice(last)));
    const kinds = new Map<ClaimFrame['kind'], string>();
    for (const [re, k] of KIND_CUES)
      for (const m of s.matchAll(re)) {
        const outside = m.index! + m[0].length <= first || (isList && m.index! >= last);
        // "“지금까지 82곳을 …”고 밝히면서 … 300곳을 유치해": a quoted cue speaks of the quote only.
        const quotedAway = (inQuote(m.index!) ?? mine) !== mine;
        if (outside && !quotedAway && !kinds.has(k)) kinds.set(k, m[0]);
      }
    if (kinds.size === 1) [[kind, kindCue]] = [...kinds] as [[ClaimFrame['kind'], string]];
  }

  let role: ClaimFrame['role'] = 'whole';
  let roleCue: string | null = null;
  const after = s.slice(fe, fe + 12);
  const effect = stretch.match(EFFECT);
  const hasLaterFigure = figures.some((g) => g.start >= fe);
  if (effect) {
    role = 'effect';
    roleCue = effect[0];
    kind = 'forecast';
    kindCue = effect[0];
  } else if (hasLaterFigure && FROM_AFTER.test(after)) {
    role = 'from';
    roleCue = after.match(FROM_AFTER)![0].trim();
  } else if (modifiesNext(s, figures, me)) {
    role = 'change';
    roleCue = s.slice(fe, figures[me + 1]!.start).trim();
  } else if (f.unit !== 'percent' && CHANGE_AFTER.test(after)) {
    role = 'change';
    roleCue = after.match(CHANGE_AFTER)![0].trim();
  } else if (f.unit === 'KRW' && SUPPLEMENTARY.test(stretch)) {
    role = 'change';
    roleCue = stretch.match(SUPPLEMENTARY)![0];
  } else {
    // A part cue before the figure, in its clause, unless the part's own name follows the cue
    // (the judge checks that against the words that tied the metric).
    const before = s.slice(0, fs);
    const clauseStart = Math.max(
      ...[...before.matchAll(new RegExp(CLAUSE_BREAK, 'g'))].map((m) => m.index! + 1),
      0,
    );
    const parts = [...before.slice(clauseStart).matchAll(PART_BEFORE)];
    const last = parts[parts.length - 1];
    const cueEnd = last ? clauseStart + last.index! + last[0].length : -1;
    // "… 가운데 국비가 2798억원": the part is named by its own word, so it is a whole of its own.
    const named = owned.some((h) => h.start >= cueEnd && h.end <= fs);
    const around = stretch.match(PART_AROUND);
    const share = s.slice(Math.max(0, fs - 12), fs).match(SHARE_BEFORE);
    const clause = s.slice(clauseStart, fs);
    const recipients = after.match(RECIPIENTS_AFTER) && stretch.slice(at).match(SUPPORT);
    const quoted = clause.match(QUOTED_PROJECT_BEFORE);
    const quotedNamesMetric =
      quoted !== null &&
      owned.some(
        (h) => h.start >= fs - quoted[0].length && h.end <= fs && !/^(?:조성|사업비|사업|예산)$/.test(h.word),
      );
    // The first cue that makes the figure a part, most specific first.
    const partCue =
      clause.match(REMAINDER_BEFORE)?.[0] ??
      clause.match(LINE_ITEM_BEFORE)?.[0] ??
      (quotedNamesMetric ? undefined : quoted?.[0]) ??
      clause.match(OUT_OF_BUDGET)?.[0] ??
      (recipients ? `${after.match(RECIPIENTS_AFTER)![0].trim()} … ${recipients[0]}` : undefined) ??
      clause.match(FUNDING_SOURCE_BEFORE)?.[1] ??
      (named ? undefined : (last?.[0] ?? around?.[0]));
    if (share) {
      role = 'share';
      roleCue = share[0].trim();
    } else if (partCue !== undefined) {
      role = 'part';
      roleCue = partCue.trim();
    }
  }

  const { phase, inherited: phaseInherited } = phaseWithSource(f, false);
  // The cohort the sentence names, or (when it names none) the sentence before. A cohort is named
  // before its numbers ("1기는 정원 180명, 수료 161명이었고, 2기는 …"): the last one before wins.
  const firstBefore = nearest(s.slice(0, fs), FIRST_COHORT, fs);
  const numberedBefore = nearest(s.slice(0, fs), COHORT, fs);
  const firstIsNearer =
    firstBefore !== null && (!numberedBefore || numberedBefore.index! < firstBefore.index!);
  // Failing those, the figure's own predicate after it ("155명이 사관학교의 첫 졸업생이 됐고, 2기에서는 …").
  const predicateEnd = clauseAround(s, fs, fe).end;
  const firstAfter = nearest(s.slice(fe, predicateEnd), FIRST_COHORT, 0);
  const numberedAfter = nearest(s.slice(fe, predicateEnd), COHORT, 0);
  const firstAfterIsNearer =
    !firstBefore &&
    !numberedBefore &&
    firstAfter !== null &&
    (!numberedAfter || firstAfter.index! < numberedAfter.index!);
  const cohortMatch =
    numberedBefore ??
    numberedAfter ??
    nearest(s, COHORT, fs) ??
    nearest(f.previousSentence, COHORT, f.previousSentence.length);
  // "1·2기 때 기수마다 180명이던": both cohorts named, the figure is each one's.
  const joined =
    cohortMatch !== null &&
    COHORTS_JOINED_BEFORE.test(
      cohortMatch.input!.slice(Math.max(0, cohortMatch.index! - 4), cohortMatch.index!),
    );
  const cohort =
    firstIsNearer || firstAfterIsNearer ? 1 : cohortMatch && !joined ? Number(cohortMatch[1]) : null;
  const scope = f.scope;
  const yearAt = scope.label ? s.indexOf(scope.label) : -1;
  const datesAnEvent =
    yearAt >= 0 &&
    yearAt + scope.label!.length <= fs &&
    EVENT_AFTER_YEAR.test(s.slice(yearAt + scope.label!.length, fs));
  // "데이터센터가 내년이면 문을 열고, 1단계에만 4천119억원이 투입된다": a year in another predicate
  // dates that predicate, not the figure.
  const predicate = clauseAround(s, fs, fe);
  const otherPredicate = yearAt >= 0 && (yearAt < predicate.start || yearAt >= predicate.end);
  const annual =
    (!scope.inherited &&
      !datesAnEvent &&
      !otherPredicate &&
      scope.from !== undefined &&
      scope.from === scope.until) ||
    ANNUAL.test(stretch);

  return {
    subject: [...new Set(owned.map((h) => h.word))],
    kind,
    kindCue,
    phase,
    phaseInherited,
    cohort,
    period: scope.inherited ? null : scope.label,
    annual,
    role,
    roleCue,
  };
}
