const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * Formats an ISO date (`2017-08-05`) or timestamp for people ("5 August 2017"), always in UTC so the
 * page says the same day the source says. Anything unparseable is shown as it was written.
 */
export function formatDate(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  // A bare year or month is as precise as the source; never invent a day for it.
  if (/^\d{4}(-\d{2})?$/.test(iso)) return iso;
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}
