import type { Match } from '@nkscreen/core';
import type { HitEntity } from './hit-entity.js';
import { formatScore } from './report-model.js';
import type { ScanResult } from './scan.js';
import type { ScreenResult } from './screen-types.js';

const count = (value: number) => value.toLocaleString('en-US');

/** A match as indented lines: band, score, entity, why, evidence and sources. */
export function formatMatchLines(
  match: Match,
  entity: HitEntity | undefined,
  indent = '  ',
): string[] {
  const lines = [
    `${match.band.padEnd(6)} ${formatScore(match.score)}  ${entity?.name ?? match.name}  [${entity?.id ?? match.entityId}]`,
  ];
  const pad = `${' '.repeat(indent.length)}       `;
  if (match.matchedAlias !== (entity?.name ?? match.name))
    lines.push(`${pad}matched alias: ${match.matchedAlias}`);
  lines.push(`${pad}why: ${match.explanation.text}`);
  if (entity?.evidence) {
    const labels = [
      entity.tierLabel,
      entity.roleLabel,
      entity.status === 'active' ? undefined : entity.status,
    ];
    lines.push(`${pad}evidence: ${entity.evidence} (${labels.filter(Boolean).join(' · ')})`);
  } else if (entity && entity.list !== 'nkscreen dataset') {
    lines.push(`${pad}from your list ${entity.list} (id ${entity.id})`);
  }
  for (const source of entity?.sources ?? []) {
    lines.push(
      `${pad}source: ${source.title} (${source.publisher}${source.publishedOn ? `, ${source.publishedOn}` : ''}) ${source.url}`,
    );
  }
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
    lines.push(`line ${hit.line} · ${hit.column}: “${hit.value}”`);
    lines.push(...formatMatchLines(hit.match, result.entities[hit.match.entityId]));
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
    `${seconds.toFixed(2)} s${seconds >= 1 ? ` · ${count(rate)} rows/s` : ''} · dataset ${result.datasetVersion}`,
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
