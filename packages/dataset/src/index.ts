// The data-free part of the main entry. `nkscreen-dataset build` writes dist/index.* around this module's
// build output (dist/runtime.*) with `entities`, `sources` and `version` inlined.
export { describeEvidence } from './describe-evidence.js';
export {
  evidenceWording,
  type EnforcementKind,
  type ListingAuthority,
} from './evidence-wording.js';
export { roleLabels, tierLabels } from './labels.js';
export type {
  Entity,
  EntityRecord,
  EntityStatus,
  EntityType,
  Role,
  Source,
  SourceKind,
  Tier,
} from './types.js';
