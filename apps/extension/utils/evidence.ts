import { i18n } from '#i18n';

/** Structured facts behind the dataset's evidence sentence (scripts/evidence-facts.mjs). */
export interface EvidenceFacts {
  authorities: string[];
  enforcementKind: string | null;
  listing: string;
  when: string | null;
  period: string | null;
  publisher: string | null;
  /** The credited report's source kind (news, ngo, academic…) when the dataset names it; null otherwise. */
  reportKind?: string | null;
  /** The year the evidence dates from, for "Reported 2017" and "9 years ago". */
  year: number | null;
  bestSourceId: string | null;
  /** What the best source itself says (the dataset's per-source claim), in the source's language; null if none. */
  claim: string | null;
  claimLanguage: string | null;
}

/** What a warning needs to say what the evidence is, travelling with every hit so no surface waits for details. */
export interface EvidenceSummary {
  tier: string;
  status: string;
  role: string;
  /** The dataset's own English sentence (describeEvidence), shown verbatim in English. */
  evidence: string;
  facts: EvidenceFacts;
  /** `tier|status|source ids`: a dismissal lasts until this changes. */
  fingerprint: string;
  response: string | null;
}

type MessageKey = Parameters<typeof i18n.t>[0];
const t = (key: string, subs?: string[]): string =>
  subs ? i18n.t(key as MessageKey, subs as never) : i18n.t(key as MessageKey);

/** The language the UI actually speaks (the locale whose messages were picked), for `lang` attributes. */
export function getUiLanguage(): string {
  return t('uiLang') || 'en';
}

/** Falls back to the raw key only when a message is missing, which a spec guards against. */
function label(prefix: string, key: string): string {
  const text = t(`${prefix}_${key}`);
  return text && text !== `${prefix}_${key}` ? text : key.replace(/_/g, ' ');
}

export const formatTier = (tier: string): string => label('tier', tier);
export const formatRole = (role: string): string => label('role', role);
export const formatMatchOp = (op: string): string => label('op', op);

/** The badge's word for the evidence: "Sanctioned", "Enforcement 2022", "Reported 2017". */
export function formatEvidenceKind(summary: Pick<EvidenceSummary, 'tier' | 'facts'>): string {
  const year = summary.facts.year;
  if (summary.tier === 'designation') return t('kindSanctioned');
  if (summary.tier === 'enforcement')
    return year ? t('kindEnforcement', [String(year)]) : t('kindEnforcementUndated');
  return year ? t('kindReported', [String(year)]) : t('kindReportedUndated');
}

/** "9 years ago" in the UI language; null when the evidence has no date. */
export function formatEvidenceAge(year: number | null, now = new Date()): string | null {
  if (!year) return null;
  const years = now.getUTCFullYear() - year;
  return new Intl.RelativeTimeFormat(getUiLanguage(), { numeric: 'auto' }).format(-years, 'year');
}

function joinAuthorities(keys: readonly string[], listing: string): string {
  if (keys.length === 0) return listing;
  const names = keys.map((key) => label('authority', key));
  return new Intl.ListFormat(getUiLanguage(), { type: 'conjunction' }).format(names);
}

/**
 * The evidence sentence in the UI language. English shows the dataset's own sentence; other languages compose the
 * same facts (authority, kind, years, publisher) from translated phrases. The reason comes from the source's own
 * claim when the dataset has one (shown apart, in its own language: see `getSourceClaim`), else from the role; the
 * company's response stays in its original language and is shown apart too.
 */
export function formatEvidenceSentence(summary: EvidenceSummary): string {
  if (getUiLanguage() === 'en') return summary.evidence;
  const { facts } = summary;
  const when = facts.when ?? '—';
  let sentence: string;
  if (summary.tier === 'designation') {
    sentence = t('evidenceDesignation', [joinAuthorities(facts.authorities, facts.listing), when]);
  } else if (summary.tier === 'enforcement') {
    sentence = t('evidenceEnforcement', [
      label('enforcement', facts.enforcementKind ?? 'other'),
      facts.listing,
      when,
    ]);
  } else if (facts.publisher && facts.reportKind) {
    sentence = t('evidenceReport', [facts.publisher, when, label('report', facts.reportKind)]);
  } else if (facts.publisher) {
    sentence = t('evidenceInvestigation', [facts.publisher, when]);
  } else {
    sentence = t('evidenceInvestigationAnon', [when]);
  }
  if (!facts.claim) sentence += ` ${t('evidenceReason', [label('reason', summary.role)])}`;
  if (summary.status === 'historical' && summary.tier !== 'investigation' && facts.period)
    sentence += ` ${t('evidenceHistorical', [facts.period])}`;
  return sentence;
}

/**
 * The best source's own claim, for UIs that compose the sentence (not English, whose dataset sentence is built
 * from it): shown as written, marked with its language, never machine-translated.
 */
export function getSourceClaim(summary: EvidenceSummary): { text: string; lang: string } | null {
  if (getUiLanguage() === 'en' || !summary.facts.claim) return null;
  return { text: summary.facts.claim, lang: summary.facts.claimLanguage ?? 'en' };
}

/** True when the sentence shown already carries the company's response (the dataset's English sentence does). */
export function sentenceIncludesResponse(summary: EvidenceSummary): boolean {
  return getUiLanguage() === 'en' && summary.response !== null;
}

/** Region names for `requires` tokens: `country:PL` → "Poland", `city:Artyom` → "Artyom (city)". */
export function formatRequirement(token: string): string {
  const [kind, value = ''] = token.split(':');
  if (kind === 'country') {
    try {
      return (
        new Intl.DisplayNames([getUiLanguage()], { type: 'region' }).of(value.toUpperCase()) ??
        value
      );
    } catch {
      return value;
    }
  }
  if (kind === 'city') return t('requiresCity', [value]);
  return value || token;
}
