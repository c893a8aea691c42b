// The structured facts behind `describeEvidence`'s English sentence, so the extension can say the same thing in
// every UI language and label the badge with the kind and age of the evidence. The wording rules (authorities,
// enforcement kinds, asides, periods) are the dataset's own `evidenceWording`, so the two cannot drift apart.
import { evidenceWording } from '@nkscreen/dataset';

const { authorities, enforcementKinds, withoutAsides: plain } = evidenceWording;

const INVESTIGATIVE_KINDS = new Set(['investigation', 'news', 'ngo', 'academic']);
const OFFICIAL_KINDS = new Set(['government', 'un', 'court']);

const yearOf = (date) => (date ? Number(date.slice(0, 4)) : null);

// The dataset writes an absent period as undefined; the generated facts hold null.
const formatPeriod = (period) => evidenceWording.formatPeriod(period) ?? null;

/**
 * The one source a reader should open first: for a designation or enforcement record the official document
 * nearest the listing date, for an investigation the first-hand investigation, earliest first.
 */
export function pickBestSource(entity) {
  const rank = (source) =>
    entity.tier === 'investigation'
      ? source.kind === 'investigation'
        ? 0
        : INVESTIGATIVE_KINDS.has(source.kind)
          ? 1
          : 2
      : OFFICIAL_KINDS.has(source.kind)
        ? 0
        : 1;
  const distance = (source) =>
    entity.listedOn && source.publishedOn
      ? Math.abs(Date.parse(source.publishedOn) - Date.parse(entity.listedOn))
      : Number.MAX_SAFE_INTEGER;
  return [...entity.sources].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      distance(a) - distance(b) ||
      (a.publishedOn ?? '9999').localeCompare(b.publishedOn ?? '9999'),
  )[0];
}

/**
 * Facts for the localised evidence sentence and the badge ("Sanctioned", "Reported 2017"). A dataset whose rows
 * carry a researcher-checked `claim` credits the first cited source as the original report, with its kind and
 * year, and states the claim instead of a role-based reason; older rows fall back to the role and the primary
 * investigative publisher.
 */
export function describeEvidenceFacts(entity) {
  const best = pickBestSource(entity);
  const claim =
    typeof entity.claim === 'string' && entity.claim.trim() ? entity.claim.trim() : null;
  const original = claim ? entity.sources[0] : undefined;
  const credited = claim
    ? original
    : entity.tier === 'investigation' && best && INVESTIGATIVE_KINDS.has(best.kind)
      ? best
      : undefined;
  const periodEnd = entity.period ? Number(entity.period.split('-').at(-1)) : null;
  const reportYear = claim ? (yearOf(original?.publishedOn) ?? yearOf(entity.listedOn)) : null;
  return {
    authorities: authorities.filter((a) => a.pattern.test(entity.listing)).map((a) => a.key),
    enforcementKind: enforcementKinds.find((k) => k.pattern.test(entity.listing))?.key ?? null,
    listing: plain(entity.listing) || entity.listing,
    when:
      entity.tier === 'designation'
        ? (yearOf(entity.listedOn)?.toString() ?? null)
        : entity.tier === 'investigation' && claim
          ? (reportYear?.toString() ?? null)
          : (formatPeriod(entity.period) ?? yearOf(entity.listedOn)?.toString() ?? null),
    period: formatPeriod(entity.period),
    publisher:
      entity.tier === 'investigation' && credited ? plain(credited.publisher).split(',')[0] : null,
    // What kind of report the credited source is (news report, NGO report…), for the composed sentence.
    reportKind: entity.tier === 'investigation' && claim ? (original?.kind ?? null) : null,
    // How old the evidence is: when it was published, else the last year it covers.
    year: reportYear ?? yearOf(entity.listedOn) ?? yearOf(best?.publishedOn) ?? periodEnd,
    bestSourceId: (claim ? original?.id : best?.id) ?? null,
    // The checked claim (entities.csv `claim`), in English: shown as written beside a composed sentence.
    claim,
    claimLanguage: claim ? 'en' : null,
  };
}

/** Changes whenever a later dataset adds or drops a source, or changes the tier or status: ends a snooze. */
export function fingerprintEvidence(entity) {
  return [entity.tier, entity.status, ...entity.sources.map((s) => s.id).sort()].join('|');
}
