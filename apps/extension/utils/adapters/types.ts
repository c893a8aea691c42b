import type { TypedField } from '../fields';
import type { PageContext } from '../match-client';

/** A name an adapter read from a locale-independent anchor, before matching. */
export interface FieldCandidate {
  field: TypedField;
  text: string;
  /** Element the badge goes beside; null when the name came from JSON-LD or embedded JSON only. */
  anchor: Element | null;
}

/** Reads typed fields from one marketplace family. */
export interface SiteAdapter {
  id: string;
  /** Registrable domains this adapter owns; subdomains included. */
  domains: readonly string[];
  extract(doc: Document): FieldCandidate[];
  /** The marketplace's own names ("Amazon.com", "Amazon EU S.à r.l.") are never flagged. */
  isMarketplaceName(text: string): boolean;
  /**
   * Where the party on this page is, as the page prints it (a seller's business address, a supplier's location),
   * for the matcher's context. Absent or null when the page shows none.
   */
  readContext?(doc: Document): PageContext | null;
}
