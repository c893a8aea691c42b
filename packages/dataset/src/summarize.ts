import { roleLabels, tierLabels } from './labels.js';
import type { Dataset } from './validate-dataset.js';
import { roles, tiers } from './vocabulary.js';

/** A plain-text table of entities by role and evidence tier, for the CLI and `npm start`. */
export function summarize(dataset: Dataset): string {
  const count = (role: string, tier?: string) =>
    dataset.entities.filter(
      (entity) => entity.role === role && (tier === undefined || entity.tier === tier),
    ).length;
  const header = ['role', ...tiers.map((tier) => tierLabels[tier]), 'total'];
  const body = roles.map((role) => [
    roleLabels[role],
    ...tiers.map((tier) => String(count(role, tier))),
    String(count(role)),
  ]);
  const totals = [
    'total',
    ...tiers.map((tier) =>
      String(dataset.entities.filter((entity) => entity.tier === tier).length),
    ),
    String(dataset.entities.length),
  ];
  const table = [header, ...body, totals];
  const widths = header.map((_, column) =>
    Math.max(...table.map((row) => (row[column] ?? '').length)),
  );
  const lines = table.map((row) =>
    row
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  '),
  );
  return `${dataset.entities.length} entities, ${dataset.sources.length} sources: valid.\n\n${lines.join('\n')}`;
}
