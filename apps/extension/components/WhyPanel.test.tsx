// @vitest-environment happy-dom
import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createGetMessage, readMessages } from '../fixtures/read-messages';
import { SAMPLE_EVIDENCE } from '../fixtures/sample-finding';
import { trustedClick } from '../fixtures/trusted-click';
import type { EntityDetails } from '../utils/entity-details';
import type { FindingSummary } from '../utils/finding';
import { InlineBadge } from './InlineBadge';
import { WhyPanel } from './WhyPanel';

const hostile = '<img src=x onerror="alert(1)">Namgang';
const finding: FindingSummary = {
  entityId: 'korea-namgang-trading-corporation',
  entityName: 'Korea Namgang Trading Corporation',
  field: 'seller',
  pageText: hostile,
  matchedAlias: 'Namgang Trading Corporation',
  band: 'match',
  score: 0.93,
  explanation: {
    alignment: [
      { query: 'Namgang', alias: 'Namgang', op: 'exact' },
      { query: 'Trading', alias: 'Trading', op: 'exact' },
      { query: 'Corp', alias: 'Corporation', op: 'legal_form' },
    ],
    unmatched: { query: [], alias: [] },
  },
  context: null,
  evidence: { ...SAMPLE_EVIDENCE, response: null },
};
const details: EntityDetails = {
  id: finding.entityId,
  name: finding.entityName,
  aliases: [],
  countries: ['KP'],
  requires: ['country:PL', 'city:Artyom'],
  role: 'labour_export_company',
  roleLabel: 'Labour export company',
  tier: 'designation',
  tierLabel: 'Sanctions designation',
  evidence: SAMPLE_EVIDENCE.evidence,
  status: 'active',
  listing: 'OFAC SDN',
  listedOn: '2018-08-03',
  period: null,
  summary: '',
  response: null,
  facts: SAMPLE_EVIDENCE.facts,
  fingerprint: SAMPLE_EVIDENCE.fingerprint,
  sources: [
    {
      id: 'news-2019',
      title: 'A later news story',
      publisher: 'A Newspaper',
      url: 'https://news.example/story',
      publishedOn: '2019-01-02',
      kind: 'news',
    },
    {
      id: 'ofac-2018',
      title: 'Treasury sanctions',
      publisher: 'US Treasury',
      url: 'https://home.treasury.gov/news/press-releases/sm454',
      publishedOn: '2018-08-03',
      kind: 'government',
    },
  ],
};

function renderPanel(overrides: Partial<Parameters<typeof WhyPanel>[0]> = {}) {
  render(
    <WhyPanel
      finding={finding}
      details={details}
      hostname="www.amazon.in"
      datasetVersion="1.0.0"
      datasetLine="Dataset 1.0.0, released 2026-11-30"
      extensionVersion="0.1.0"
      onDismissEntity={() => undefined}
      {...overrides}
    />,
    container,
  );
}

let container: HTMLElement;

function useLocale(locale: string): void {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(
    createGetMessage(readMessages(locale)),
  );
}

