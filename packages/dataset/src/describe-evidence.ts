import type { Entity, Role, Source } from './types.js';

// The warning a user reads. It must never claim more than the evidence tier: a designation "appears in",
// an enforcement record or an investigation "named in", with the years the evidence covers.

const designationReasons: Readonly<Record<Role, string>> = {
  labour_export_company: 'for exporting North Korean workers',
  overseas_employer: 'for employing North Korean workers',
  it_worker_front: 'in connection with North Korean IT workers abroad',
  lodging_or_support: 'for supporting North Korean workers abroad',
  state_body: 'as a North Korean state body that sends workers abroad',
  supplier_using_dprk_labour: 'for using North Korean workers',
};

const namedAs: Readonly<Record<Role, string>> = {
  labour_export_company: 'as sending North Korean workers abroad',
  overseas_employer: 'as employing North Korean workers',
  it_worker_front: 'as a front for North Korean IT workers',
  lodging_or_support: 'as housing or supporting North Korean workers',
  state_body: 'as a North Korean state body that sends workers abroad',
  supplier_using_dprk_labour: 'as employing North Korean workers',
};

// Order matters only for how several authorities are listed.
const authorities: readonly { pattern: RegExp; name: string; article: string }[] = [
  { pattern: /\bUN\b|UNSC|1718|Security Council/i, name: 'UN Security Council', article: 'a' },
  {
    pattern: /\bOFAC\b|\bSDN\b|US Treasury|U\.S\. Treasury/i,
    name: 'US Treasury (OFAC)',
    article: 'a',
  },
  { pattern: /State Department|Department of State/i, name: 'US State Department', article: 'a' },
  { pattern: /\bEU\b|European Union/i, name: 'EU', article: 'an' },
  { pattern: /\bUK\b|\bOFSI\b|\bFCDO\b|HM Treasury/i, name: 'UK', article: 'a' },
  {
    pattern: /South Korea|\bROK\b|Republic of Korea|\bMOFA\b/i,
    name: 'South Korean government',
    article: 'a',
  },
  { pattern: /Japan/i, name: 'Japanese government', article: 'a' },
  { pattern: /Australia|\bDFAT\b/i, name: 'Australian government', article: 'an' },
];

const enforcementKinds: readonly { pattern: RegExp; phrase: string }[] = [
  { pattern: /indict/i, phrase: 'an indictment' },
  {
    pattern: /withhold release|\bWRO\b|detention|detained|seiz/i,
    phrase: 'a customs detention record',
  },
  { pattern: /ruling/i, phrase: 'a customs ruling' },
  { pattern: /court|judg(e)?ment|convict|forfeiture|plea|sentenc/i, phrase: 'a court record' },
];

const investigativeKinds = new Set<Source['kind']>(['investigation', 'news', 'ngo', 'academic']);

/**
 * One careful sentence saying why an entity is listed, worded from its evidence tier, listing and period.
 *
 * @example
 * describeEvidence(entity)
 * // "Appears in a US Treasury (OFAC) sanctions designation (2020) for exporting North Korean workers."
 */
export function describeEvidence(entity: Entity): string {
  const sentence =
    entity.tier === 'designation'
      ? describeDesignation(entity)
      : entity.tier === 'enforcement'
        ? describeEnforcement(entity)
        : describeInvestigation(entity);
  return `${sentence}${describeStatus(entity)}${describeResponse(entity)}.`;
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
  return `${verb} ${listing}${year ? ` (${year})` : ''} ${designationReasons[entity.role]}`;
}

function describeEnforcement(entity: Entity): string {
  const kind = enforcementKinds.find((candidate) => candidate.pattern.test(entity.listing));
  const when = formatPeriod(entity.period) ?? yearOf(entity.listedOn);
  const detail = [plain(entity.listing), when].filter(Boolean).join(', ');
  return `Named in ${kind?.phrase ?? 'an enforcement record'} (${detail}) ${namedAs[entity.role]}`;
}

function describeInvestigation(entity: Entity): string {
  const when = formatPeriod(entity.period) ?? yearOf(entity.listedOn);
  const publisher = primaryPublisher(entity.sources);
  const investigation = when ? `a ${when} investigation` : 'an investigation';
  return `Named in ${investigation}${publisher ? ` by ${publisher}` : ''} ${namedAs[entity.role]}`;
}

// The investigation itself, not a copy: first-hand investigations before news, NGO and academic
// write-ups, earliest first. Several publishers would read as a crowd of accusers; one names the origin.
function primaryPublisher(sources: readonly Source[]): string | undefined {
  const rank = (source: Source) =>
    source.kind === 'investigation' ? 0 : investigativeKinds.has(source.kind) ? 1 : 2;
  const [first] = [...sources].sort(
    (a, b) => rank(a) - rank(b) || (a.publishedOn ?? '9999').localeCompare(b.publishedOn ?? '9999'),
  );
  return first && rank(first) < 2 ? plain(first.publisher).split(',')[0] : undefined;
}

/** Drops parenthetical asides ("Associated Press (via WTOP)" → "Associated Press"). */
function plain(text: string): string {
  let result = text;
  for (let previous = ''; previous !== result;) {
    previous = result;
    result = result.replace(/\s*\([^()]*\)/g, '');
  }
  return result.trim();
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
  // Lower-case a leading capital ("Denied…") but not an acronym ("OFAC…").
  const lead = /^\p{Lu}\p{Ll}/u.test(response)
    ? response.charAt(0).toLowerCase()
    : response.charAt(0);
  return `; the company's response: ${lead}${response.slice(1)}`;
}

function formatPeriod(period: string | undefined): string | undefined {
  if (!period) return undefined;
  const [from, to] = period.split('-');
  return to && to !== from ? `${from}–${to}` : from;
}

function yearOf(date: string | undefined): string | undefined {
  return date?.slice(0, 4) || undefined;
}

function joinWords(words: readonly string[]): string {
  return words.length <= 1
    ? (words[0] ?? '')
    : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
