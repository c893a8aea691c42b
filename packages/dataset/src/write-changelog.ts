import type { ReleaseSnapshot, SnapshotRow } from './release-snapshot.js';

export interface ReleaseChanges {
  version: string;
  /** YYYY-MM-DD, or undefined for data not yet released. */
  releasedOn?: string;
  added: string[];
  changed: string[];
  delisted: string[];
  removed: string[];
}

/** What changed between two snapshots' rows; `before` undefined means the first release. */
export function diffSnapshots(
  before: Record<string, SnapshotRow> | undefined,
  after: ReleaseSnapshot,
): ReleaseChanges {
  const changes: ReleaseChanges = {
    version: after.version,
    ...(after.releasedOn ? { releasedOn: after.releasedOn } : {}),
    added: [],
    changed: [],
    delisted: [],
    removed: [],
  };
  const previous = before ?? {};
  for (const [id, row] of Object.entries(after.entities)) {
    const old = previous[id];
    if (!old) changes.added.push(id);
    else if (row.status === 'delisted' && old.status !== 'delisted') changes.delisted.push(id);
    else if (row.hash !== old.hash) changes.changed.push(id);
  }
  for (const id of Object.keys(previous)) if (!after.entities[id]) changes.removed.push(id);
  return changes;
}

/**
 * The data changelog, newest release first: every snapshot against the one before it, headed by the
 * unreleased working data when it differs from the last release.
 */
export function writeChangelog(
  snapshots: readonly ReleaseSnapshot[],
  current: ReleaseSnapshot,
): string {
  const pairs = snapshots.map((snapshot, index) => ({
    before: snapshots[index - 1],
    after: snapshot,
  }));
  const last = snapshots.at(-1);
  if (!last || last.fingerprint !== current.fingerprint) {
    pairs.push({ before: last, after: { ...current, version: 'Unreleased', releasedOn: '' } });
  }
  // Each release names its rows as they read then; a removed row keeps its last name.
  const sections = pairs.reverse().map(({ before, after }) =>
    formatRelease(diffSnapshots(before?.entities, after), {
      ...before?.entities,
      ...after.entities,
    }),
  );
  return `# Data changelog\n\nRows added, changed, delisted and removed in each release of the dataset.\n\n${sections.join('\n')}`;
}

function formatRelease(
  release: ReleaseChanges,
  rows: Readonly<Record<string, SnapshotRow>>,
): string {
  const heading = release.releasedOn
    ? `## ${release.version} (${release.releasedOn})`
    : `## ${release.version}`;
  const groups = (['added', 'changed', 'delisted', 'removed'] as const).filter(
    (group) => release[group].length > 0,
  );
  if (groups.length === 0) return `${heading}\n\nNo row changed.\n`;
  const body = groups
    .map((group) => {
      const items = release[group].map((id) => `- ${rows[id]?.name ?? id} (\`${id}\`)`);
      return `### ${group[0]?.toUpperCase()}${group.slice(1)} (${items.length})\n\n${items.join('\n')}\n`;
    })
    .join('\n');
  return `${heading}\n\n${body}`;
}
