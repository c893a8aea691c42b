import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { formatDatasetLine } from '../../utils/dataset-info';
import { formatTier } from '../../utils/evidence';
import { getGrantedOrigins, toOriginPattern } from '../../utils/granted-sites';
import {
  disabledSitesItem,
  dismissedEntitiesItem,
  kindFilterItem,
  pausedItem,
  removeFromList,
  undismissEntity,
} from '../../utils/settings';
import type { Dismissal, KindFilter } from '../../utils/snooze';
import { cancelUntrustedClick, onTrustedEvent } from '../../utils/trusted';

const TIERS = ['designation', 'enforcement', 'investigation'] as const;
const DEFAULT_YEARS = 5;

/** Per kind of evidence: a switch to hide warnings older than N years (e.g. old investigations). */
function KindFilterSection({ filter }: { filter: KindFilter }) {
  const update = (tier: string, years: number | null): void =>
    void kindFilterItem.setValue({ ...filter, [tier]: years });
  return (
    <fieldset class="nk-kinds" data-testid="nkscreen-kind-filter">
      <legend>{i18n.t('optionsKinds')}</legend>
      {TIERS.map((tier) => {
        const years = filter[tier] ?? null;
        const id = `nk-kind-${tier}`;
        return (
          <p key={tier}>
            <input
              id={id}
              type="checkbox"
              checked={years !== null}
              onClick={cancelUntrustedClick}
              onChange={(event) => update(tier, event.currentTarget.checked ? DEFAULT_YEARS : null)}
            />{' '}
            <label for={id}>{i18n.t('optionsKindOlderThan', [formatTier(tier)])}</label>{' '}
            <input
              type="number"
              min={0}
              max={50}
              value={years ?? DEFAULT_YEARS}
              disabled={years === null}
              aria-label={`${i18n.t('optionsKindOlderThan', [formatTier(tier)])} (${i18n.t('optionsYears')})`}
              // Stops a dispatched change; `execCommand('insertText')` still makes a trusted one (measured in
              // Chromium), so what keeps this page safe is that no web page can script an extension page.
              onChange={onTrustedEvent((event) => {
                const value = Number(event.currentTarget.value);
                if (Number.isInteger(value) && value >= 0) update(tier, value);
              })}
            />{' '}
            {i18n.t('optionsYears')}
          </p>
        );
      })}
    </fieldset>
  );
}

interface ListSectionProps {
  title: string;
  testId: string;
  entries: { key: string; label: string }[];
  actionLabel: string;
  onAction: (key: string) => void;
}

function ListSection({ title, testId, entries, actionLabel, onAction }: ListSectionProps) {
  return (
    <section>
      <h2>{title}</h2>
      {entries.length === 0 ? (
        <p class="nk-muted">{i18n.t('optionsEmpty')}</p>
      ) : (
        <ul data-testid={testId}>
          {entries.map((entry) => (
            <li key={entry.key}>
              <bdi>{entry.label}</bdi>{' '}
              <button
                type="button"
                class="nk-button"
                aria-label={`${actionLabel}: ${entry.label}`}
                onClick={() => onAction(entry.key)}
              >
                {actionLabel}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Lists every fatigue control the user has set and undoes any of them. */
export function Options() {
  const [paused, setPaused] = useState(false);
  const [dismissed, setDismissed] = useState<Dismissal[]>([]);
  const [kindFilter, setKindFilter] = useState<KindFilter>({});
  const [disabledSites, setDisabledSites] = useState<string[]>([]);
  const [granted, setGranted] = useState<string[]>([]);
  const [siteInput, setSiteInput] = useState('');

  useEffect(() => {
    void pausedItem.getValue().then(setPaused);
    void dismissedEntitiesItem.getValue().then(setDismissed);
    void disabledSitesItem.getValue().then(setDisabledSites);
    void getGrantedOrigins().then(setGranted);
    void kindFilterItem.getValue().then(setKindFilter);
    const unwatch = [
      kindFilterItem.watch(setKindFilter),
      pausedItem.watch(setPaused),
      dismissedEntitiesItem.watch(setDismissed),
      disabledSitesItem.watch(setDisabledSites),
    ];
    return () => {
      for (const off of unwatch) off();
    };
  }, []);

  async function grantSite(event: Event): Promise<void> {
    event.preventDefault();
    const origin = toOriginPattern(siteInput);
    if (!origin) return;
    // Must run inside the click: browsers only show the permission prompt for a user gesture.
    if (await browser.permissions.request({ origins: [origin] })) setSiteInput('');
    setGranted(await getGrantedOrigins());
  }

  async function revokeSite(origin: string): Promise<void> {
    await browser.permissions.remove({ origins: [origin] });
    setGranted(await getGrantedOrigins());
  }

  return (
    <main class="nk-options">
      <h1>{i18n.t('optionsTitle')}</h1>
      <p class="nk-muted">{i18n.t('optionsPrivacy')}</p>
      <label>
        <input
          type="checkbox"
          checked={paused}
          data-testid="nkscreen-paused"
          onClick={cancelUntrustedClick}
          onChange={(event) => void pausedItem.setValue(event.currentTarget.checked)}
        />{' '}
        {i18n.t('optionsPaused')}
      </label>
      <ListSection
        title={i18n.t('optionsDismissed')}
        testId="nkscreen-dismissed"
        entries={dismissed.map((entry) => ({ key: entry.entityId, label: entry.name }))}
        actionLabel={i18n.t('optionsUndo')}
        onAction={(id) => void undismissEntity(id)}
      />
      <KindFilterSection filter={kindFilter} />
      <ListSection
        title={i18n.t('optionsDisabledSites')}
        testId="nkscreen-disabled-sites"
        entries={disabledSites.map((site) => ({ key: site, label: site }))}
        actionLabel={i18n.t('optionsUndo')}
        onAction={(site) => void removeFromList(disabledSitesItem, site)}
      />
      <ListSection
        title={i18n.t('optionsGrantedSites')}
        testId="nkscreen-granted-sites"
        entries={granted.map((origin) => ({ key: origin, label: origin }))}
        actionLabel={i18n.t('optionsRemove')}
        onAction={(origin) => void revokeSite(origin)}
      />
      <form onSubmit={(event) => void grantSite(event)}>
        <p class="nk-muted">{i18n.t('optionsGrantHint')}</p>
        <input
          type="text"
          value={siteInput}
          placeholder={i18n.t('optionsGrantPlaceholder')}
          aria-label={i18n.t('optionsGrantedSites')}
          onInput={(event) => setSiteInput(event.currentTarget.value)}
        />{' '}
        <button type="submit" class="nk-button">
          {i18n.t('optionsGrantButton')}
        </button>
      </form>
      <p class="nk-muted">{formatDatasetLine()}</p>
    </main>
  );
}
