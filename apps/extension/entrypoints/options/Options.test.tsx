// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createGetMessage, readMessages } from '../../fixtures/read-messages';
import { dispatchTrusted, trustedClick } from '../../fixtures/trusted-click';
import { kindFilterItem, pausedItem } from '../../utils/settings';
import { Options } from './Options';

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

function input(selector: string): HTMLInputElement {
  const found = container.querySelector<HTMLInputElement>(selector);
  if (!found) throw new Error(`the options page has no ${selector}`);
  return found;
}

const pauseSwitch = '[data-testid="nkscreen-paused"]';
const sanctionsSwitch = '#nk-kind-designation';
const sanctionsYears = '#nk-kind-designation ~ input[type="number"]';

describe('Options', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(
      createGetMessage(readMessages('en')),
    );
    vi.spyOn(fakeBrowser.permissions, 'getAll').mockResolvedValue({ origins: [], permissions: [] });
    container = document.createElement('div');
    document.body.replaceChildren(container);
    await run(() => render(<Options />, container));
  });

  // Unmounting stops the page's storage watchers, so no test sees another's page react.
  afterEach(() => render(null, container));

  it('ignores a scripted click on "Pause everywhere": the box stays clear and nothing is paused', async () => {
    await run(() => input(pauseSwitch).click());
    expect(input(pauseSwitch).checked).toBe(false);
    expect(await pausedItem.getValue()).toBe(false);
  });

  it("pauses everywhere on a person's click", async () => {
    await run(() => trustedClick(input(pauseSwitch)));
    expect(input(pauseSwitch).checked).toBe(true);
    expect(await pausedItem.getValue()).toBe(true);
  });

  it('ignores a scripted click on a per-kind switch: no kind of warning is hidden', async () => {
    await run(() => input(sanctionsSwitch).click());
    expect(input(sanctionsSwitch).checked).toBe(false);
    expect(await kindFilterItem.getValue()).toEqual({});
  });

  it("hides older warnings of a kind on a person's click on its switch", async () => {
    await run(() => trustedClick(input(sanctionsSwitch)));
    expect(input(sanctionsSwitch).checked).toBe(true);
    expect(await kindFilterItem.getValue()).toEqual({ designation: 5 });
  });

  it("ignores a change of a switch's years dispatched from script", async () => {
    await run(() => void kindFilterItem.setValue({ designation: 5 }));
    await run(() => {
      const years = input(sanctionsYears);
      years.value = '0';
      years.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(await kindFilterItem.getValue()).toEqual({ designation: 5 });
  });

  it("sets a switch's years on a person's change", async () => {
    await run(() => void kindFilterItem.setValue({ designation: 5 }));
    await run(() => {
      const years = input(sanctionsYears);
      years.value = '2';
      dispatchTrusted(years, new Event('change', { bubbles: true }));
    });
    expect(await kindFilterItem.getValue()).toEqual({ designation: 2 });
  });
});
