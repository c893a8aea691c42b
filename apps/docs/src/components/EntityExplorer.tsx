import { createMatcher, loadIndex, type Match, type Matcher } from '@nkscreen/core';
import { useMemo, useRef, useState } from 'preact/hooks';
import {
  filterEntities,
  type ExplorerEntity,
  type ExplorerFacets,
  type ExplorerFilters,
  type FacetOption,
} from '../lib/explorer-entities';

export interface EntityExplorerProps {
  /** `serializeIndex(compileIndex(entities))`, built once at build time. */
  serializedIndex: string;
  entities: ExplorerEntity[];
  facets: ExplorerFacets;
  /** Which dataset answered, for the "no hit" sentence: its version and how current it is. */
  dataset: { version: string; date: string };
}

const filterLabels: Record<keyof ExplorerFacets, string> = {
  role: 'Role',
  tier: 'Evidence',
  country: 'Country',
  status: 'Status',
};

const bandLabels: Record<Match['band'], string> = {
  match: 'Match',
  review: 'Possible match: review',
};

function FilterSelect(props: {
  name: keyof ExplorerFacets;
  options: FacetOption[];
  value: string;
  onChange: (value: string) => void;
}) {
  const id = `explorer-filter-${props.name}`;
  return (
    <div class="explorer-filter">
      <label for={id}>{filterLabels[props.name]}</label>
      <select
        id={id}
        name={props.name}
        value={props.value}
        onChange={(event) => props.onChange(event.currentTarget.value)}
      >
        <option value="">Any</option>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label} ({option.count})
          </option>
        ))}
      </select>
    </div>
  );
}

function EntityFacts({ entity }: { entity: ExplorerEntity }) {
  return (
    <p class="explorer-facts">
      <span>{entity.roleLabel}</span> · <span>{entity.tierLabel}</span> ·{' '}
      <span>{entity.countries.map((country) => country.name).join(', ')}</span> ·{' '}
      <span>{entity.statusLabel}</span>
    </p>
  );
}

/** The evidence sentence and the source it credits: what every result leads with. */
function EntityEvidence({ entity }: { entity: ExplorerEntity }) {
  const source = entity.bestSource;
  return (
    <>
      <p class="explorer-evidence">{entity.evidence}</p>
      {source && (
        <p class="explorer-source">
          Source: <a href={source.url}>{source.title}</a> — {source.publisher}
          {source.publishedOn ? `, ${source.publishedOn}` : ''}
        </p>
      )}
    </>
  );
}

function MatchItem({ match, entity }: { match: Match; entity: ExplorerEntity }) {
  return (
    <li class="explorer-item" data-entity-id={entity.id} data-band={match.band}>
      <p class="explorer-title">
        <a href={`/entities/${entity.id}/`}>{entity.name}</a>{' '}
        <span class={`explorer-band explorer-band-${match.band}`}>{bandLabels[match.band]}</span>
      </p>
      <EntityEvidence entity={entity} />
      <p class="explorer-explanation">
        How it matched: {match.explanation.text}{' '}
        <span class="explorer-score">(score {match.score.toFixed(2)})</span>
      </p>
      <EntityFacts entity={entity} />
    </li>
  );
}

function EntityItem({ entity }: { entity: ExplorerEntity }) {
  return (
    <li class="explorer-item" data-entity-id={entity.id}>
      <p class="explorer-title">
        <a href={`/entities/${entity.id}/`}>{entity.name}</a>
      </p>
      <EntityEvidence entity={entity} />
      <EntityFacts entity={entity} />
    </li>
  );
}

/**
 * The dataset explorer: a name search that runs `@nkscreen/core` in the page over a prebuilt index,
 * plus filters by role, evidence tier, country and status. Everything is rendered as text.
 */
export default function EntityExplorer({
  serializedIndex,
  entities,
  facets,
  dataset,
}: EntityExplorerProps) {
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<Required<ExplorerFilters>>({
    role: '',
    tier: '',
    country: '',
    status: '',
  });
  // The index is loaded on the first search, not on hydration, so browsing the list costs nothing.
  const matcher = useRef<Matcher | undefined>(undefined);
  const byId = useMemo(() => new Map(entities.map((entity) => [entity.id, entity])), [entities]);

  const trimmed = query.trim();
  const visible = filterEntities(entities, filters);
  const visibleIds = new Set(visible.map((entity) => entity.id));
  let matches: { match: Match; entity: ExplorerEntity }[] = [];
  if (trimmed) {
    matcher.current ??= createMatcher(loadIndex(serializedIndex));
    matches = matcher.current
      .matchName(trimmed, { limit: 10 })
      .filter((match) => visibleIds.has(match.entityId))
      .flatMap((match) => {
        const entity = byId.get(match.entityId);
        return entity ? [{ match, entity }] : [];
      });
  }

  const status = trimmed
    ? matches.length === 0
      ? `No entity in the dataset (version ${dataset.version}, ${dataset.date}) is close to “${trimmed}”. ` +
        'That is not a clearance: the dataset holds only what public sources name, under the names they print.'
      : `${matches.length} ${matches.length === 1 ? 'entity matches' : 'entities match'} “${trimmed}”, best first.`
    : `Showing ${visible.length} of ${entities.length} entities.`;

  return (
    <div class="explorer" data-testid="entity-explorer">
      <form role="search" class="explorer-controls" onSubmit={(event) => event.preventDefault()}>
        <div class="explorer-search">
          <label for="explorer-query">Search by name, in any spelling or script</label>
          <input
            id="explorer-query"
            type="search"
            name="q"
            autocomplete="off"
            spellcheck={false}
            placeholder="e.g. Korea Nam Gang Trading Co"
            value={query}
            onInput={(event) => setQuery(event.currentTarget.value)}
          />
        </div>
        <div class="explorer-filters">
          {(Object.keys(filterLabels) as (keyof ExplorerFacets)[]).map((name) => (
            <FilterSelect
              key={name}
              name={name}
              options={facets[name]}
              value={filters[name]}
              onChange={(value) => setFilters({ ...filters, [name]: value })}
            />
          ))}
        </div>
      </form>
      <p class="explorer-status" role="status" aria-live="polite">
        {status}
      </p>
      {trimmed ? (
        <ol class="explorer-list" aria-label="Matches">
          {matches.map(({ match, entity }, rank) => (
            <MatchItem key={`${entity.id}-${rank}`} match={match} entity={entity} />
          ))}
        </ol>
      ) : (
        <ul class="explorer-list" aria-label="Entities">
          {visible.map((entity) => (
            <EntityItem key={entity.id} entity={entity} />
          ))}
        </ul>
      )}
    </div>
  );
}
