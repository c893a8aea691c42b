// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createGetMessage, readMessages } from '../fixtures/read-messages';
import { SAMPLE_EVIDENCE } from '../fixtures/sample-finding';
import {
  formatEvidenceKind,
  formatEvidenceSentence,
  formatRequirement,
  getSourceClaim,
  getUiLanguage,
  type EvidenceSummary,
} from './evidence';

const enforcement: EvidenceSummary = {
  ...SAMPLE_EVIDENCE,
  tier: 'enforcement',
  status: 'historical',
  role: 'overseas_employer',
  evidence:
    'Named in a customs detention record (CBP CAATSA detention 2022, 2022) as employing North Korean workers; the record is historical (2022).',
  facts: {
    ...SAMPLE_EVIDENCE.facts,
    authorities: [],
    enforcementKind: 'detention',
    listing: 'CBP CAATSA detention 2022',
    when: '2022',
    period: '2022',
    year: 2022,
  },
};
const investigation: EvidenceSummary = {
  ...SAMPLE_EVIDENCE,
  tier: 'investigation',
  role: 'overseas_employer',
  evidence: 'Named in a 2017 investigation by Associated Press as employing North Korean workers.',
  facts: {
    ...SAMPLE_EVIDENCE.facts,
    authorities: [],
    publisher: 'Associated Press',
    when: '2017',
    year: 2017,
  },
};

function useLocale(locale: string): void {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(
    createGetMessage(readMessages(locale)),
  );
}

describe('evidence wording', () => {
  beforeEach(() => fakeBrowser.reset());

  it('names the kind of evidence on the badge: Sanctioned, Enforcement <year>, Reported <year>', () => {
    useLocale('en');
    expect(formatEvidenceKind(SAMPLE_EVIDENCE)).toBe('Sanctioned');
    expect(formatEvidenceKind(enforcement)).toBe('Enforcement 2022');
    expect(formatEvidenceKind(investigation)).toBe('Reported 2017');
    expect(
      formatEvidenceKind({ ...investigation, facts: { ...investigation.facts, year: null } }),
    ).toBe('Reported');
  });

  it('shows the dataset’s own sentence in English', () => {
    useLocale('en');
    expect(getUiLanguage()).toBe('en');
    expect(formatEvidenceSentence(enforcement)).toBe(enforcement.evidence);
  });

  it('composes the same facts in Korean, without English words but the proper names', () => {
    useLocale('ko');
    expect(getUiLanguage()).toBe('ko');
    expect(formatEvidenceKind(investigation)).toBe('2017년 보도');
    expect(formatEvidenceSentence(enforcement)).toBe(
      '세관 억류 기록(CBP CAATSA detention 2022, 2022)에 이름이 올라 있습니다. 내용: 북한 노동자 고용. 과거 기록입니다(2022).',
    );
    expect(formatEvidenceSentence(investigation)).toBe(
      'Associated Press의 2017년 조사에서 거론되었습니다. 내용: 북한 노동자 고용.',
    );
  });

  it('uses the source’s own claim instead of the role when the dataset has one, in its language', () => {
    useLocale('ko');
    const claimed = {
      ...investigation,
      facts: {
        ...investigation.facts,
        claim: 'Workers supplied by the company',
        claimLanguage: 'en',
      },
    };
    expect(formatEvidenceSentence(claimed)).toBe(
      'Associated Press의 2017년 조사에서 거론되었습니다.',
    );
    expect(getSourceClaim(claimed)).toEqual({
      text: 'Workers supplied by the company',
      lang: 'en',
    });
    useLocale('en');
    expect(getSourceClaim(claimed)).toBeNull();
  });

  it('turns requirement tokens into words: country codes into region names, cities labelled', () => {
    useLocale('en');
    expect(formatRequirement('country:PL')).toBe('Poland');
    expect(formatRequirement('city:Vladivostok')).toBe('Vladivostok (city)');
    useLocale('ko');
    expect(formatRequirement('country:RU')).toBe('러시아');
  });

  it('has every message key in both catalogues', () => {
    const en = Object.keys(readMessages('en')).sort();
    const ko = Object.keys(readMessages('ko')).sort();
    expect(ko).toEqual(en);
  });
});
