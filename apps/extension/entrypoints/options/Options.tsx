import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { DETAILS_DATASET_VERSION, getEntityDetails } from '../../utils/entity-details';
import { getGrantedOrigins, toOriginPattern } from '../../utils/granted-sites';
import {
  disabledSitesItem,
  dismissedEntitiesItem,
  pausedItem,
  removeFromList,
} from '../../utils/settings';

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
  const [dismissed, setDismissed] = useState<string[]>([]);
  const [disabledSites, setDisabledSites] = useState<string[]>([]);
  const [granted, setGranted] = useState<string[]>([]);
  const [siteInput, setSiteInput] = useState('');

  useEffect(() => {
    void pausedItem.getValue().then(setPaused);
    void dismissedEntitiesItem.getValue().then(setDismissed);
    void disabledSitesItem.getValue().then(setDisabledSites);
    void getGrantedOrigins().then(setGranted);
    const unwatch = [
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
          onChange={(event) => void pausedItem.setValue(event.currentTarget.checked)}
        />{' '}
        {i18n.t('optionsPaused')}
      </label>
      <ListSection
        title={i18n.t('optionsDismissed')}
        testId="nkscreen-dismissed"
        entries={dismissed.map((id) => ({ key: id, label: getEntityDetails(id)?.name ?? id }))}
        actionLabel={i18n.t('optionsUndo')}
        onAction={(id) => void removeFromList(dismissedEntitiesItem, id)}
      />
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
      <p class="nk-muted">
        {i18n.t('whyDatasetVersion')}: {DETAILS_DATASET_VERSION}
      </p>
    </main>
  );
}
