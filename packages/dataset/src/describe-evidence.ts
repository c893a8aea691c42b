import { evidenceWording } from './evidence-wording.js';
import type { Entity, Source } from './types.js';

// The warning a user reads. It must never claim more than the evidence: a designation "appears in", an
// enforcement record or a report "named in", with the years the evidence covers, and then the claim the
// researcher checked against the sources (entities.csv `claim`). Conduct is never inferred from `role`:
// a company listed "among entities suspected of involvement" must not read as "employing workers".

const { authorities, enforcementKinds, withoutAsides: plain, formatPeriod } = evidenceWording;

// What a report of each kind is called when it is credited ("named in a 2016 research report by …").
const reportNouns: Readonly<Record<Source['kind'], string>> = {
  government: 'government publication',
  un: 'UN report',
  court: 'court record',
  investigation: 'investigation',
  ngo: 'NGO report',
  news: 'news report',
  academic: 'research report',
};

/**
 * One careful sentence saying why an entity is listed: its evidence tier, listing and period, then the
 * claim its sources support.
 *
 * @example
 * describeEvidence(entity)
 * // "Appears in a US Treasury (OFAC) sanctions designation (2020) for exporting North Korean workers."
 */
export function describeEvidence(entity: Entity): string {
  const record =
    entity.tier === 'designation'
      ? describeDesignation(entity)
      : entity.tier === 'enforcement'
        ? describeEnforcement(entity)
        : describeReport(entity);
  return `${record} ${entity.claim.trim()}${describeStatus(entity)}${describeResponse(entity)}.`;
}

function describeDesignation(entity: Entity): string {
  const found = authorities.filter((authority) => authority.pattern.test(entity.listing));
  const listing =
    found.length === 0
      ? `a sanctions designation (${plain(entity.listing) || entity.listing})`
      : found.length === 1
        ? `${found[0]?.article} ${found[0]?.name} sanctions designation`
        : `${joinWords(found.map((authority) => authority.name))} sanctions designations`;
  const year = yearOf(entity.listedOn);
  const verb = entity.status === 'delisted' ? 'Was listed in' : 'Appears in';
  return `${verb} ${listing}${year ? ` (${year})` : ''}`;
}

function describeEnforcement(entity: Entity): string {
  const kind = enforcementKinds.find((candidate) => candidate.pattern.test(entity.listing));
  const when = formatPeriod(entity.period) ?? yearOf(entity.listedOn);
  const detail = [plain(entity.listing), when].filter(Boolean).join(', ');
  return `Named in ${kind?.phrase ?? 'an enforcement record'} (${detail})`;
}

// The first cited source is the original report (the evidence policy orders source_ids so); copies and
// later coverage follow it and are never credited as its author.
function describeReport(entity: Entity): string {
  const original = entity.sources[0];
  const year = yearOf(original?.publishedOn ?? entity.listedOn);
  const noun = original ? reportNouns[original.kind] : 'report';
  const report = `${year ? `a ${year}` : /^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
  return `Named in ${report}${original ? ` by ${plain(original.publisher).split(',')[0]}` : ''}`;
}

function describeStatus(entity: Entity): string {
  if (entity.status === 'delisted') {
    const year = yearOf(entity.delistedOn);
    return entity.tier === 'designation'
      ? `; delisted${year ? ` in ${year}` : ''}`
      : `; marked as no longer applying${year ? ` since ${year}` : ''}`;
  }
  if (entity.status === 'historical' && entity.tier !== 'investigation') {
    const period = formatPeriod(entity.period);
    return `; the record is historical${period ? ` (${period})` : ''}`;
  }
  return '';
}

function describeResponse(entity: Entity): string {
  const response = entity.response?.trim().replace(/[.\s]+$/, '');
  if (!response) return '';
  // Lower-case a leading capital ("Denied…", "A spokesperson…") but not an acronym ("OFAC…") or "I".
  const lead = /^(\p{Lu}\p{Ll}|[A-HJ-Z]\s)/u.test(response)
    ? response.charAt(0).toLowerCase()
    : response.charAt(0);
  return `; the company's response: ${lead}${response.slice(1)}`;
}

function yearOf(date: string | undefined): string | undefined {
  return date?.slice(0, 4) || undefined;
}

function joinWords(words: readonly string[]): string {
  return words.length <= 1
    ? (words[0] ?? '')
    : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
