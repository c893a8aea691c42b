import { describeDataset, describeNoHits, listAuditFacts } from './audit-record.js';
import { escapeHtml as e, isSafeLink } from './escape-html.js';
import type { HitEntity } from './hit-entity.js';
import {
  describeRowContext,
  formatScore,
  groupHitsByEntity,
  pairRow,
  type EntityHitGroup,
} from './report-model.js';
import type { RowHit, ScreenResult } from './screen-types.js';

const MAX_PROBLEMS_SHOWN = 1000;
const REPORT_URL = 'https://github.com/nkscreen/nkscreen/issues';

// Inline only, and a CSP that forbids every fetch: the report may be opened offline or mailed around.
const STYLE = `
:root { color-scheme: light dark; --fg: #1b1f24; --muted: #57606a; --bg: #fff; --panel: #f6f8fa; --line: #d0d7de;
  --match: #b42318; --match-bg: #fef3f2; --review: #9a6700; --review-bg: #fff8c5; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --panel: #161b22;
  --line: #30363d; --match: #ff7b72; --match-bg: #3d1512; --review: #e3b341; --review-bg: #3b2e00; } }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1.5rem; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif;
  color: var(--fg); background: var(--bg); }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; } h2 { font-size: 1.2rem; margin: 0; } h3 { font-size: 1rem; }
.meta, .muted { color: var(--muted); } .meta { margin: 0 0 1rem; }
.summary { display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: .5rem; margin: 1rem 0; }
.stat { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: .5rem .75rem; }
.stat b { display: block; font-size: 1.4rem; } .note { border-left: 4px solid var(--line); padding: .25rem .75rem; }
section.entity { border: 1px solid var(--line); border-radius: 8px; padding: 1rem; margin: 1rem 0; }
.badge { display: inline-block; border-radius: 999px; padding: 0 .5rem; font-size: .8rem; font-weight: 600;
  border: 1px solid var(--line); background: var(--panel); }
.band-match { color: var(--match); background: var(--match-bg); } .band-review { color: var(--review); background: var(--review-bg); }
table { border-collapse: collapse; width: 100%; margin-top: .5rem; font-size: .9rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-top: 1px solid var(--line); overflow-wrap: anywhere; }
th { background: var(--panel); overflow-wrap: normal; word-break: normal; hyphens: manual; white-space: nowrap; }
.table-scroll { overflow-x: auto; } dl.row dd { overflow-wrap: anywhere; }
@media (max-width: 600px) { body { padding: .75rem; font-size: 14px; } dl.row { grid-template-columns: 1fr; }
  dl.row dt { margin-top: .25rem; } section.entity { padding: .75rem; } } dl.row { display: grid; grid-template-columns: max-content 1fr; gap: 0 1rem; margin: .25rem 0; }
dl.row dt { color: var(--muted); } dl.row dd { margin: 0; } ul.sources { margin: .25rem 0; padding-left: 1.25rem; }
.nowrap, .badge { white-space: nowrap; }
a { color: inherit; } summary { cursor: pointer; color: var(--muted); }
@media print { details { display: block; } section.entity { break-inside: avoid; } }
`;

function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}

function renderSummary(result: ScreenResult): string {
  const s = result.summary;
  const skipped = Object.entries(s.skippedByReason)
    .map(([reason, count]) => `${e(reason)}: ${formatCount(count)}`)
    .join('; ');
  const stat = (label: string, value: number, testId: string) =>
    `<div class="stat" data-testid="${testId}"><b>${formatCount(value)}</b>${e(label)}</div>`;
  return `<div class="summary">
${stat('rows read', s.rowsRead, 'rows-read')}
${stat('rows screened', s.rowsScreened, 'rows-screened')}
${stat('rows skipped', s.rowsSkipped, 'rows-skipped')}
${stat('rows with hits', s.rowsWithHits, 'rows-with-hits')}
${stat('hits: match', s.hitsByBand.match, 'hits-match')}
${stat('hits: review', s.hitsByBand.review, 'hits-review')}
${stat('entities', s.entitiesHit, 'entities-hit')}
</div>
${skipped ? `<p class="muted">Skipped rows by reason: ${skipped}. Every skipped row is listed at the end.</p>` : ''}`;
}

function renderAudit(result: ScreenResult): string {
  const rows = listAuditFacts(result.audit)
    .map(([label, value]) => `<dt>${e(label)}</dt><dd>${e(value)}</dd>`)
    .join('');
  return `<details class="audit" open data-testid="audit"><summary>Audit record</summary><dl class="row">${rows}</dl></details>`;
}

function renderSources(entity: HitEntity): string {
  if (entity.sources.length === 0) return '';
  const items = entity.sources.map((source) => {
    const title = e(source.title);
    const link = isSafeLink(source.url)
      ? `<a href="${e(source.url)}" rel="noreferrer noopener">${title}</a>`
      : title;
    const date = source.publishedOn ? `, ${e(source.publishedOn)}` : '';
    return `<li>${link} <span class="muted">(${e(source.publisher)}${date})</span></li>`;
  });
  return `<h3>Sources</h3><ul class="sources">${items.join('')}</ul>`;
}

