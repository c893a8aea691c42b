import { createSampleFindingSummary } from '../../fixtures/sample-finding';
// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readEnglishMessages } from '../../fixtures/read-messages';
import type { Finding } from '../../utils/finding';
import { createPageUi } from './page-ui';

const messages = readEnglishMessages();

function createUi() {
  return createPageUi({
    doc: document,
    css: '',
    hostname: 'www.amazon.in',
    lang: 'en',
    datasetVersion: '1.0.0',
    datasetLine: 'Dataset 1.0.0',
    extensionVersion: '0.1.0',
    loadDetails: async () => null,
    onDismissEntity: () => undefined,
  });
}

function finding(anchor: Element, overrides: Partial<Finding> = {}): Finding {
  return { ...createSampleFindingSummary(), anchor, ...overrides };
}

// Our roots are closed, so the page cannot reach them; the spec keeps the roots attachShadow returns.
const roots = new Map<Element, ShadowRoot>();
const attachShadow = Element.prototype.attachShadow;
vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (
  this: Element,
  init: ShadowRootInit,
) {
  const root = attachShadow.call(this, init);
  roots.set(this, root);
  return root;
});
const rootOf = (host: Element | null | undefined) => (host ? roots.get(host) : undefined);

describe('createPageUi', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    roots.clear();
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(
      (key: string) => messages[key] ?? key,
    );
    document.body.innerHTML =
      '<div id="buybox"><a id="seller" href="/sp?seller=A1">Hunchun Pagoda</a></div>';
  });

  it('puts a badge host beside the anchor with the stable data attributes, leaving page text alone', () => {
    const ui = createUi();
    const anchor = document.getElementById('seller') as Element;
    ui.show([finding(anchor)]);
    const host = anchor.nextElementSibling;
    expect(host?.tagName).toBe('NKSCREEN-BADGE');
    expect(host?.getAttribute('data-nkscreen-entity')).toBe('hunchun-pagoda');
    expect(host?.getAttribute('data-nkscreen-field')).toBe('seller');
    expect(anchor.textContent).toBe('Hunchun Pagoda');
    expect(rootOf(host)?.querySelector('button')?.textContent).toContain('Sanctioned');
  });

  it('shows a banner only for a strong match on a seller, manufacturer or supplier', () => {
    const ui = createUi();
    const anchor = document.getElementById('seller') as Element;
    const banner = () =>
      rootOf(document.querySelector('nkscreen-overlay'))?.querySelector('[data-nkscreen-banner]');
    ui.show([finding(anchor, { field: 'brand' })]);
    expect(banner()).toBeFalsy();
    ui.show([finding(anchor, { band: 'review' })]);
    expect(banner()).toBeFalsy();
    ui.show([finding(anchor)]);
    expect(banner()?.getAttribute('data-nkscreen-banner')).toBe('hunchun-pagoda');
  });

  it('removes badges and banner when nothing is to be shown', () => {
    const ui = createUi();
    ui.show([finding(document.getElementById('seller') as Element)]);
    ui.show([]);
    expect(document.querySelector('nkscreen-badge, nkscreen-overlay')).toBeNull();
  });

  it('keeps its UI out of the page’s reach: closed roots, the UI language, inline !important reset', () => {
    const ui = createUi();
    const anchor = document.getElementById('seller') as Element;
    ui.show([finding(anchor)]);
    const host = anchor.nextElementSibling as HTMLElement;
    expect(host.shadowRoot).toBeNull();
    expect(rootOf(host)?.mode).toBe('closed');
    expect(rootOf(host)?.querySelector('.nk-root')?.getAttribute('lang')).toBe('en');
    expect(host.style.getPropertyPriority('display')).toBe('important');
  });

  it('leads the banner with the kind and age of the evidence, then the sentence', () => {
    const ui = createUi();
    ui.show([finding(document.getElementById('seller') as Element)]);
    const text =
      rootOf(document.querySelector('nkscreen-overlay'))?.querySelector('.nk-banner')
        ?.textContent ?? '';
    expect(text).toMatch(/^⚠Sanctioned · \d+ years? ago Appears in a US Treasury/);
  });
});
