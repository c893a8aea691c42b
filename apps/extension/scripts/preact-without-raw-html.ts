// Preact's renderer carries one HTML sink: `dangerouslySetInnerHTML` is written with `element.innerHTML = __html`.
// Our UI never renders raw HTML (page text reaches it as text), yet every bundle holding Preact carries that
// assignment, and AMO's validator (`web-ext lint`) reports it as UNSAFE_VAR_ASSIGNMENT in each file — a content
// script injected into marketplace pages should not ship an HTML sink at all. So the build takes it out of
// Preact's code: using `dangerouslySetInnerHTML` throws instead of parsing HTML, loudly rather than silently.
// Vite plugin shape only (name + transform), so it needs no import from vite; the shipped build is what stores
// lint, hence `apply: 'build'` (the dev server pre-bundles dependencies without plugin transforms anyway).

/** Preact's distributed builds (`preact.module.js`, `preact.mjs`, …), under any node_modules. */
const PREACT_DIST_FILE = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.[\w.]*js$/;
/** The minified sink in Preact 10's diff: `<element>.innerHTML=<props.dangerouslySetInnerHTML>.__html`. */
const RAW_HTML_SINK = /\b\w+\.innerHTML=\w+\.__html\b/g;
/** Any assignment to innerHTML other than the empty string (Preact clears old raw HTML with `=""`). */
const HTML_ASSIGNMENT = /\.innerHTML\s*=(?!=)(?!\s*(?:""|''|``))/;

export const RAW_HTML_REFUSAL =
  'nkscreen renders no raw HTML: dangerouslySetInnerHTML is taken out of Preact at build time';

/** Rewrites one module's code if it is Preact's, or returns null for every other module. */
export function removePreactRawHtml(code: string, id: string): string | null {
  if (!PREACT_DIST_FILE.test(id) || !HTML_ASSIGNMENT.test(code)) return null;
  const sinks = code.match(RAW_HTML_SINK) ?? [];
  // Exactly one sink is what Preact 10 has; anything else means its code changed and this rewrite needs a look.
  if (sinks.length !== 1) {
    throw new Error(
      `${id}: expected Preact's one dangerouslySetInnerHTML assignment, found ${sinks.length}; ` +
        'update apps/extension/scripts/preact-without-raw-html.ts for this Preact version',
    );
  }
  const rewritten = code.replace(
    RAW_HTML_SINK,
    `(()=>{throw new Error(${JSON.stringify(RAW_HTML_REFUSAL)})})()`,
  );
  if (HTML_ASSIGNMENT.test(rewritten)) {
    throw new Error(
      `${id}: an innerHTML assignment is left after removing dangerouslySetInnerHTML; ` +
        'update apps/extension/scripts/preact-without-raw-html.ts for this Preact version',
    );
  }
  return rewritten;
}

/** The Vite plugin that applies {@link removePreactRawHtml} to the extension's build. */
export function preactWithoutRawHtml() {
  return {
    name: 'nkscreen:preact-without-raw-html',
    apply: 'build' as const,
    transform: removePreactRawHtml,
  };
}
