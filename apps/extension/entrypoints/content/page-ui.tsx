import { render } from 'preact';
import { Banner } from '../../components/Banner';
import { InlineBadge } from '../../components/InlineBadge';
import { WhyPanel } from '../../components/WhyPanel';
import type { EntityDetails } from '../../utils/entity-details';
import { BANNER_FIELDS } from '../../utils/fields';
import { summarizeFinding, type Finding, type FindingSummary } from '../../utils/finding';
import { createShadowHost, isShownToUser, type ShadowHost } from './shadow-host';

export interface PageUiOptions {
  doc: Document;
  css: string;
  hostname: string;
  /** The UI's language (`lang` of badge, banner and panel), not the page's. */
  lang: string;
  datasetVersion: string;
  datasetLine: string;
  extensionVersion: string;
  loadDetails: (entityId: string) => Promise<EntityDetails | null>;
  onDismissEntity: (finding: FindingSummary) => void;
}

export interface PageUi {
  /** The write phase: places, updates and removes badges so the page shows exactly `findings`. */
  show(findings: readonly Finding[]): void;
  /** The read phase after a write: entities whose badge or banner the page hid or covered. */
  findHidden(): string[];
  /** True when the page took one of our hosts out of the document (the next `show` puts it back). */
  lostHosts(): boolean;
  destroy(): void;
}

interface MountedBadge extends ShadowHost {
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

function placeBeside(anchor: Element, host: HTMLElement): void {
  if (INLINE_ANCHORS.has(anchor.tagName)) anchor.after(host);
  else anchor.append(host);
}

export function createPageUi(options: PageUiOptions): PageUi {
  const { doc, css, lang } = options;
  const badges = new Map<string, MountedBadge>();
  const overlay = createShadowHost(doc, 'nkscreen-overlay', css, lang, 'block');
  let current: FindingSummary[] = [];
  let bannerEntityId: string | null = null;
  let openEntityId: string | null = null;
  let opener: { element: HTMLElement; entityId: string } | null = null;
  let details: EntityDetails | null = null;
  const dismissedBanners = new Set<string>();

  const badgeButton = (entityId: string): HTMLElement | null =>
    badges.get(entityId)?.container.querySelector<HTMLElement>('button') ?? null;

  /** Back where the user was: the opener, else the banner's details button, else the entity's badge. */
  function restoreFocus(from: { element: HTMLElement; entityId: string }): void {
    const target = from.element.isConnected
      ? from.element
      : (overlay.container.querySelector<HTMLElement>(`[data-nk-opener]`) ??
        badgeButton(from.entityId));
    target?.focus();
  }

  function closePanel(): void {
    const from = opener;
    openEntityId = null;
    opener = null;
    renderOverlay();
    if (from) restoreFocus(from);
  }

  function openPanel(entityId: string, from: HTMLElement): void {
    openEntityId = entityId;
    opener = { element: from, entityId };
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
    bannerEntityId = bannerFinding?.entityId ?? null;
    const panelFinding = current.find((finding) => finding.entityId === openEntityId);
    if (!bannerFinding && !panelFinding) {
      render(null, overlay.container);
      overlay.host.remove();
      return;
    }
    // First in the body: at high zoom the banner is in the flow above the page instead of covering it.
    if (!overlay.host.isConnected) (doc.body ?? doc.documentElement).prepend(overlay.host);
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
            datasetLine={options.datasetLine}
            extensionVersion={options.extensionVersion}
            onClose={closePanel}
            onDismissEntity={() => {
              closePanel();
              options.onDismissEntity(panelFinding);
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
          badge = {
            ...createShadowHost(doc, 'nkscreen-badge', css, lang, 'inline'),
            anchor: finding.anchor,
          };
          badges.set(finding.entityId, badge);
          placeBeside(finding.anchor, badge.host);
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
    findHidden() {
      const hidden = new Set<string>();
      for (const [entityId, badge] of badges) {
        const button = badgeButton(entityId);
        if (button && !isShownToUser(button, badge.host)) hidden.add(entityId);
      }
      const banner = overlay.container.querySelector('.nk-banner');
      if (bannerEntityId && (!banner || !isShownToUser(banner, overlay.host)))
        hidden.add(bannerEntityId);
      return [...hidden].sort();
    },
    lostHosts() {
      const overlayLost = bannerEntityId !== null && !overlay.host.isConnected;
      return overlayLost || [...badges.values()].some((badge) => !badge.host.isConnected);
    },
    destroy() {
      for (const entityId of [...badges.keys()]) removeBadge(entityId);
      render(null, overlay.container);
      overlay.host.remove();
    },
  };
}
