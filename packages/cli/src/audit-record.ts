import { basename } from 'node:path';
import { defaultThresholds, type Band } from '@nkscreen/core';
import { datasetFingerprint, datasetReleasedOn, datasetVersion } from '@nkscreen/dataset';
import { readCliVersion, readCoreVersion } from './version.js';

/**
 * What a screening run needs to be filed in an audit: which data and which matcher judged which file, when, and
 * with which thresholds. Paths are reduced to the file's base name so a report can be shared without leaking the
 * analyst's folders.
 */
export interface AuditRecord {
  tool: string;
  dataset: { version: string; releasedOn: string | null; fingerprint: string };
  matcher: { version: string; matchThreshold: number; reviewThreshold: number };
  /** The band and score a hit needed to be reported in this run. */
  minBand: Band;
  minScore: number;
  lists: string[];
  input: { name: string; sha256: string; bytes: number; rows: number };
  startedAt: string;
  durationMs: number;
}

export interface AuditRunFacts {
  inputLabel: string;
  sha256: string;
  bytes: number;
  rows: number;
  minBand: Band;
  minScore: number;
  lists: readonly string[];
  startedAt: Date;
  durationMs: number;
}

export function createAuditRecord(facts: AuditRunFacts): AuditRecord {
  return {
    tool: `nkscreen ${readCliVersion()}`,
    dataset: {
      version: datasetVersion,
      releasedOn: datasetReleasedOn,
      fingerprint: datasetFingerprint,
    },
    matcher: {
      version: `@nkscreen/core ${readCoreVersion()}`,
      matchThreshold: defaultThresholds.match,
      reviewThreshold: defaultThresholds.review,
    },
    minBand: facts.minBand,
    minScore: facts.minScore,
    lists: [...facts.lists],
    input: {
      name: facts.inputLabel === 'stdin' ? 'stdin' : basename(facts.inputLabel),
      sha256: facts.sha256,
      bytes: facts.bytes,
      rows: facts.rows,
    },
    startedAt: facts.startedAt.toISOString(),
    durationMs: Math.round(facts.durationMs),
  };
}

/** The dataset as one phrase: its version and release date, or that the rows are not a release. */
export function describeDataset(audit: AuditRecord): string {
  const { version, releasedOn } = audit.dataset;
  return releasedOn
    ? `dataset ${version}, released ${releasedOn}`
    : `dataset ${version} (unreleased working data, fingerprint ${audit.dataset.fingerprint})`;
}

/** The audit record as label/value pairs, in the order every report prints them. */
export function listAuditFacts(audit: AuditRecord): [string, string][] {
  return [
    ['Screened at', audit.startedAt],
    ['Input file', audit.input.name],
    ['Input SHA-256', audit.input.sha256],
    ['Rows read', String(audit.input.rows)],
    ['Dataset', describeDataset(audit).replace(/^dataset /, '')],
    ['Lists', audit.lists.join(', ') || '(none)'],
    [
      'Matcher',
      `${audit.matcher.version}; match ≥ ${audit.matcher.matchThreshold}, review ≥ ${audit.matcher.reviewThreshold}`,
    ],
    [
      'Reported',
      `${audit.minBand === 'match' ? 'match band only' : 'match and review bands'}${audit.minScore > 0 ? `, score ≥ ${audit.minScore}` : ''}`,
    ],
    ['Tool', audit.tool],
    ['Run time', `${(audit.durationMs / 1000).toFixed(2)} s`],
  ];
}

/** The matcher line of the terminal summary: which matcher, its band thresholds, the score floor and the tool. */
export function describeMatcher(audit: AuditRecord): string {
  const floor = audit.minScore > 0 ? ` · min score ${audit.minScore}` : '';
  return `matcher ${audit.matcher.version} (match ≥ ${audit.matcher.matchThreshold}, review ≥ ${audit.matcher.reviewThreshold})${floor} · ${audit.tool}`;
}

/** The sentence a run without hits records, so the absence of hits is dated and attributed, not implied. */
export function describeNoHits(audit: AuditRecord): string {
  return `No hits — not a clearance: no row matched the ${describeDataset(audit)} on ${audit.startedAt.slice(0, 10)}. Names the dataset does not hold, and spellings it does not know, are not screened out.`;
}
