import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkFtmExport } from '../test/check-ftm-entity.js';
import { describeEvidence } from './describe-evidence.js';
import { formatIssues } from './format-issues.js';
import { validateDataset } from './load-dataset.js';
import { toFollowTheMoney } from './to-follow-the-money.js';

// The real data in data/*.csv, checked on every test run.
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const result = validateDataset(packageDir);

describe('data/entities.csv and data/sources.csv', () => {
  it('pass validation', () => {
    expect(result.ok ? '' : formatIssues(result.issues)).toBe('');
  });

  const entities = result.ok ? result.data.entities : [];

  it('hold at least one entity, each with at least one source', () => {
    expect(entities.length).toBeGreaterThan(0);
    for (const entity of entities) expect(entity.sources.length, entity.id).toBeGreaterThan(0);
  });

  it("export to FollowTheMoney that fits the field's own model (@alephdata/followthemoney)", () => {
    expect(checkFtmExport(toFollowTheMoney(entities))).toEqual([]);
  });

  it('lose no identifier in the FollowTheMoney export', () => {
    const exported = toFollowTheMoney(entities);
    const values = new Set(exported.flatMap((entity) => Object.values(entity.properties).flat()));
    const lost = entities.flatMap((entity) =>
      entity.identifiers
        .filter((identifier) => !values.has(identifier.slice(identifier.indexOf(':') + 1)))
        .map((identifier) => `${entity.id}: ${identifier}`),
    );
    expect(lost).toEqual([]);
  });

  it('name a known authority in every listing of a designation, so each Sanction says who issued it', () => {
    const unattributed = toFollowTheMoney(entities)
      .filter((entity) => entity.schema === 'Sanction' && !entity.properties.authority)
      .map((sanction) => sanction.id);
    expect(unattributed).toEqual([]);
  });

  it('give every entity a warning that stays within its evidence tier', () => {
    for (const entity of entities) {
      const warning = describeEvidence(entity);
      expect(warning, entity.id).toMatch(/\.$/);
      if (entity.tier === 'designation')
        expect(warning, entity.id).toMatch(/^(Appears in|Was listed in) /);
      else {
        expect(warning, entity.id).toMatch(/^Named in /);
        expect(warning, entity.id).not.toMatch(/sanctions designation/i);
      }
    }
  });

  it('keep acronyms apart from full aliases', () => {
    for (const entity of entities) {
      const full = new Set([entity.name, ...entity.aliases]);
      for (const weak of entity.weakAliases)
        expect(full.has(weak), `${entity.id}: ${weak}`).toBe(false);
    }
  });
});
