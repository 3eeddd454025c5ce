import { stringify } from 'yaml';
import type { FactPack, PackSource } from '../../lib/shared/pack-schema';
import type { Source } from '../../lib/shared/store-schema';
import type { StoreInputs } from './build-store';

/** The article file a pack source becomes in seeds/articles/: its address, outlet, time and quoted sentences. */
export function packArticleText(s: PackSource, pack: FactPack): string {
  return [
    s.headline,
    `${s.outlet} · ${s.publishedAt} · ${s.url}`,
    `(sentences quoted in fact pack ${pack.id} v${pack.version}${pack.author ? ` by ${pack.author}` : ''}; not the whole article)`,
    '',
    ...s.quotes,
    '',
  ].join('\n');
}

/** A pack source as a seeds source entry (sources.yaml). */
export function packSourceEntry(s: PackSource, pack: FactPack): Source {
  let domain: string | null = null;
  try {
    domain = new URL(s.url).hostname.replace(/^www\./, '');
  } catch {}
  return {
    id: s.id,
    file: `${s.id}.txt`,
    outlet: { ko: s.outlet, en: s.outlet },
    domain,
    url: s.url,
    byline: pack.author ?? '미상',
    headline: s.headline,
    publishedAt: s.publishedAt,
    note: `from fact pack "${pack.name}" (${pack.id} v${pack.version}, hash ${pack.hash})`,
  };
}

/** YAML list items to append to a seeds file, under a comment naming the pack. */
export function yamlEntries(items: readonly unknown[], pack: FactPack): string {
  if (items.length === 0) return '';
  return `\n# --- from fact pack ${pack.id} v${pack.version} (${pack.name})\n${stringify(items)}`;
}

/** The seeds' inputs with a pack's entries appended, as `pack:merge` would write them. */
export function withPackInputs(inputs: StoreInputs, pack: FactPack): StoreInputs {
  const files = { ...inputs.files };
  const add = (name: keyof typeof files, items: readonly unknown[]) => {
    if (items.length) files[name] = `${files[name].replace(/\n*$/, '\n')}${yamlEntries(items, pack)}`;
  };
  add(
    'sources.yaml',
    pack.sources.map((s) => packSourceEntry(s, pack)),
  );
  add('metrics.yaml', pack.metrics);
  add('observations.yaml', pack.observations);
  add('statements.yaml', pack.statements);
  const articles = { ...inputs.articles };
  for (const s of pack.sources) articles[`${s.id}.txt`] = packArticleText(s, pack);
  return { files, articles };
}
