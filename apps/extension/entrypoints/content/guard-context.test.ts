// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { guardContentScriptContext } from './guard-context';

const STARTED = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string })
  .SCRIPT_STARTED_MESSAGE_TYPE;

function forge(): void {
  document.dispatchEvent(
    new CustomEvent(STARTED, { detail: { contentScriptName: 'content', messageId: 'forged' } }),
  );
}

describe('guardContentScriptContext', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is exposed to exactly the event WXT listens for (the attack works without the guard)', () => {
    const ctx = new ContentScriptContext('content');
    forge();
    expect(ctx.isValid).toBe(false);
  });

  it('ignores a page-forged "content-script-started" event while the extension is alive', () => {
    const ctx = new ContentScriptContext('content');
    guardContentScriptContext(ctx);
    forge();
    expect(ctx.isValid).toBe(true);
    ctx.abort();
  });
});
