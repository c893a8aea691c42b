import { render } from 'preact';
import { Banner } from '../../components/Banner';
import { InlineBadge } from '../../components/InlineBadge';
import { WhyPanel } from '../../components/WhyPanel';
import type { EntityDetails } from '../../utils/entity-details';
import { BANNER_FIELDS } from '../../utils/fields';
import { summarizeFinding, type Finding, type FindingSummary } from '../../utils/finding';

export interface PageUiOptions {
  doc: Document;
  css: string;
  hostname: string;
  datasetVersion: string;
  extensionVersion: string;
  loadDetails: (entityId: string) => Promise<EntityDetails | null>;
  onDismissEntity: (entityId: string) => void;
}

export interface PageUi {
  /** The write phase: places, updates and removes badges so the page shows exactly `findings`. */
  show(findings: readonly Finding[]): void;
  destroy(): void;
}

interface MountedBadge {
  host: HTMLElement;
  container: HTMLElement;
  anchor: Element;
}

const INLINE_ANCHORS = new Set([
  'A',
  'SPAN',
  'B',
  'STRONG',
  'EM',
  'I',
  'SMALL',
  'BDI',
  'LABEL',
  'FONT',
]);

function createShadowHost(
  doc: Document,
  tagName: string,
  css: string,
): { host: HTMLElement; container: HTMLElement } {
  const host = doc.createElement(tagName);
  // Open so assistive tech and tests can reach it; styles stay isolated either way.
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('span');
  container.className = 'nk-root';
  container.setAttribute('dir', 'auto');
  shadow.append(style, container);
  // Clicks inside our UI must not reach the page's own handlers (links around the anchor, carousels).
  host.addEventListener('click', (event) => event.stopPropagation());
  return { host, container };
}

function placeBeside(anchor: Element, host: HTMLElement): void {
  if (INLINE_ANCHORS.has(anchor.tagName)) anchor.after(host);
  else anchor.append(host);
}

export function createPageUi(options: PageUiOptions): PageUi {
  const { doc, css } = options;
  const badges = new Map<string, MountedBadge>();
  const overlay = createShadowHost(doc, 'nkscreen-overlay', css);
  let current: FindingSummary[] = [];
  let openEntityId: string | null = null;
  let opener: HTMLElement | null = null;
  let details: EntityDetails | null = null;
  const dismissedBanners = new Set<string>();

  function closePanel(): void {
    openEntityId = null;
    renderOverlay();
    opener?.focus();
    opener = null;
  }

  function openPanel(entityId: string, from: HTMLElement): void {
    openEntityId = entityId;
    opener = from;
    details = null;
    renderOverlay();
    overlay.container.querySelector<HTMLElement>('.nk-panel h2')?.focus();
    void options.loadDetails(entityId).then((loaded) => {
      if (openEntityId !== entityId) return;
      details = loaded;
      renderOverlay();
    });
  }

  function renderOverlay(): void {
    // While the why-panel is open it says everything the banner says; the banner would only sit under it.
    const bannerFinding =
      openEntityId !== null
        ? undefined
        : current.find(
            (finding) =>
              finding.band === 'match' &&
              BANNER_FIELDS.has(finding.field) &&
              !dismissedBanners.has(finding.entityId),
          );
    const panelFinding = current.find((finding) => finding.entityId === openEntityId);
    if (!bannerFinding && !panelFinding) {
      render(null, overlay.container);
      overlay.host.remove();
      return;
    }
    if (!overlay.host.isConnected) (doc.body ?? doc.documentElement).append(overlay.host);
    render(
      <>
        {bannerFinding && (
          <Banner
            finding={bannerFinding}
            onDetails={(from) => openPanel(bannerFinding.entityId, from)}
            onDismiss={() => {
              dismissedBanners.add(bannerFinding.entityId);
              renderOverlay();
            }}
          />
        )}
        {panelFinding && (
          <WhyPanel
            finding={panelFinding}
            details={details}
            hostname={options.hostname}
            datasetVersion={options.datasetVersion}
            extensionVersion={options.extensionVersion}
            onClose={closePanel}
            onDismissEntity={() => {
              closePanel();
              options.onDismissEntity(panelFinding.entityId);
            }}
          />
        )}
      </>,
      overlay.container,
    );
  }

  function removeBadge(entityId: string): void {
    const badge = badges.get(entityId);
    if (!badge) return;
    render(null, badge.container);
    badge.host.remove();
    badges.delete(entityId);
  }

  return {
    show(findings) {
      current = findings.map(summarizeFinding);
      const wanted = new Set(findings.map((finding) => finding.entityId));
      for (const entityId of [...badges.keys()]) if (!wanted.has(entityId)) removeBadge(entityId);
      for (const finding of findings) {
        let badge = badges.get(finding.entityId);
        if (badge && (badge.anchor !== finding.anchor || !badge.host.isConnected)) {
          removeBadge(finding.entityId);
          badge = undefined;
        }
        if (!finding.anchor) continue;
        if (!badge) {
          const { host, container } = createShadowHost(doc, 'nkscreen-badge', css);
          badge = { host, container, anchor: finding.anchor };
          badges.set(finding.entityId, badge);
          placeBeside(finding.anchor, host);
        }
        badge.host.setAttribute('data-nkscreen-entity', finding.entityId);
        badge.host.setAttribute('data-nkscreen-field', finding.field);
        badge.host.setAttribute('data-nkscreen-band', finding.band);
        const summary = summarizeFinding(finding);
        render(
          <InlineBadge finding={summary} onOpen={(from) => openPanel(summary.entityId, from)} />,
          badge.container,
        );
      }
      renderOverlay();
    },
    destroy() {
      for (const entityId of [...badges.keys()]) removeBadge(entityId);
      render(null, overlay.container);
      overlay.host.remove();
    },
  };
}
