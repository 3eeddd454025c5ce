import type { ReportStatement } from '../../shared/report';

export interface StatementListProps {
  statements: readonly ReportStatement[];
  lang: 'ko' | 'en';
}

/** Officials' earlier statements: date, speaker, the quote as text, and where it was reported. */
export function StatementList({ statements, lang }: StatementListProps) {
  return (
    <ul class="statements">
      {statements.map((s) => (
        <li key={s.id}>
          <span class="who">
            {s.date} {s.speaker[lang]}{' '}
          </span>
          <q>{s.quote}</q>
          <span class="src"> — {s.outlet[lang]}</span>
        </li>
      ))}
    </ul>
  );
}
