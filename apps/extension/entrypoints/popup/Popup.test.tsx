// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createGetMessage, readMessages } from '../../fixtures/read-messages';
import { createSampleFindingSummary } from '../../fixtures/sample-finding';
import { trustedClick } from '../../fixtures/trusted-click';
import { dismissedEntitiesItem, disabledSitesItem, pausedItem } from '../../utils/settings';
import { saveTabFindings } from '../../utils/tab-findings';
import { Popup } from './Popup';

const TAB_ID = 7;
const HOSTNAME = 'www.amazon.in';
const finding = createSampleFindingSummary();

let container: HTMLElement;

/**
 * Runs `step` and waits for everything it set off. `act` runs Preact's effects when it ends instead of after a
 * frame; the storage reads and writes they start, the watchers and the re-renders all settle in microtasks, and a
 * macrotask runs only after every one of them. So nothing here depends on how fast the machine is.
 */
async function run(step: () => void): Promise<void> {
  await act(step);
  await new Promise((resolve) => setTimeout(resolve, 0));
}

function button(label: string): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find((b) => b.textContent === label);
  if (!found) throw new Error(`the popup has no "${label}" button`);
  return found;
}

async function openPopup(): Promise<void> {
  await run(() => render(<Popup tabId={TAB_ID} />, container));
}

describe('Popup', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(
      createGetMessage(readMessages('en')),
    );
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
      manifest_version: 3,
      name: 'nkscreen',
      version: '0.1.0',
    });
    await saveTabFindings(TAB_ID, { hostname: HOSTNAME, findings: [finding] });
    container = document.createElement('div');
    document.body.replaceChildren(container);
  });

  // Unmounting stops the popup's storage watchers, so no test sees another's popup react.
  afterEach(() => render(null, container));

  it('ignores a scripted click on "Pause everywhere" (isTrusted is false): only a person pauses', async () => {
    await openPopup();
    await run(() => button('Pause everywhere').click());
    expect(await pausedItem.getValue()).toBe(false);
    expect(container.textContent).not.toContain('nkscreen is paused everywhere.');
  });

  it("pauses everywhere on a person's click, and resumes on the next", async () => {
    await openPopup();
    await run(() => trustedClick(button('Pause everywhere')));
    expect(await pausedItem.getValue()).toBe(true);
    expect(container.textContent).toContain('nkscreen is paused everywhere.');
    await run(() => trustedClick(button('Resume everywhere')));
    expect(await pausedItem.getValue()).toBe(false);
  });

  it('ignores a scripted click on "Resume everywhere": a page cannot undo a pause either', async () => {
    await pausedItem.setValue(true);
    await openPopup();
    await run(() => button('Resume everywhere').click());
    expect(await pausedItem.getValue()).toBe(true);
  });

  it('ignores a scripted click on "Disable on this site": only a person silences a site', async () => {
    await openPopup();
    await run(() => button('Disable on this site').click());
    expect(await disabledSitesItem.getValue()).toEqual([]);
  });

  it("disables this site on a person's click, and enables it again on the next", async () => {
    await openPopup();
    await run(() => trustedClick(button('Disable on this site')));
    expect(await disabledSitesItem.getValue()).toEqual([HOSTNAME]);
    expect(container.textContent).toContain('Enable on this site');
    await run(() => trustedClick(button('Enable on this site')));
    expect(await disabledSitesItem.getValue()).toEqual([]);
  });

  it('ignores a scripted click on the why-panel\'s "Dismiss" in the popup; a person\'s click dismisses', async () => {
    await openPopup();
    // Opening the panel changes nothing stored, so it takes any click.
    await run(() => button('Why am I seeing this?').click());
    const dismiss = container.querySelector<HTMLButtonElement>('[data-testid="nkscreen-dismiss"]');
    if (!dismiss) throw new Error('the popup\'s why-panel has no "Dismiss" button');
    await run(() => dismiss.click());
    expect(await dismissedEntitiesItem.getValue()).toEqual([]);
    await run(() => trustedClick(dismiss));
    expect(await dismissedEntitiesItem.getValue()).toEqual([
      {
        entityId: finding.entityId,
        name: finding.entityName,
        fingerprint: finding.evidence?.fingerprint,
      },
    ]);
  });
});
