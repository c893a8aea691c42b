import { createHash } from 'node:crypto';
import type { Entity, Source } from './types.js';

// Hashes of the rows as loaded, so any change to a cell — a new alias, a fixed date, a source's
// corrected address — changes the fingerprint, and formatting-only edits (`validate --fix`) do not.

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** 16 hex digits identifying the exact rows of the dataset. */
export function fingerprintDataset(
  entities: readonly Entity[],
  sources: readonly Source[],
): string {
  return sha256(JSON.stringify({ entities, sources })).slice(0, 16);
}

/** 16 hex digits identifying one entity row together with the sources it cites. */
export function fingerprintEntity(entity: Entity): string {
  return sha256(JSON.stringify(entity)).slice(0, 16);
}
