import type { Band, TextMatch } from '@nkscreen/core';
import { version as datasetVersion } from '@nkscreen/dataset';
import { createLineLocator, extractContext } from './context.js';
import type { Encoding } from './decode.js';
import { describeHitEntity, type HitEntity } from './hit-entity.js';
import { extractVisibleText } from './html-text.js';
import { readText, resolveInput } from './input.js';
import type { ExtraList } from './lists.js';
import { createScreener, type Screener } from './screener.js';

export interface ScanOptions {
  minBand?: Band;
  lists?: readonly ExtraList[];
  screener?: Screener;
  encoding?: Encoding;
  /** Treat the input as HTML (default: by extension `.html`/`.htm`/`.xhtml`, or a leading `<`). */
  html?: boolean;
  onNote?: (note: string) => void;
}

export interface Mention {
  /** Line and column in the file (for HTML, where the text piece starts in the source). */
  line: number;
  column: number;
  /** The mention and the words around it, as a reader sees them. */
  context: string;
  match: TextMatch;
}

export interface ScanResult {
  input: string;
  html: boolean;
  datasetVersion: string;
  minBand: Band;
  /** Characters of visible text scanned. */
  textLength: number;
  mentions: Mention[];
  entities: Record<string, HitEntity>;
}

const HTML_EXTENSION = /\.x?html?$/i;

/** Scans text (or the visible text of HTML) for mentions of listed entities. */
export function scanDocument(
  source: string,
  options: ScanOptions & { input?: string } = {},
): ScanResult {
  const html = options.html ?? (HTML_EXTENSION.test(options.input ?? '') || /^\s*</.test(source));
  const visible = html
    ? extractVisibleText(source)
    : { text: source, toSourceOffset: (offset: number) => offset };
  const minBand = options.minBand ?? 'review';
  const screener = options.screener ?? createScreener({ lists: options.lists ?? [], minBand });
  const found = screener.matcher.scanText(visible.text, { minBand });
  const entities: Record<string, HitEntity> = {};
  const locate = createLineLocator(source);
  const mentions = found.map((match) => {
    const listed = screener.findEntity(match.entityId);
    if (listed && !entities[match.entityId]) entities[match.entityId] = describeHitEntity(listed);
    const { line, column } = locate(visible.toSourceOffset(match.span.start));
    return {
      line,
      column,
      context: extractContext(visible.text, match.span.start, match.span.end),
      match,
    };
  });
  return {
    input: options.input ?? 'text',
    html,
    datasetVersion,
    minBand,
    textLength: visible.text.length,
    mentions,
    entities,
  };
}

/** Reads a saved page or text file (any encoding `screen` accepts) and scans it. */
export async function scanFile(path: string, options: ScanOptions = {}): Promise<ScanResult> {
  const input = await resolveInput(path);
  let source = '';
  for await (const chunk of readText(input, { encoding: options.encoding, onNote: options.onNote }))
    source += chunk;
  return scanDocument(source, { ...options, input: input.label });
}
