/**
 * Wraps a handler that acts for the user (dismiss, disable, snooze) so it runs only for events the browser made
 * from real input: a page script's `element.click()` or `dispatchEvent` produces `isTrusted === false`.
 */
export function onTrustedEvent<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) handler(event);
  };
}
