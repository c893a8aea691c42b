import type { Match, Matcher, MatchNameOptions } from '@nkscreen/core';
import type { SiteAdapter } from './adapters/types';
import { dedupeFindings, type Finding } from './finding';
import { matchCandidates, matchTextBlocks } from './match-page';
import type { TimeSlicer } from './time-slicer';
import { isInsideSkippedElement, walkTextBlocks } from './visible-text';

export interface PageScannerOptions {
  doc: Document;
  /** The marketplace's adapter; null on a site scanned as text only. */
  adapter: SiteAdapter | null;
  getMatcher: () => Matcher;
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

function memoizeMatchName(matcher: Matcher): Matcher {
  const cache = new Map<string, Match[]>();
  return {
    matchName(name: string, options?: MatchNameOptions) {
      const key = `${options?.minBand ?? ''}|${options?.limit ?? ''}|${name}`;
      let matches = cache.get(key);
      if (!matches) {
        matches = matcher.matchName(name, options);
        cache.set(key, matches);
      }
      return matches;
    },
    scanText: (text, options) => matcher.scanText(text, options),
  };
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

export function createPageScanner(options: PageScannerOptions): PageScanner {
  const { doc, adapter, slicer } = options;
  let memoMatcher: Matcher | null = null;
  const getMatcher = (): Matcher => (memoMatcher ??= memoizeMatchName(options.getMatcher()));
  const isMarketplaceName = (text: string): boolean => adapter?.isMarketplaceName(text) ?? false;
  let adapterFindings: Finding[] = [];
  let textFindings: Finding[] = [];

  async function readAdapterFields(): Promise<void> {
    if (!adapter) return;
    const candidates = adapter.extract(doc);
    adapterFindings = await slicer.run(matchCandidates(candidates, getMatcher, isMarketplaceName));
  }

  async function readText(roots: readonly Element[]): Promise<Finding[]> {
    const found: Finding[] = [];
    for (const root of roots) {
      const blocks = await slicer.run(walkTextBlocks(root));
      found.push(...(await slicer.run(matchTextBlocks(blocks, getMatcher, isMarketplaceName))));
    }
    return found;
  }

  const current = (): Finding[] => dedupeFindings([...adapterFindings, ...textFindings]);

  return {
    async scanPage() {
      await readAdapterFields();
      textFindings = doc.body ? await readText([doc.body]) : [];
      return current();
    },
    async scanAdded(nodes) {
      if (!doc.body) return current();
      const roots = collectScanRoots(nodes, doc.body);
      await readAdapterFields();
      if (roots === 'body') {
        textFindings = await readText([doc.body]);
      } else {
        const kept = textFindings.filter((finding) => finding.anchor?.isConnected);
        // Carousels re-add the same nodes over and over: keep one sighting per entity so this never grows.
        textFindings = dedupeFindings([...kept, ...(await readText(roots))]);
      }
      return current();
    },
    async scanAfterNavigation() {
      textFindings = textFindings.filter((finding) => finding.anchor?.isConnected);
      await readAdapterFields();
      return current();
    },
    findings: current,
  };
}
