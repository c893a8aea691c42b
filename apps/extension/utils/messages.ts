import type { FindingSummary } from './finding';
import type { EntityDetails } from './entity-details';
import type { MatchRequest, MatchResponse } from './match-client';

/** Content script → background: the current findings of the sender's tab (shown ones only). */
export interface FindingsChangedMessage {
  type: 'nkscreen:findings-changed';
  hostname: string;
  findings: FindingSummary[];
  /** Entities whose badge or banner the page hid or covered (the toolbar and popup still report them). */
  hidden: string[];
  /** Findings the user's per-kind switch hides (older evidence of a kind they chose to hide). */
  filtered: number;
}

/** Content script → background: details for the why-panel (the content bundle carries only the index). */
export interface GetEntityMessage {
  type: 'nkscreen:get-entity';
  entityId: string;
}

/** Content script → background: match what the page scan read (the index lives in the background only). */
export interface MatchMessage {
  type: 'nkscreen:match';
  request: MatchRequest;
}

export type MatchMessageResponse = MatchResponse;

/** Popup → content script: scan again (after "Scan this page" injects into a tab already scanned). */
export interface RescanMessage {
  type: 'nkscreen:rescan';
}

export type ExtensionMessage =
  FindingsChangedMessage | GetEntityMessage | MatchMessage | RescanMessage;

export type GetEntityResponse = EntityDetails | null;

export function isExtensionMessage(value: unknown): value is ExtensionMessage {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    (value as { type: string }).type.startsWith('nkscreen:')
  );
}
