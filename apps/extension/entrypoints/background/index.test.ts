import { createGetMessage, readEnglishMessages } from '../../fixtures/read-messages';
import { createSampleFindingSummary } from '../../fixtures/sample-finding';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { FindingSummary } from '../../utils/finding';
import { loadTabFindings } from '../../utils/tab-findings';
import background from './index';

const finding: FindingSummary = createSampleFindingSummary({ evidence: null });

// The fake's trigger is typed for two arguments; our listener answers through the third, sendResponse.
const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;

/** Delivers `message` as if sent by `sender` and resolves with what the listener answers. */
function send(message: unknown, sender: object): Promise<unknown> {
  return new Promise((resolve) => void trigger(message, sender, resolve));
}

describe('background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(
      createGetMessage(readEnglishMessages()),
    );
    vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.permissions.onRemoved, 'addListener').mockImplementation(() => undefined);
    background.main();
  });

  it('sets the toolbar badge to the tab’s distinct entity count and stores the findings', async () => {
    await send(
      { type: 'nkscreen:findings-changed', hostname: 'www.amazon.in', findings: [finding] },
      { tab: { id: 3 } },
    );
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('1');
    expect(await loadTabFindings(3)).toEqual({
      hostname: 'www.amazon.in',
      findings: [finding],
      hidden: [],
      filtered: 0,
    });
  });

  it('keeps counting a warning the page hid, and says so on the toolbar the page cannot touch', async () => {
    await send(
      {
        type: 'nkscreen:findings-changed',
        hostname: 'www.amazon.in',
        findings: [finding],
        hidden: [finding.entityId],
        filtered: 0,
      },
      { tab: { id: 3 } },
    );
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('1!');
    expect(await fakeBrowser.action.getTitle({ tabId: 3 })).toBe(
      'nkscreen: 1 listed on this page; 1 of the warnings hidden or covered on the page',
    );
    expect((await loadTabFindings(3))?.hidden).toEqual([finding.entityId]);
  });

  it('clears the badge when the tab no longer shows anything', async () => {
    await send(
      { type: 'nkscreen:findings-changed', hostname: 'www.amazon.in', findings: [finding] },
      { tab: { id: 3 } },
    );
    await send(
      { type: 'nkscreen:findings-changed', hostname: 'www.amazon.in', findings: [] },
      { tab: { id: 3 } },
    );
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('');
  });

  it('answers the why-panel’s request for entity details, null for an unknown id', async () => {
    expect(await send({ type: 'nkscreen:get-entity', entityId: 'no-such-entity' }, {})).toBeNull();
  });

  it('matches what a content script read, fields as names and blocks as text', async () => {
    const response = (await send(
      {
        type: 'nkscreen:match',
        request: { names: ['no such company anywhere'], texts: ['nothing listed here'] },
      },
      { tab: { id: 3 } },
    )) as { names: unknown[]; texts: unknown[][] };
    expect(response).toEqual({ names: [null], texts: [[]] });
  });

  it('ignores messages that are not ours', () => {
    const sendResponse = vi.fn();
    void trigger({ type: 'other' }, {}, sendResponse);
    expect(sendResponse).not.toHaveBeenCalled();
  });
});
