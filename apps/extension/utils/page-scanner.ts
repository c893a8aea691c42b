import { readJsonLdContext } from './adapters/read-context';
import type { FieldCandidate, SiteAdapter } from './adapters/types';
import { dedupeFindings, type Finding } from './finding';
import type {
  MatchClient,
  MatchRequest,
  MatchResponse,
  NameHit,
  PageContext,
} from './match-client';
import { findingsFromBlocks, findingsFromCandidates } from './match-page';
import type { TimeSlicer } from './time-slicer';
import { isInsideSkippedElement, walkTextBlocks, type TextBlock } from './visible-text';

export interface PageScannerOptions {
  doc: Document;
  /** The marketplace's adapter; null on a site scanned as text only. */
  adapter: SiteAdapter | null;
  client: MatchClient;
  slicer: TimeSlicer;
}

export interface PageScanner {
  /** Adapters, then the visible text of the whole body. */
  scanPage(): Promise<Finding[]>;
  /** Adapters again (cheap), then the visible text of the added subtrees only. */
  scanAdded(nodes: Iterable<Node>): Promise<Finding[]>;
  /** After an SPA navigation: forgets sightings whose nodes left the page, re-reads the adapter fields. */
  scanAfterNavigation(): Promise<Finding[]>;
  findings(): Finding[];
}

/** Past this many separate roots one body pass is cheaper than many small ones. */
const MAX_ROOTS = 200;
/**
 * Most page text per request to the background. The background serves every tab; a page with megabytes of text is
 * matched in several requests, so other tabs' requests are answered in between instead of after it.
 */
export const MAX_REQUEST_CHARS = 50_000;

/** Groups consecutive texts into requests of at most MAX_REQUEST_CHARS (a longer single text goes alone). */
export function splitRequestTexts(texts: readonly string[]): string[][] {
  const parts: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const text of texts) {
    if (current.length > 0 && size + text.length > MAX_REQUEST_CHARS) {
      parts.push(current);
      current = [];
      size = 0;
    }
    current.push(text);
    size += text.length;
  }
  if (current.length > 0) parts.push(current);
  return parts;
}

async function matchInParts(
  client: MatchClient,
  names: string[],
  texts: string[],
  context: PageContext | undefined,
): Promise<MatchResponse> {
  const withContext = (request: MatchRequest): MatchRequest =>
    context ? { ...request, context } : request;
  const [first = [], ...rest] = splitRequestTexts(texts);
  const response = await client.match(withContext({ names, texts: first }));
  const answered = [...response.texts];
  for (const part of rest)
    answered.push(...(await client.match(withContext({ names: [], texts: part }))).texts);
  return { names: response.names, texts: answered };
}

/** Reduces added nodes to the outermost connected elements worth reading. */
export function collectScanRoots(nodes: Iterable<Node>, body: Element): Element[] | 'body' {
  const roots = new Set<Element>();
  for (const node of nodes) {
    const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    if (!element || !element.isConnected || !body.contains(element)) continue;
    if (isInsideSkippedElement(node)) continue;
    roots.add(element);
    if (roots.size > MAX_ROOTS) return 'body';
  }
  return [...roots].filter(
    (root) => ![...roots].some((other) => other !== root && other.contains(root)),
  );
}

/**
 * Reads the page (adapters, then sliced text walks), sends what it read to the match client in one request, and
 * keeps one finding per entity. Reading is all it does to the DOM.
 */
export function createPageScanner(options: PageScannerOptions): PageScanner {
  const { doc, adapter, client, slicer } = options;
  const isMarketplaceName = (text: string): boolean => adapter?.isMarketplaceName(text) ?? false;
  // Field values repeat across passes (late content, SPA views): each is asked about once per page.
  const nameHits = new Map<string, NameHit | null>();
  // A name's hit depends on the page's context too: an SPA view with another seller address asks again.
  let contextKey = '';
  let adapterFindings: Finding[] = [];
  let textFindings: Finding[] = [];

  // Every stretch of main-thread work goes through the slicer, so it is both bounded and measured.
  function* extractSteps(): Generator<void, FieldCandidate[]> {
    yield;
    return adapter
      ? adapter.extract(doc).filter((candidate) => !isMarketplaceName(candidate.text))
      : [];
  }
  const readCandidates = (): Promise<FieldCandidate[]> => slicer.run(extractSteps());

  async function readBlocks(roots: readonly Element[]): Promise<TextBlock[]> {
    const blocks: TextBlock[] = [];
    for (const root of roots) blocks.push(...(await slicer.run(walkTextBlocks(root))));
    return blocks;
  }

  async function matchRead(candidates: FieldCandidate[], blocks: TextBlock[]): Promise<Finding[]> {
    const context = (adapter?.readContext ?? readJsonLdContext)(doc) ?? undefined;
    const key = JSON.stringify(context ?? null);
    if (key !== contextKey) {
      nameHits.clear();
      contextKey = key;
    }
    const names = [...new Set(candidates.map((candidate) => candidate.text))].filter(
      (name) => !nameHits.has(name),
    );
    const texts = blocks.map((block) => block.text);
    const response =
      names.length > 0 || texts.length > 0
        ? await matchInParts(client, names, texts, context)
        : null;
    return slicer.run(
      (function* assemble(): Generator<void, Finding[]> {
        yield;
        names.forEach((name, index) => nameHits.set(name, response?.names[index] ?? null));
        adapterFindings = findingsFromCandidates(candidates, nameHits);
        return response ? findingsFromBlocks(blocks, response.texts, isMarketplaceName) : [];
      })(),
    );
  }

  const current = (): Finding[] => dedupeFindings([...adapterFindings, ...textFindings]);

  return {
    async scanPage() {
      const candidates = await readCandidates();
      const blocks = doc.body ? await readBlocks([doc.body]) : [];
      textFindings = dedupeFindings(await matchRead(candidates, blocks));
      return current();
    },
    async scanAdded(nodes) {
      if (!doc.body) return current();
      const roots = collectScanRoots(nodes, doc.body);
      const candidates = await readCandidates();
      const blocks = await readBlocks(roots === 'body' ? [doc.body] : roots);
      const found = await matchRead(candidates, blocks);
      const kept =
        roots === 'body' ? [] : textFindings.filter((finding) => finding.anchor?.isConnected);
      // Carousels re-add the same nodes over and over: keep one sighting per entity so this never grows.
      textFindings = dedupeFindings([...kept, ...found]);
      return current();
    },
    async scanAfterNavigation() {
      textFindings = textFindings.filter((finding) => finding.anchor?.isConnected);
      await matchRead(await readCandidates(), []);
      return current();
    },
    findings: current,
  };
}
