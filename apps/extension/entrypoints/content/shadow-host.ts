/** A UI host the page can neither reach into nor restyle: closed shadow root, inline `!important` reset. */
export interface ShadowHost {
  host: HTMLElement;
  container: HTMLElement;
}

/** A per-run suffix the page cannot predict, for when it has claimed our tag names. */
const FALLBACK_SUFFIX = Math.random().toString(36).slice(2, 8);

/**
 * Creates `<tagName>` unless the page defined a custom element of that name (its constructor would run on our host
 * and could take the shadow root first, leaving no badge at all); then `<tagName>-<random>`, which it cannot have.
 */
function createUndefinedElement(doc: Document, tagName: string): HTMLElement {
  const host = doc.createElement(tagName);
  return host.matches(':defined') ? doc.createElement(`${tagName}-${FALLBACK_SUFFIX}`) : host;
}

/**
 * Creates `<tagName>` with a closed shadow root holding our styles and a container in the UI's language. The
 * host's inline `all: initial !important` outranks any page rule, even `nkscreen-badge{display:none!important}`;
 * what the page can still do (hide an ancestor, cover the badge) is detected by `isShownToUser`.
 */
export function createShadowHost(
  doc: Document,
  tagName: string,
  css: string,
  lang: string,
  display: 'inline' | 'block',
): ShadowHost {
  const host = createUndefinedElement(doc, tagName);
  host.style.setProperty('all', 'initial', 'important');
  host.style.setProperty('display', display, 'important');
  // Closed: page scripts cannot read our text, click our buttons or restyle the inside.
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('span');
  container.className = 'nk-root';
  container.setAttribute('lang', lang);
  container.setAttribute('dir', 'auto');
  shadow.append(style, container);
  // Clicks inside our UI must not reach the page's own handlers (links around the anchor, carousels).
  host.addEventListener('click', (event) => event.stopPropagation());
  return { host, container };
}

type VisibilityCheck = (options?: {
  opacityProperty?: boolean;
  visibilityProperty?: boolean;
}) => boolean;

/**
 * True when `element` (inside one of our shadow roots) is rendered, not transparent, has a size and, when it is in
 * the middle of the viewport, is not covered by something else of the page's. A collapsed section counts as hidden
 * too: the toolbar then says a warning exists that the page does not show, which is what the user needs to know.
 */
export function isShownToUser(element: Element, host: Element): boolean {
  if (!host.isConnected) return false;
  const check = (element as Element & { checkVisibility?: VisibilityCheck }).checkVisibility;
  if (check && !check.call(element, { opacityProperty: true, visibilityProperty: true }))
    return false;
  const rect = element.getBoundingClientRect();
  if (rect.width < 1 || rect.height < 1) return false;
  const doc = element.ownerDocument;
  const view = doc.defaultView;
  if (!view) return true;
  const x = rect.left + rect.width / 2;
  const y = rect.top + rect.height / 2;
  // Covering is judged only in the middle band of the viewport: sticky headers and footers legitimately pass over
  // badges near the edges while the user scrolls; a cover that moves with the badge is caught once it is in view.
  const band = view.innerHeight / 4;
  if (x < 0 || x >= view.innerWidth || y < band || y > view.innerHeight - band) return true;
  // The document retargets hits inside our shadow trees to their hosts; our own banner over a badge is not the page.
  const top = doc.elementFromPoint(x, y);
  return top === null || top === host || host.contains(top) || top.tagName.startsWith('NKSCREEN-');
}
