import type { FigureScope } from '../../shared/report';

// The type comes from the zod schema in lib/shared/report.ts (which validates it at the message
// boundary); only the type is imported, so the content script carries no validator.
export type { FigureScope };

interface PeriodWords {
  start: number;
  end: number;
  label: string;
  from?: number;
  until?: number;
  years?: number;
}

const UNTIL = /((?:19|20)\d{2})년\s*(?:까지|말까지|이내)/g;
// "2020∼2024년", "2020~2024년", "2026-2030년": a stated term, both ends given.
const YEAR_RANGE = /((?:19|20)\d{2})\s*(?:년\s*)?[~∼〜～\-–]\s*((?:19|20)\d{2})\s*년/g;
// "2020년부터 2024년까지", "2020년부터 5년간": the start of a term its next words end.
const FROM_YEAR = /((?:19|20)\d{2})년\s*부터/g;
// "향후/앞으로/오는 N년간" starts now; a bare "N년간" is a length of time with no anchor.
// ("다섯 해 동안" is the same length in native numerals; "한 해" is left to 올해/연간.)
const SPAN =
  /(향후|앞으로|오는)?\s*(?:(\d{1,2})년\s*(?:간|동안)|(두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s?해\s*(?:간|동안))/g;
const NATIVE_COUNT: Readonly<Record<string, number>> = {
  두: 2,
  세: 3,
  네: 4,
  다섯: 5,
  여섯: 6,
  일곱: 7,
  여덟: 8,
  아홉: 9,
  열: 10,
};
const FISCAL = /((?:19|20)\d{2})년도|((?:19|20)\d{2})년\s*(?:예산|본예산|예산안)/g;
const RELATIVE: ReadonlyArray<readonly [RegExp, number]> = [
  [/올해|금년|올 한 해/g, 0],
  [/내년/g, 1],
  [/지난해|작년|전년/g, -1],
];
// "올해 본예산보다 10% 증가": the year is the comparison base, not the figure's period.
const COMPARISON_BASE = /^\s*\S{0,6}?(?:보다|대비|에 비해)/;
// "지난 3월", "3월 현재", "3월 말 기준": the month a count is as of.
// ("3월 초만 해도 82곳": the month a count stood at before the news.)
const AS_OF_MONTH =
  /지난\s*(\d{1,2})월|(\d{1,2})월\s*(?:말|초|중순)?\s*(?:현재|기준|에는|까지|(?:에|이)?만\s?해도)/;
// "2021년 3월 82개사에서", "지난해 말에는 62곳": a count as of a stated month.
const AS_OF_YEAR_MONTH = /((?:19|20)\d{2})년\s*(\d{1,2})월/;
// "2020년 말 기준으로 … 40곳": the end of a stated year.
const AS_OF_YEAR_END = /((?:19|20)\d{2})년\s*(?:말|연말)/;
const AS_OF_LAST_YEAR_END = /(?:지난해|작년)\s*(?:말|연말)/;
// "지난해 3월 82곳": a month of the year before the article's.
const AS_OF_LAST_YEAR_MONTH = /(?:지난해|작년)\s*(\d{1,2})월/;
const CLAUSE_BREAK = /[,，;]/;
// "이듬해", "다음 해": the year after the one the story last named, not after the article's.
const NEXT_OF_NARRATIVE = /이듬해|다음 해/g;
const NEXT_YEAR_MONTH = /(?:이듬해|다음 해)\s*(\d{1,2})월/g;
const EXPLICIT_YEAR = /((?:19|20)\d{2})년/g;
// "첫해인 2020년 집적단지 몫으로 배정된 국비는": a year with no term word, month or range after it.
const BARE_YEAR =
  /((?:19|20)\d{2})년(?!\s*(?:까지|말|연말|부터|도|초|대|간|동안|이후|이전|만에|전|후|\d|[~∼〜～\-–]))/g;

/** The nearest bare year before `at` in the same clause as the figure, or null. */
function bareYearBefore(sentence: string, at: number): number | null {
  let year: number | null = null;
  for (const m of sentence.matchAll(BARE_YEAR)) {
    const end = m.index! + m[0].length;
    if (end > at) break;
    year = CLAUSE_BREAK.test(sentence.slice(end, at)) ? null : Number(m[1]);
  }
  return year;
}

/** The last calendar year stated in `text` ("2020년 말 기준 …"), or null. */
function lastStatedYear(text: string): number | null {
  const all = [...text.matchAll(EXPLICIT_YEAR)];
  return all.length ? Number(all[all.length - 1]![1]) : null;
}
// "센터가 내년이면 문을 열고, 1단계에만 4천119억원이": the year dates an event of its own predicate.
const DATES_AN_EVENT =
  /^(?:이면|에는|엔|에)?\s?[^,]{0,14}?(?:문을\s?열|개소|개관|완공|준공|가동|착공|출범|마무리)[가-힣]*[고며],?\s/;
const THEN = /(?:^|\s)당시(?:까지|에는|에도)?\s/;
/** "… 만든다는 목표", "… 키운다는 계획": predicates closed by one "-다는 목표/계획" share its words. */
export const COORDINATED_GOAL = /^[^,.]*다는\s?(?:[가-힣\d]+\s)?(?:목표|계획|구상|방침)/;
/** How far after the figure's start a period may begin and still be the figure's (chars). */
const AFTER_REACH = 16;

/** Every set of period words in a sentence, resolved against the article year when relative. */
function periodWords(sentence: string, year: number | null, previousSentence = ''): PeriodWords[] {
  const found: PeriodWords[] = [];
  const at = (m: RegExpMatchArray) => ({ start: m.index!, end: m.index! + m[0].length, label: m[0].trim() });
  for (const m of sentence.matchAll(UNTIL)) found.push({ ...at(m), until: Number(m[1]) });
  for (const m of sentence.matchAll(YEAR_RANGE)) {
    const [from, until] = [Number(m[1]), Number(m[2])];
    if (from <= until) found.push({ ...at(m), from, until });
  }
  const starts: PeriodWords[] = [];
  for (const m of sentence.matchAll(FROM_YEAR)) {
    const start = { ...at(m), from: Number(m[1]) };
    const until = found.find(
      (w) =>
        w.until !== undefined && w.from === undefined && w.start - start.end <= 2 && w.start >= start.end,
    );
    if (until) {
      until.from = start.from;
      until.start = start.start;
      until.label = sentence.slice(until.start, until.end).trim();
    } else starts.push(start);
  }
  for (const m of sentence.matchAll(FISCAL)) {
    const y = Number(m[1] ?? m[2]);
    found.push({ ...at(m), from: y, until: y });
  }
  for (const m of sentence.matchAll(SPAN)) {
    const n = m[2] !== undefined ? Number(m[2]) : NATIVE_COUNT[m[3]!]!;
    if (n <= 0) continue;
    // "2030년까지 10년간": the term ending in that year, 2021–2030.
    const until = found.find(
      (w) => w.until !== undefined && w.from === undefined && m.index! - w.end <= 2 && m.index! >= w.end,
    );
    if (until) {
      until.from = until.until! - n + 1;
      until.end = m.index! + m[0].length;
      until.label = sentence.slice(until.start, until.end).trim();
      continue;
    }
    // "2020년부터 2024년까지 5년 동안": the length restates a term already stated in full.
    const term = found.find(
      (w) =>
        w.from !== undefined &&
        w.until !== undefined &&
        w.until - w.from + 1 === n &&
        m.index! - w.end <= 2 &&
        m.index! >= w.end,
    );
    if (term) {
      term.end = m.index! + m[0].length;
      term.label = sentence.slice(term.start, term.end).trim();
      continue;
    }
    // "2020년부터 5년간": 2020–2024.
    const start = starts.find((w) => m.index! - w.end <= 2 && m.index! >= w.end);
    if (start) {
      const end = m.index! + m[0].length;
      const label = sentence.slice(start.start, end).trim();
      found.push({ start: start.start, end, label, from: start.from, until: start.from! + n - 1 });
      continue;
    }
    if (m[1] && year !== null) found.push({ ...at(m), from: year, until: year + n - 1 });
    else found.push({ ...at(m), years: n });
  }
  for (const m of sentence.matchAll(NEXT_OF_NARRATIVE)) {
    const told = lastStatedYear(`${previousSentence} ${sentence.slice(0, m.index!)}`);
    if (told !== null) found.push({ ...at(m), from: told + 1, until: told + 1 });
  }
  if (year === null) return found;
  for (const [re, delta] of RELATIVE) {
    for (const m of sentence.matchAll(re)) {
      const after = sentence.slice(m.index! + m[0].length, m.index! + m[0].length + 10);
      const base = after.match(COMPARISON_BASE);
      // "올해 본예산보다 10% 증가": the year named is the base; the figure is the year after it.
      const y = base ? year + delta + 1 : year + delta;
      const words = at(m);
      if (base) {
        words.end += base[0].length;
        words.label = `${m[0]}${base[0]}`.trim();
      }
      // "내년까지": a deadline, not that one year.
      const until = /^\s*(?:말\s*)?까지/.exec(after);
      if (until && !base) {
        found.push({
          ...words,
          end: words.end + until[0].length,
          label: `${m[0]}${until[0]}`.trim(),
          until: y,
        });
        continue;
      }
      found.push({ ...words, from: y, until: y });
    }
  }
  return found;
}

/**
 * The as-of date a sentence names for the figure at `at` ("지난 3월" in a November article is
 * March of that year; "2021년 3월 82개사에서"; "지난해 말에는 62곳"): the nearest such words before
 * the figure, unless "현재(까지)"/"지금까지" stands between them and the figure, or the date is a
 * starting point ("2019년 10월 … 유치를 시작으로 현재까지 82개사").
 */
function asOfMonth(sentence: string, articleDate: string, at: number, previousSentence = ''): string | null {
  const year = Number(articleDate.slice(0, 4));
  const articleMonth = Number(articleDate.slice(5, 7));
  const dated: { end: number; date: string }[] = [];
  const month = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}-15`;
  for (const m of sentence.matchAll(new RegExp(AS_OF_YEAR_MONTH, 'g'))) {
    const mo = Number(m[2]);
    if (mo >= 1 && mo <= 12) dated.push({ end: m.index! + m[0].length, date: month(Number(m[1]), mo) });
  }
  for (const m of sentence.matchAll(new RegExp(AS_OF_YEAR_END, 'g')))
    dated.push({ end: m.index! + m[0].length, date: `${m[1]}-12-31` });
  for (const m of sentence.matchAll(new RegExp(AS_OF_LAST_YEAR_END, 'g')))
    dated.push({ end: m.index! + m[0].length, date: `${year - 1}-12-31` });
  for (const m of sentence.matchAll(new RegExp(AS_OF_LAST_YEAR_MONTH, 'g'))) {
    const mo = Number(m[1]);
    if (mo >= 1 && mo <= 12) dated.push({ end: m.index! + m[0].length, date: month(year - 1, mo) });
  }
  // "2020년 말 62곳이던 … 이듬해 3월 82곳으로": March of the year after the one the story last named.
  for (const m of sentence.matchAll(NEXT_YEAR_MONTH)) {
    const mo = Number(m[1]);
    const told = lastStatedYear(`${previousSentence} ${sentence.slice(0, m.index!)}`);
    if (told !== null && mo >= 1 && mo <= 12)
      dated.push({ end: m.index! + m[0].length, date: month(told + 1, mo) });
  }
  for (const m of sentence.matchAll(new RegExp(AS_OF_MONTH, 'g'))) {
    const mo = Number(m[1] ?? m[2]);
    if (mo < 1 || mo > 12) continue;
    // "2021년 3월 현재", "지난해 3월 현재": the year is stated, and read above.
    if (/(?:(?:19|20)\d{2}년|지난해|작년)\s*$/.test(sentence.slice(Math.max(0, m.index! - 6), m.index!)))
      continue;
    // "이듬해 3월에는": March of the year after the one the story last named.
    const told = /(?:이듬해|다음 해)\s*$/.test(sentence.slice(Math.max(0, m.index! - 5), m.index!))
      ? lastStatedYear(`${previousSentence} ${sentence.slice(0, m.index!)}`)
      : null;
    const y = told !== null ? told + 1 : mo > articleMonth ? year - 1 : year;
    dated.push({ end: m.index! + m[0].length, date: month(y, mo) });
  }
  const before = dated.filter((d) => d.end <= at + 2).sort((a, b) => b.end - a.end)[0];
  if (!before) return null;
  // ("3월 현재", "3월 말 기준": the date's own words, not a count up to now.)
  const between = sentence.slice(before.end, at).replace(/^\s*(?:말|초|중순)?\s*(?:현재|기준)/, '');
  // ("시는 지난해 3월 “지금까지 82곳을 …”고 밝혔다": the quote's "up to now" is the date it was said.)
  const saidThen = /^[^"“]{0,12}["“][^"”]*$/.test(between);
  if (!saidThen && /현재|지금까지|이후|부터|시작으로/.test(between)) return null;
  return before.date;
}

/**
 * Reads the period a sentence states for the figure at `figureOffset`. `articleDate` is
 * YYYY-MM-DD, or null when unknown (relative words then stay unresolved). The nearest period
 * words before the figure win; failing those, the nearest after it in the same clause; failing
 * those, the period of the previous sentence (Korean reports carry it over); failing that, a
 * single year the headline states. Never throws.
 */
export function resolveScope(
  sentence: string,
  figureOffset: number,
  articleDate: string | null,
  previousSentence = '',
  headline = '',
): FigureScope {
  const year = articleDate ? Number(articleDate.slice(0, 4)) : null;
  // "당시 이들 기업에서 일하던 직원은 …": "at the time" is the date the sentence before stated.
  const asOf = articleDate
    ? (asOfMonth(sentence, articleDate, figureOffset, previousSentence) ??
      (THEN.test(sentence.slice(0, figureOffset))
        ? asOfMonth(previousSentence, articleDate, previousSentence.length)
        : null) ??
      articleDate)
    : undefined;
  const base: FigureScope = asOf ? { label: null, asOf } : { label: null };
  const words = periodWords(sentence, year, previousSentence);
  const nearestBefore = words.filter((w) => w.end <= figureOffset).sort((a, b) => b.end - a.end)[0];
  const eventYear = !!nearestBefore && DATES_AN_EVENT.test(sentence.slice(nearestBefore.end, figureOffset));
  // "2029년까지 10년 동안 1조원 규모를 들이는 사업으로, … 1단계에만 4천억원대": a term stated for a
  // figure of an earlier clause is that figure's; this one states none of its own.
  // (Predicates joined by -고, or under one "-다는 목표", share the term: "2024년까지 310개사를
  // 유치하고, … 일자리 1천500개를 만든다는 목표".)
  const between = nearestBefore ? sentence.slice(nearestBefore.end, figureOffset) : '';
  const firstBreak = between.search(CLAUSE_BREAK);
  const anotherClauses =
    firstBreak >= 0 &&
    /\d/.test(between.slice(0, firstBreak)) &&
    !/고\s*$/.test(between.slice(0, firstBreak)) &&
    !COORDINATED_GOAL.test(sentence.slice(figureOffset));
  const before = eventYear || anotherClauses ? undefined : nearestBefore;
  // A term after the figure is its own only when it follows closely ("1조원을 2030년까지 투입"), not
  // when it belongs to a later predicate ("4116억원이 들어가는 집적단지에는 2023년까지 …").
  const after = words
    .filter(
      (w) =>
        w.start >= figureOffset &&
        w.start - figureOffset <= AFTER_REACH &&
        !CLAUSE_BREAK.test(sentence.slice(figureOffset, w.start)),
    )
    .sort((a, b) => a.start - b.start)[0];
  // Failing the sentence before, a single year the headline states ("광주시 내년 예산 6조…"): the
  // year the whole story is about.
  const inherited =
    before || after || eventYear || anotherClauses
      ? undefined
      : (periodWords(previousSentence, year).sort((a, b) => b.end - a.end)[0] ??
        periodWords(headline, year).find((w) => w.from !== undefined && w.from === w.until));
  const chosen = before ?? after ?? inherited;
  const bare =
    chosen && chosen.from !== undefined && chosen.from === chosen.until
      ? null
      : bareYearBefore(sentence, figureOffset);
  if (bare !== null) base.year = bare;
  if (!chosen) return base;
  return {
    ...base,
    label: chosen.label,
    ...(chosen.from !== undefined ? { from: chosen.from } : {}),
    ...(chosen.until !== undefined ? { until: chosen.until } : {}),
    ...(chosen.years !== undefined ? { years: chosen.years } : {}),
    ...(chosen === inherited ? { inherited: true } : {}),
  };
}
