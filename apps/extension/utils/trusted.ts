/**
 * Wraps a handler that acts for the user (dismiss, disable, snooze) so it runs only for events the browser made
 * from real input: a page script's `element.click()` or `dispatchEvent` produces `isTrusted === false`.
 */
export function onTrustedEvent<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) handler(event);
  };
}

/**
 * The guard for a checkbox that acts for the user (pause, the per-kind switches), as its `onClick`: cancels a
 * scripted click, so the box does not toggle and no change follows. Guarding `change` would not do: after a
 * scripted `click()` the browser fires `input` and `change` with `isTrusted` true (measured in Chromium 2026-12).
 */
export function cancelUntrustedClick(event: MouseEvent): void {
  if (!event.isTrusted) event.preventDefault();
}
