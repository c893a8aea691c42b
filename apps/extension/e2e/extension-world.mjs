// Reads and drives the extension's on-page UI from the e2e without weakening it. Its shadow roots are closed, so
// neither the page nor Playwright's locators can reach them; the content script's own isolated world can, through
// `chrome.dom.openOrClosedShadowRoot`. This helper evaluates code in that world over CDP (Runtime.evaluate with the
// world's execution context), reads text and boxes there, and clicks with real mouse input (trusted events).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

// Helpers available to every evaluated function, inside the extension's world only.
const PRELUDE = `
  const rootOf = (host) => (host ? chrome.dom.openOrClosedShadowRoot(host) : null);
  const badgeRoot = (entityId) =>
    rootOf(document.querySelector('nkscreen-badge[data-nkscreen-entity="' + entityId + '"]'));
  const overlayRoot = () => rootOf(document.querySelector('nkscreen-overlay'));
  const find = (selector) => {
    for (const host of document.querySelectorAll('nkscreen-badge, nkscreen-overlay')) {
      const found = rootOf(host)?.querySelector(selector);
      if (found) return found;
    }
    return null;
  };
`;

/** Opens the extension's isolated world of `page`'s main frame; call again after a navigation. */
export async function openExtensionWorld(page, extensionId) {
  const cdp = await page.context().newCDPSession(page);
  const contexts = new Map();
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.set(context.id, context));
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) =>
    contexts.delete(executionContextId),
  );
  cdp.on('Runtime.executionContextsCleared', () => contexts.clear());
  await cdp.send('Runtime.enable');
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const frameId = frameTree.frame.id;

  async function contextId() {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      for (const context of contexts.values()) {
        if (
          context.origin === `chrome-extension://${extensionId}` &&
          context.auxData?.frameId === frameId
        )
          return context.id;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('the extension’s isolated world never appeared in this page');
  }

  async function evaluate(fn, arg) {
    const expression = `(async () => { ${PRELUDE}; return (${fn})(${JSON.stringify(arg ?? null)}); })()`;
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression,
      contextId: await contextId(),
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails)
      throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  }

  /**
   * Clicks the element `selector` finds in our UI with real input: the mouse when nothing lies over it, else (our
   * own fixed banner over a badge on a page too short to scroll) focus and the Enter key. Both are trusted events.
   */
  async function click(selector) {
    const target = await evaluate((sel) => {
      const element = find(sel);
      if (!element) return null;
      element.scrollIntoView({ block: 'center', inline: 'center' });
      const rect = element.getBoundingClientRect();
      const x = rect.left + rect.width / 2;
      const y = rect.top + rect.height / 2;
      const host = element.getRootNode().host;
      const top = document.elementFromPoint(x, y);
      if (top === host) return { x, y };
      element.focus();
      return { keyboard: true };
    }, selector);
    if (!target) throw new Error(`nothing in the extension UI matches ${selector}`);
    if (target.keyboard) await page.keyboard.press('Enter');
    else await page.mouse.click(target.x, target.y);
  }

  /** Polls until `selector` exists in our UI; returns its text. */
  async function waitForText(selector, timeoutMs = 8000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const text = await evaluate((sel) => find(sel)?.textContent ?? null, selector);
      if (text !== null) return text;
      if (Date.now() > deadline)
        throw new Error(`timed out waiting for ${selector} in the extension UI`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /**
   * Runs axe-core inside the extension's world on our hosts. axe reads `element.shadowRoot`, which is null for a
   * closed root, so in this world only (never the page's, never the shipped code) it is pointed at
   * `chrome.dom.openOrClosedShadowRoot`.
   */
  async function runAxe() {
    await evaluate(() => {
      if (globalThis.__nkAxeReady) return;
      Object.defineProperty(Element.prototype, 'shadowRoot', {
        configurable: true,
        get() {
          return chrome.dom.openOrClosedShadowRoot(this);
        },
      });
      globalThis.__nkAxeReady = true;
    });
    const { exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression: `${AXE_SOURCE};0`,
      contextId: await contextId(),
    });
    if (exceptionDetails) throw new Error(`axe-core did not load: ${exceptionDetails.text}`);
    return evaluate(async () => {
      const hosts = [...document.querySelectorAll('nkscreen-badge, nkscreen-overlay')];
      const results = await globalThis.axe.run(
        { include: hosts.map((host) => [host]) },
        { resultTypes: ['violations'] },
      );
      return results.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        nodes: violation.nodes.map((node) => node.target.join(' ')).slice(0, 3),
      }));
    });
  }

  return { evaluate, click, waitForText, runAxe, detach: () => cdp.detach() };
}

/** Runs axe-core on an extension page (popup, options), which is an ordinary document. */
export async function runAxeOnPage(page) {
  // Extension pages forbid inline scripts (CSP), so axe is evaluated over CDP, which CSP does not govern.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Runtime.evaluate', { expression: `${AXE_SOURCE};0` });
  await cdp.detach();
  return page.evaluate(async () => {
    const results = await globalThis.axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => node.target.join(' ')).slice(0, 3),
    }));
  });
}

/** Serious and critical violations only: what the e2e must keep at zero. */
export const seriousViolations = (violations) =>
  violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
