import type { Match } from '@nkscreen/core';
import { describeDataset, describeMatcher, describeNoHits } from './audit-record.js';
import type { HitEntity } from './hit-entity.js';
import { describeRowContext, formatScore } from './report-model.js';
import type { ScanResult } from './scan.js';
import type { ScreenResult } from './screen-types.js';

const count = (value: number) => value.toLocaleString('en-US');

/**
 * A match as indented lines, evidence first: the entity and what its evidence is, the sentence the dataset
 * supports and its best source, then how the name matched (band, score, alias, why) and what the row's country
 * said. Further sources are counted, not listed (the HTML and CSV reports list them all).
 */
export function formatMatchLines(
  match: Match,
  entity: HitEntity | undefined,
  indent = '  ',
  rowContext = '',
): string[] {
  const pad = `${' '.repeat(indent.length)}  `;
  const kind =
    entity?.tierLabel ??
    (entity && entity.list !== 'nkscreen dataset' ? `your list ${entity.list}` : '');
  const lines = [
    `${entity?.name ?? match.name}  [${entity?.id ?? match.entityId}]${kind ? ` — ${kind}` : ''}`,
  ];
  if (entity?.evidence) {
    const labels = [entity.roleLabel, entity.status === 'active' ? undefined : entity.status];
    lines.push(`${pad}${entity.evidence} (${labels.filter(Boolean).join(' · ')})`);
  }
  const [best, ...more] = entity?.sources ?? [];
  if (best) {
    lines.push(
      `${pad}source: ${best.publisher}${best.publishedOn ? `, ${best.publishedOn}` : ''} — ${best.title} ${best.url}` +
        (more.length > 0 ? ` (+${more.length} more sources)` : ''),
    );
  }
  const alias =
    match.matchedAlias !== (entity?.name ?? match.name) ? ` · alias “${match.matchedAlias}”` : '';
  lines.push(
    `${pad}${match.band} ${formatScore(match.score)}${alias} · why: ${match.explanation.text}`,
  );
  if (rowContext) lines.push(`${pad}${rowContext}`);
  return lines.map((line, index) => (index === 0 ? `${indent}${line}` : line));
}

export function formatMatchResult(
  query: string,
  matches: readonly Match[],
  entities: Record<string, HitEntity>,
): string {
  if (matches.length === 0) return `No listed entity is close to “${query}”.\n`;
  const lines = [`“${query}”`];
  matches.forEach((match, index) => {
    lines.push(...formatMatchLines(match, entities[match.entityId], `${index + 1}. `));
  });
  return `${lines.join('\n')}\n`;
}

/** The hits of a screening run for a terminal, one block per hit in line order. */
export function formatScreenHits(result: ScreenResult): string {
  if (result.hits.length === 0) return '';
  const lines: string[] = [];
  for (const hit of result.hits) {
    const where = hit.sheet === undefined ? `line ${hit.line}` : `${hit.sheet} row ${hit.line}`;
    lines.push(`${where} · ${hit.column}: “${hit.value}”`);
    const entity = result.entities[hit.match.entityId];
    const rowContext = entity ? describeRowContext(hit, entity) : '';
    lines.push(...formatMatchLines(hit.match, entity, '  ', rowContext));
  }
  return `${lines.join('\n')}\n`;
}

/** The closing summary: rows read, screened, skipped with reasons, hits. */
export function formatScreenSummary(result: ScreenResult): string {
  const s = result.summary;
  const reasons = Object.entries(s.skippedByReason)
    .map(([reason, n]) => `${reason}: ${count(n)}`)
    .join(', ');
  const seconds = s.elapsedMs / 1000;
  const rate = seconds > 0 ? Math.round(s.rowsRead / seconds) : 0;
  return [
    `rows read ${count(s.rowsRead)} · screened ${count(s.rowsScreened)} · skipped ${count(s.rowsSkipped)}${reasons ? ` (${reasons})` : ''}`,
    `hits ${count(s.hits)} (match ${count(s.hitsByBand.match)}, review ${count(s.hitsByBand.review)}) in ${count(s.rowsWithHits)} rows, ${count(s.entitiesHit)} entities`,
    // A rate over a fraction of a second says nothing.
    `${seconds.toFixed(2)} s${seconds >= 1 ? ` · ${count(rate)} rows/s` : ''} · ${describeDataset(result.audit)}`,
    `input ${result.audit.input.name} · sha256 ${result.audit.input.sha256} · screened at ${result.audit.startedAt}`,
    describeMatcher(result.audit),
    ...(s.hits === 0 ? [describeNoHits(result.audit)] : []),
  ].join('\n');
}

export function formatScanResult(result: ScanResult): string {
  if (result.mentions.length === 0) {
    return `No listed entity is mentioned in the ${result.html ? 'visible text of ' : ''}${result.input}.\n`;
  }
  const lines: string[] = [];
  for (const mention of result.mentions) {
    lines.push(`${result.input}:${mention.line}:${mention.column}  “${mention.match.span.text}”`);
    lines.push(`  ${mention.context}`);
    lines.push(...formatMatchLines(mention.match, result.entities[mention.match.entityId]));
  }
  return `${lines.join('\n')}\n`;
}
