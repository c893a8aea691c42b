// @vitest-environment happy-dom
import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createGetMessage, readMessages } from '../fixtures/read-messages';
import { createSampleFindingSummary } from '../fixtures/sample-finding';
import { trustedClick } from '../fixtures/trusted-click';
import { Banner } from './Banner';

let container: HTMLElement;

function renderBanner(onDismiss: () => void): HTMLButtonElement {
  render(
    <Banner
      finding={createSampleFindingSummary()}
      onDetails={() => undefined}
      onDismiss={onDismiss}
    />,
    container,
  );
  const dismiss = [...container.querySelectorAll('button')].find(
    (button) => button.textContent === 'Dismiss warning',
  );
  if (!dismiss) throw new Error('the banner has no "Dismiss warning" button');
  return dismiss;
}

describe('Banner', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(
      createGetMessage(readMessages('en')),
    );
    container = document.createElement('div');
    document.body.replaceChildren(container);
  });

  it('ignores a scripted click on "Dismiss warning" (isTrusted is false): only a person dismisses', () => {
    const onDismiss = vi.fn();
    const dismiss = renderBanner(onDismiss);
    dismiss.click();
    dismiss.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onDismiss).not.toHaveBeenCalled();
  });

  it('dismisses on a person\'s click on "Dismiss warning"', () => {
    const onDismiss = vi.fn();
    trustedClick(renderBanner(onDismiss));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });
});