describe('WhyPanel', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    useLocale('en');
    container = document.createElement('div');
    document.body.replaceChildren(container);
  });

  it('opens with the evidence sentence and its best source, then says how the name matched', () => {
    renderPanel();
    const text = container.textContent ?? '';
    const evidenceAt = text.indexOf(SAMPLE_EVIDENCE.evidence);
    const bestAt = text.indexOf('Best source: Treasury sanctions — US Treasury, 2018-08-03');
    const howAt = text.indexOf('How it matched');
    expect(evidenceAt).toBeGreaterThan(-1);
    expect(bestAt).toBeGreaterThan(evidenceAt);
    expect(howAt).toBeGreaterThan(bestAt);
    for (const part of [
      'seller',
      finding.entityName,
      'Strong match (0.93)',
      'Corp ≈ Corporation (legal form)',
      'Labour-export company',
      'Poland, Artyom (city)',
      'Other sources',
      'A later news story',
      'Dataset 1.0.0, released 2026-11-30',
    ]) {
      expect(text).toContain(part);
    }
    expect(text).not.toContain('country:');
    const source = container.querySelector<HTMLAnchorElement>(
      'a[href^="https://home.treasury.gov"]',
    );
    expect(source?.rel).toBe('noopener noreferrer');
  });

  it('prints each fact once: the best source is not listed again, the page text appears once', () => {
    renderPanel();
    const text = container.textContent ?? '';
    expect(text.split('Treasury sanctions').length - 1).toBe(1);
    expect(text.split(hostile).length - 1).toBe(1);
    expect(text.split(SAMPLE_EVIDENCE.evidence).length - 1).toBe(1);
  });

  it('speaks Korean throughout in the Korean UI: kind, sentence, role, labels, requirements', () => {
    useLocale('ko');
    renderPanel();
    const text = container.textContent ?? '';
    for (const part of [
      '이 경고가 표시되는 이유',
      '제재 대상 지정',
      '미국 재무부(OFAC)의 제재 대상 지정(2018)에 올라 있습니다. 내용: 북한 노동자 해외 송출.',
      '주요 출처',
      '일치 방식',
      '노동자 송출 회사',
      '폴란드',
      'Artyom(도시)',
      '법인 형태',
    ]) {
      expect(text).toContain(part);
    }
    for (const english of ['Appears in', 'Labour', 'Sanctions designation', 'legal form', 'Poland'])
      expect(text).not.toContain(english);
  });

  it('says what is new when a dismissed entity comes back with new evidence', () => {
    renderPanel({
      finding: {
        ...finding,
        change: { addedSourceIds: ['news-2019'], tierFrom: 'investigation', statusChanged: false },
      },
    });
    const note = container.querySelector('[data-testid="nkscreen-change"]')?.textContent ?? '';
    expect(note).toContain('New since you dismissed it');
    expect(note).toContain('new source: A Newspaper, 2019-01-02');
    expect(note).toContain('kind of evidence changed from Investigation to Sanctions designation');
  });

  it('renders hostile page text as text, never as markup', () => {
    renderPanel({ details: null });
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain(hostile);
  });

  it('ignores a scripted click on "Dismiss" (isTrusted is false): only a person dismisses', () => {
    const onDismissEntity = vi.fn();
    renderPanel({ onDismissEntity });
    container.querySelector<HTMLButtonElement>('[data-testid="nkscreen-dismiss"]')?.click();
    expect(onDismissEntity).not.toHaveBeenCalled();
  });

  it('dismisses on a person\'s click on "Dismiss"', () => {
    const onDismissEntity = vi.fn();
    renderPanel({ onDismissEntity });
    const dismiss = container.querySelector('[data-testid="nkscreen-dismiss"]');
    if (!dismiss) throw new Error('the why-panel has no "Dismiss" button');
    trustedClick(dismiss);
    expect(onDismissEntity).toHaveBeenCalledTimes(1);
  });

  it('keeps Tab inside the open drawer: from the last control back to the close button', () => {
    renderPanel({ onClose: () => undefined });
    const panel = container.querySelector<HTMLElement>('[data-testid="nkscreen-why-panel"]');
    const close = container.querySelector<HTMLButtonElement>('.nk-close');
    const dismiss = container.querySelector<HTMLButtonElement>('[data-testid="nkscreen-dismiss"]');
    expect(panel?.getAttribute('aria-modal')).toBe('true');
    dismiss?.focus();
    panel?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    expect(document.activeElement).toBe(close);
    panel?.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Tab', shiftKey: true, bubbles: true }),
    );
    expect(document.activeElement).toBe(dismiss);
  });

  it('puts the close button after the heading, in the tab order', () => {
    renderPanel({ onClose: () => undefined });
    const heading = container.querySelector('h2');
    const close = container.querySelector<HTMLButtonElement>('.nk-close');
    expect(close?.tabIndex).toBe(0);
    expect(heading?.compareDocumentPosition(close as Node)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
  });
});

describe('InlineBadge', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    useLocale('en');
    container = document.createElement('div');
    document.body.replaceChildren(container);
  });

  it('names the kind of evidence, and its accessible name starts with what it shows', () => {
    const onOpen = vi.fn();
    render(<InlineBadge finding={finding} onOpen={onOpen} />, container);
    const button = container.querySelector('button');
    expect(container.querySelector('.nk-badge-text')?.textContent).toBe('Sanctioned');
    expect(button?.hasAttribute('aria-label')).toBe(false);
    expect(button?.textContent).toMatch(/^⚠Sanctioned — nkscreen warning about Korea Namgang/);
    button?.click();
    expect(onOpen).toHaveBeenCalledWith(button);
  });

  it('says "Reported <year>" for an investigation and softens a possible match', () => {
    const reported = {
      ...finding,
      band: 'review' as const,
      evidence: {
        ...SAMPLE_EVIDENCE,
        tier: 'investigation',
        facts: { ...SAMPLE_EVIDENCE.facts, year: 2017 },
      },
    };
    render(<InlineBadge finding={reported} onOpen={() => undefined} />, container);
    expect(container.querySelector('.nk-badge-text')?.textContent).toBe(
      'Possible match: Reported 2017',
    );
  });

  it('labels the badge in Korean in the Korean UI', () => {
    useLocale('ko');
    render(<InlineBadge finding={finding} onOpen={() => undefined} />, container);
    expect(container.querySelector('.nk-badge-text')?.textContent).toBe('제재 대상');
  });
});
