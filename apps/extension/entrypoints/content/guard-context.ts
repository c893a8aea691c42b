import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** True when this copy of the content script outlived its extension (updated, reloaded or removed). */
function isOrphaned(): boolean {
  try {
    return browser.runtime?.id == null;
  } catch {
    return true;
  }
}

/**
 * WXT stops an older copy of a content script when a newer one dispatches `<id>:content:wxt:content-script-started`
 * on the document, and accepts any such `CustomEvent` whose `messageId` differs from its own (WXT 0.20.27 and
 * 0.21.4 alike, `ContentScriptContext.listenForNewerScripts`; wxt-dev/wxt#1938 only ignores a replay of the copy's
 * own message). A page can dispatch that event too, and its script
 * events are as untrusted as WXT's own, so `isTrusted` cannot tell them apart. The only legitimate reason to stop
 * is that this copy's extension is gone, so the check WXT calls is narrowed to that: a forged event is ignored, an
 * extension update still retires the old copy. A second copy injected while this one runs ("Scan this page") is
 * handled by the caller's started flag instead.
 */
export function guardContentScriptContext(ctx: ContentScriptContext): void {
  const verify = ctx.verifyScriptStartedEvent.bind(ctx);
  ctx.verifyScriptStartedEvent = (event) => verify(event) && isOrphaned();
}
