// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createShadowHost } from './shadow-host';

describe('createShadowHost', () => {
  it('makes a host whose inline reset outranks page rules, in the UI language', () => {
    const { host, container } = createShadowHost(document, 'nkscreen-test-a', '', 'ko', 'inline');
    expect(host.tagName).toBe('NKSCREEN-TEST-A');
    expect(host.style.getPropertyPriority('display')).toBe('important');
    expect(host.shadowRoot).toBeNull();
    expect(container.getAttribute('lang')).toBe('ko');
  });
  // A page that defines our tag names as custom elements: covered in real Chromium by the e2e (happy-dom does not
  // upgrade elements the way browsers do).
});
