// @vitest-environment happy-dom
import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readEnglishMessages } from '../fixtures/read-messages';
import type { EntityDetails } from '../utils/entity-details';
import type { FindingSummary } from '../utils/finding';
import { InlineBadge } from './InlineBadge';
import { WhyPanel } from './WhyPanel';

const messages = readEnglishMessages();

const hostile = '<img src=x onerror="alert(1)">Namgang';
const finding: FindingSummary = {
  entityId: 'korea-namgang-trading-corporation',
  entityName: 'Korea Namgang Trading Corporation',
  field: 'seller',
  pageText: hostile,
  matchedAlias: 'Namgang Trading Corporation',
  band: 'match',
  score: 0.93,
  explanation: '“Namgang” ≈ “Namgang Trading Corporation”',
};
const details: EntityDetails = {
  id: finding.entityId,
  name: finding.entityName,
  aliases: [],
  countries: ['KP'],
  requires: [],
  role: 'labour_export_company',
  roleLabel: 'Labour export company',
  tier: 'designation',
  tierLabel: 'Government designation',
  evidence: 'Appears in a US Treasury designation for exporting North Korean workers.',
  status: 'active',
  listing: 'OFAC SDN',
  listedOn: '2018-08-03',
  period: null,
  summary: '',
  response: null,
  sources: [
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

describe('WhyPanel', () => {
  let container: HTMLElement;

  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(
      (key: string, subs?: string | string[]) => {
        const list = typeof subs === 'string' ? [subs] : (subs ?? []);
        return (messages[key] ?? key).replace(
          /\$(\d)/g,
          (_, n: string) => list[Number(n) - 1] ?? '',
        );
      },
    );
    container = document.createElement('div');
    document.body.replaceChildren(container);
  });

  it('shows field, page text, listed name, band, score, role, evidence, sources and dataset version', () => {
    render(
      <WhyPanel
        finding={finding}
        details={details}
        hostname="www.amazon.in"
        datasetVersion="1.0.0"
        extensionVersion="0.1.0"
        onDismissEntity={() => undefined}
      />,
      container,
    );
    const text = container.textContent ?? '';
    for (const part of [
      'seller',
      finding.entityName,
      'Strong match',
      '0.93',
      'Labour export company',
      details.evidence,
      'US Treasury, 2018-08-03',
      'Dataset version: 1.0.0',
    ]) {
      expect(text).toContain(part);
    }
    const source = container.querySelector<HTMLAnchorElement>(
      'a[href^="https://home.treasury.gov"]',
    );
    expect(source?.rel).toBe('noopener noreferrer');
  });

  it('renders hostile page text as text, never as markup', () => {
    render(
      <WhyPanel
        finding={finding}
        details={null}
        hostname="www.amazon.in"
        datasetVersion="1.0.0"
        extensionVersion="0.1.0"
        onDismissEntity={() => undefined}
      />,
      container,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain(hostile);
  });

  it('offers a labelled badge that opens the panel from the keyboard', () => {
    const onOpen = vi.fn();
    render(<InlineBadge finding={finding} onOpen={onOpen} />, container);
    const button = container.querySelector('button');
    expect(button?.getAttribute('aria-label')).toContain(finding.entityName);
    button?.click();
    expect(onOpen).toHaveBeenCalledWith(button);
  });
});
