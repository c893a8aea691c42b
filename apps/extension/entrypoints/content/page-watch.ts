import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { findSiteAdapter } from '../../utils/adapters/registry';
import type { EntityDetails } from '../../utils/entity-details';
import { summarizeFinding, type Finding } from '../../utils/finding';
import {
  isExtensionMessage,
  type FindingsChangedMessage,
  type GetEntityMessage,
} from '../../utils/messages';
import { createPageScanner } from '../../utils/page-scanner';
import versions from '../../generated/versions.json';
import { createBackgroundMatchClient } from '../../utils/match-client';
import {
  addToList,
  disabledSitesItem,
  dismissedEntitiesItem,
  isSiteSilenced,
  pausedItem,
} from '../../utils/settings';
import { createTimeSlicer } from '../../utils/time-slicer';
import { createPageUi } from './page-ui';

/** Mutations are gathered for this long before one flush reads them. */
const MUTATION_FLUSH_MS = 250;
/** `navigate` fires before the new view renders; give it a moment, then re-read. */
const NAVIGATION_SETTLE_MS = 400;
const STARTED_FLAG = '__nkscreenStarted';
const MAX_QUEUED_NODES = 1000;

/** Scans the page once, then keeps up with late content and SPA navigations until the context dies. */
export function startPageWatch(ctx: ContentScriptContext, css: string): void {
  const scope = globalThis as Record<string, unknown>;
  // "Scan this page" can inject this file into a tab that already runs it: the running copy rescans instead.
  if (scope[STARTED_FLAG]) return;
  scope[STARTED_FLAG] = true;

  const hostname = location.hostname;
  const scanner = createPageScanner({
    doc: document,
    adapter: findSiteAdapter(hostname),
    client: createBackgroundMatchClient(),
    slicer: createTimeSlicer({ budgetMs: 4 }),
  });
  const ui = createPageUi({
    doc: document,
    css,
    hostname,
    datasetVersion: versions.datasetVersion,
    extensionVersion: browser.runtime.getManifest().version,
    loadDetails: async (entityId) => {
      const message: GetEntityMessage = { type: 'nkscreen:get-entity', entityId };
      return ((await browser.runtime.sendMessage(message)) as EntityDetails | null) ?? null;
    },
    onDismissEntity: (entityId) => void addToList(dismissedEntitiesItem, entityId),
  });

  let paused = false;
  let disabledSites: string[] = [];
  let dismissed: string[] = [];
  let findings: Finding[] = [];
  let scanned = false;
  let queue: Node[] = [];
  let lastSent: string | null = null;
  let flushTimer: number | null = null;
  // Scans run one after another; a flush never interleaves with a full scan.
  let work: Promise<void> = Promise.resolve();
  const enqueue = (task: () => Promise<void>): void => {
    work = work.then(task).catch((error: unknown) => console.warn('[nkscreen]', error));
  };

  const silenced = (): boolean => isSiteSilenced(hostname, paused, disabledSites);

  function publish(): void {
    if (ctx.isInvalid) return;
    const shown = silenced()
      ? []
      : findings.filter((finding) => !dismissed.includes(finding.entityId));
    ui.show(shown);
    const summaries = shown.map(summarizeFinding);
    // Busy pages flush often with nothing new: tell the background only about changes.
    const sent = JSON.stringify(summaries);
    if (sent === lastSent) return;
    lastSent = sent;
    const message: FindingsChangedMessage = {
      type: 'nkscreen:findings-changed',
      hostname,
      findings: summaries,
    };
    browser.runtime.sendMessage(message).catch(() => {
      lastSent = null;
      // The background may be restarting; the next change reports again.
    });
  }

  const scanWholePage = (): void =>
    enqueue(async () => {
      queue = [];
      findings = await scanner.scanPage();
      scanned = true;
      publish();
    });

  function flushMutations(): void {
    flushTimer = null;
    if (silenced() || !scanned) {
      queue = [];
      return;
    }
    const nodes = queue;
    queue = [];
    enqueue(async () => {
      findings = await scanner.scanAdded(nodes);
      publish();
    });
  }

  // The callback only queues; all reading happens later in the sliced flush.
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeName.startsWith('NKSCREEN-')) continue;
        // A page that churns thousands of nodes between flushes gets one body pass instead of a huge queue.
        if (queue.length < MAX_QUEUED_NODES) queue.push(node);
        else queue[0] = document.body;
      }
    }
    if (queue.length > 0 && flushTimer === null)
      flushTimer = ctx.setTimeout(flushMutations, MUTATION_FLUSH_MS);
  });

  ctx.addEventListener(window, 'wxt:locationchange', () => {
    ctx.setTimeout(() => {
      if (silenced() || !scanned) return;
      enqueue(async () => {
        findings = await scanner.scanAfterNavigation();
        publish();
      });
    }, NAVIGATION_SETTLE_MS);
  });

  const onSettingsChanged = (): void => {
    if (!silenced() && !scanned) scanWholePage();
    else publish();
  };
  const unwatch = [
    pausedItem.watch((value) => {
      paused = value;
      onSettingsChanged();
    }),
    disabledSitesItem.watch((value) => {
      disabledSites = value;
      onSettingsChanged();
    }),
    dismissedEntitiesItem.watch((value) => {
      dismissed = value;
      publish();
    }),
  ];

  const onMessage = (message: unknown): void => {
    if (isExtensionMessage(message) && message.type === 'nkscreen:rescan') scanWholePage();
  };
  browser.runtime.onMessage.addListener(onMessage);

  ctx.onInvalidated(() => {
    observer.disconnect();
    for (const stop of unwatch) stop();
    browser.runtime.onMessage.removeListener(onMessage);
    ui.destroy();
    scope[STARTED_FLAG] = false;
  });

  void Promise.all([
    pausedItem.getValue(),
    disabledSitesItem.getValue(),
    dismissedEntitiesItem.getValue(),
  ]).then(([storedPaused, storedSites, storedDismissed]) => {
    paused = storedPaused;
    disabledSites = storedSites;
    dismissed = storedDismissed;
    if (document.body) observer.observe(document.body, { childList: true, subtree: true });
    if (silenced()) publish();
    else scanWholePage();
  });
}