function renderEntityHeader(entity: HitEntity): string {
  const facts = [
    entity.tierLabel ? `<span class="badge">${e(entity.tierLabel)}</span>` : '',
    entity.roleLabel ? `<span class="badge">${e(entity.roleLabel)}</span>` : '',
    entity.status && entity.status !== 'active'
      ? `<span class="badge">${e(entity.status)}</span>`
      : '',
  ].join(' ');
  const listing = [entity.listing, entity.countries.join(', ')]
    .filter(Boolean)
    .map((part) => e(part ?? ''))
    .join(' · ');
  const from =
    entity.list && entity.list !== 'nkscreen dataset'
      ? `<p>From your list <b>${e(entity.list)}</b> (id ${e(entity.id)}): no evidence recorded by nkscreen.</p>`
      : '';
  return `<h2 data-testid="entity-name">${e(entity.name)}</h2>
<p class="muted">${e(entity.id)}${listing ? ` · ${listing}` : ''}</p>
<p>${facts}</p>
${entity.evidence ? `<p data-testid="evidence">${e(entity.evidence)}</p>` : ''}${from}`;
}

function renderHitRow(hit: RowHit, headers: readonly string[], entity: HitEntity): string {
  const where = describeRowContext(hit, entity);
  const cells = pairRow(headers, hit.row)
    .map(([name, cell]) => `<dt>${e(name)}</dt><dd>${e(cell)}</dd>`)
    .join('');
  return `<tr data-testid="hit" data-line="${hit.line}" data-band="${hit.match.band}">
<td class="nowrap">${hit.sheet === undefined ? '' : `${e(hit.sheet)} `}${hit.line}</td><td>${e(hit.column)}</td>
<td><span data-testid="hit-value">${e(hit.value)}</span><details><summary>whole row</summary><dl class="row">${cells}</dl></details></td>
<td class="nowrap"><span class="badge band-${hit.match.band}">${hit.match.band}</span> ${formatScore(hit.match.score)}</td>
<td>${e(hit.match.matchedAlias)}</td><td>${e(hit.match.explanation.text)}${where ? `<br><span class="muted" data-testid="row-context">${e(where)}</span>` : ''}</td></tr>`;
}

function* renderGroup(group: EntityHitGroup, headers: readonly string[]): Generator<string> {
  const count = group.hits.length;
  yield `<section class="entity" data-testid="entity" data-entity-id="${e(group.entity.key)}">
${renderEntityHeader(group.entity)}
${renderSources(group.entity)}
<h3>${formatCount(count)} hit${count === 1 ? '' : 's'}</h3>
<div class="table-scroll"><table><thead><tr><th>Line</th><th>Column</th><th>Value</th><th>Band</th><th>Matched alias</th><th>Why</th></tr></thead>
<tbody>`;
  for (const hit of group.hits) yield `${renderHitRow(hit, headers, group.entity)}\n`;
  yield '</tbody></table></div>\n</section>\n';
}

function renderProblems(result: ScreenResult): string {
  if (result.problems.length === 0) return '';
  const shown = result.problems.slice(0, MAX_PROBLEMS_SHOWN);
  const more = result.summary.rowsSkipped - shown.length;
  const rows = shown
    .map((problem) => `<tr><td>${problem.line}</td><td>${e(problem.reason)}</td></tr>`)
    .join('\n');
  return `<section><h2>Skipped rows</h2>
<div class="table-scroll"><table data-testid="problems"><thead><tr><th>Line</th><th>Reason</th></tr></thead><tbody>${rows}</tbody></table></div>
${more > 0 ? `<p class="muted">…and ${formatCount(more)} more (see the JSON report or the terminal output).</p>` : ''}</section>`;
}

/**
 * A self-contained HTML report, in pieces (one per hit row) so that any number of hits is written without one huge
 * string: inline CSS, no script, no external asset; every value from the input is escaped.
 */
export function* streamHtmlReport(result: ScreenResult): Generator<string> {
  const groups = groupHitsByEntity(result);
  const title = `nkscreen report: ${result.audit.input.name}`;
  yield `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${e(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>Screening report</h1>
<p class="meta">File <b>${e(result.audit.input.name)}</b> · columns ${result.columns.map((column) => `<b>${e(column)}</b>`).join(', ')}</p>
${renderAudit(result)}
</header>
<main>
${renderSummary(result)}
<p class="note">A hit means a name in the file is close to a listed name, not that the supplier is the listed entity.
Check each hit against its sources (country, address, identifiers) before acting. The wording of each entity says
exactly what its evidence tier supports: a designation, an enforcement action or an investigation.</p>
`;
  if (groups.length === 0)
    yield `<p class="note" data-testid="no-hits"><b>${e(describeNoHits(result.audit))}</b></p>\n`;
  for (const group of groups) yield* renderGroup(group, result.headers);
  yield `${renderProblems(result)}
</main>
<footer class="muted"><p>Written by ${e(result.tool)} with ${e(describeDataset(result.audit))}. A wrong or missing
entry? Report it at <a href="${REPORT_URL}" rel="noreferrer noopener">${REPORT_URL}</a>.</p></footer>
</body>
</html>
`;
}

/** The whole HTML report as one string (for small results and the API); the CLI writes {@link streamHtmlReport}. */
export function formatHtmlReport(result: ScreenResult): string {
  return [...streamHtmlReport(result)].join('');
}
