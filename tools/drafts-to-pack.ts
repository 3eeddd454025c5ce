import type { FactPack, PackContent } from '../lib/shared/pack-schema';
import type { FactStore, Observation, Statement } from '../lib/shared/store-schema';
import { checkFigure } from '../lib/store/check-figure';
import { packHash } from '../lib/store/check-pack';
import { scopeKeyFor } from '../lib/store/my-facts';
import type { draftFacts } from './draft-facts';

type Drafts = ReturnType<typeof draftFacts>;

/**
 * The drafts of one article as a fact pack (`npm run ingest -- --pack`): the observations whose
 * metric was found and whose figure reads back from its quote, the statements whose speaker and
 * topics were found; the rest is left out and counted. Needs the article's address and time.
 */
export function draftsToPack(
  drafts: Drafts,
  store: FactStore,
  meta: { id: string; name: string; author: string | null; now: Date },
): { pack: FactPack; dropped: number } | { error: string } {
  const { source } = drafts;
  if (!source.url) return { error: 'a pack cites the article by its address: give --url' };
  if (!/^\d{4}-\d{2}-\d{2}T/.test(source.publishedAt))
    return { error: 'a pack needs the publication time: give --date (ISO, e.g. 2024-06-12T10:20:00+09:00)' };
  const observations: Observation[] = [];
  let dropped = 0;
  for (const d of drafts.observations) {
    const metric = store.metrics.find((m) => m.id === d.metric);
    const o = {
      ...d,
      occurrence: 1,
      unit: d.unit as Observation['unit'],
      qualifier: d.qualifier as Observation['qualifier'],
    };
    if (!metric || checkFigure(o)) {
      dropped++;
      continue;
    }
    const { key: _key, ...drafted } = d.scope;
    // an unlabelled period is the article's own time
    const scope =
      drafted.label === 'TODO'
        ? { ...drafted, label: `${source.publishedAt.slice(0, 10)} 보도 기준` }
        : drafted;
    const stored = store.observations.filter((x) => x.metric === metric.id);
    const { note: _note, ...rest } = o;
    observations.push({ ...rest, scope: { key: scopeKeyFor(scope, d.kind, stored), ...scope } });
  }
  const statements: Statement[] = drafts.statements.filter(
    (s) => s.speaker !== 'TODO' && !s.topics.includes('TODO') && /^\d{4}-\d{2}-\d{2}$/.test(s.date),
  );
  dropped += drafts.statements.length - statements.length;
  const content: PackContent = {
    sources: [
      {
        id: source.id,
        url: source.url,
        outlet: source.outlet.ko === 'TODO' ? (source.domain ?? 'unknown') : source.outlet.ko,
        headline: source.headline,
        publishedAt: source.publishedAt,
        quotes: [...new Set([...observations.map((o) => o.quote), ...statements.map((s) => s.quote)])],
      },
    ],
    metrics: [],
    observations,
    statements,
  };
  if (content.sources[0]!.quotes.length === 0)
    return { error: 'no figure of the article could be tied to a metric: nothing to pack' };
  return {
    pack: {
      format: 'gwangju-ai-context/fact-pack',
      id: meta.id,
      version: 1,
      name: meta.name,
      author: meta.author,
      createdAt: meta.now.toISOString(),
      hash: packHash(content),
      ...content,
    },
    dropped,
  };
}
