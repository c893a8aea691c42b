import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { findSiteAdapter } from '../../utils/adapters/registry';
import type { EntityDetails } from '../../utils/entity-details';
import { formatDatasetLine } from '../../utils/dataset-info';
import { getUiLanguage } from '../../utils/evidence';
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
  disabledSitesItem,
  dismissEntity,
  dismissedEntitiesItem,
  isSiteSilenced,
  kindFilterItem,
  pausedItem,
} from '../../utils/settings';
import { selectShownFindings } from '../../utils/select-shown';
import type { Dismissal, KindFilter } from '../../utils/snooze';
import { createTimeSlicer } from '../../utils/time-slicer';
import { createPageUi } from './page-ui';

/** Mutations are gathered for this long before one flush reads them. */
const MUTATION_FLUSH_MS = 250;
/** `navigate` fires before the new view renders; give it a moment, then re-read. */
const NAVIGATION_SETTLE_MS = 400;
const STARTED_FLAG = '__nkscreenStarted';
const MAX_QUEUED_NODES = 1000;
/** How often the page's hold on our warnings is re-read (CSS can arrive at any time, from anywhere). */
const HIDDEN_CHECK_MS = 2000;

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
    lang: getUiLanguage(),
    datasetVersion: versions.datasetVersion,
    datasetLine: formatDatasetLine(),
    extensionVersion: browser.runtime.getManifest().version,
    loadDetails: async (entityId) => {
      const message: GetEntityMessage = { type: 'nkscreen:get-entity', entityId };
      return ((await browser.runtime.sendMessage(message)) as EntityDetails | null) ?? null;
    },
    onDismissEntity: (finding) =>
      void dismissEntity({
        entityId: finding.entityId,
        name: finding.entityName,
        fingerprint: finding.evidence?.fingerprint ?? null,
      }),
  });

  let paused = false;
  let disabledSites: string[] = [];
  let dismissed: Dismissal[] = [];
  let kindFilter: KindFilter = {};
  let hidden: string[] = [];
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
    const { shown, filtered } = selectShownFindings(findings, {
      silenced: silenced(),
      dismissed,
      kindFilter,
    });
    ui.show(shown);
    hidden = ui.findHidden();
    report(shown, filtered);
  }

  let lastShown: Finding[] = [];
  let lastFiltered = 0;
  function report(shown: Finding[], filtered: number): void {
    lastShown = shown;
    lastFiltered = filtered;
    const summaries = shown.map(summarizeFinding);
    // Busy pages flush often with nothing new: tell the background only about changes.
    const sent = JSON.stringify([summaries, hidden, filtered]);
    if (sent === lastSent) return;
    lastSent = sent;
    const message: FindingsChangedMessage = {
      type: 'nkscreen:findings-changed',
      hostname,
      findings: summaries,
      hidden,
      filtered,
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

  // One pending rescan at a time, however many navigations (or forged events) arrive meanwhile.
  let navigationTimer: number | null = null;
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (navigationTimer !== null) return;
    navigationTimer = ctx.setTimeout(() => {
      navigationTimer = null;
      if (silenced() || !scanned) return;
      enqueue(async () => {
        findings = await scanner.scanAfterNavigation();
        publish();
      });
    }, NAVIGATION_SETTLE_MS);
  });

  // Page CSS can hide a warning at any time: the toolbar, which the page cannot touch, says so.
  ctx.setInterval(() => {
    // Nobody sees a background tab; it is checked again once shown.
    if (lastShown.length === 0 || document.hidden) return;
    // A page that removes our hosts gets them back; one that keeps doing so is reported below meanwhile.
    if (ui.lostHosts()) {
      publish();
      return;
    }
    const now = ui.findHidden();
    if (now.join() === hidden.join()) return;
    hidden = now;
    report(lastShown, lastFiltered);
  }, HIDDEN_CHECK_MS);

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
    kindFilterItem.watch((value) => {
      kindFilter = value;
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
    kindFilterItem.getValue(),
  ]).then(([storedPaused, storedSites, storedDismissed, storedFilter]) => {
    paused = storedPaused;
    disabledSites = storedSites;
    dismissed = storedDismissed;
    kindFilter = storedFilter;
    // The whole document, not the body: a page that swaps in a new <body> is still watched.
    observer.observe(document.documentElement, { childList: true, subtree: true });
    if (silenced()) publish();
    else scanWholePage();
  });
}
