import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeEvidence } from './describe-evidence.js';
import { validateDataset } from './load-dataset.js';
import { evidenceWording } from './evidence-wording.js';
import type { Entity, Source } from './types.js';

// The evidence policy of README.md, checked on the real rows: a warning says what the sources say and
// credits who said it; sources are cited at addresses a reader can open, original before copy.
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const result = validateDataset(packageDir);
const entities = result.ok ? result.data.entities : [];
const sources = result.ok ? result.data.sources : [];
const byId = new Map(entities.map((entity) => [entity.id, entity]));

// How sources.csv marks a copy (README, "Citing sources"): the original author, then in brackets where the copy is
// hosted or who passed it on ("Associated Press (copy on Arab News)", "NK News (reported by News1 Global)"), or
// whose report it retells ("IANS (citing Yonhap; via Yes Punjab)", "… (summarising the AP investigation)").
const hostedElsewhere =
  /\((?:[^()]*;\s*)?(?:copy on|copy at|via|reported by|summary on|excerpt on|reproducing|reposted)\b/i;
const retelling = /\b(?:citing|quoting|reporting|summary of|summarising)\s+(?:the\s+)?([^;()]+)/gi;
// The one short form the publisher asides use for an author that sources.csv writes out in full.
const authorShortForms: Readonly<Record<string, string>> = { ap: 'associated press' };

const authorOf = (source: Source) => evidenceWording.withoutAsides(source.publisher).toLowerCase();

function retoldAuthors(source: Source): string[] {
  return [...source.publisher.matchAll(retelling)].map((match) => {
    const author = (match[1] ?? '')
      .trim()
      .toLowerCase()
      .replace(/\s+(?:investigation|report)$/, '');
    return authorShortForms[author] ?? author;
  });
}

/**
 * Whether `original` is the report `copy` reproduces (same author and title, on the author's own site) or retells
 * (by its author, wherever it is hosted: "Associated Press (via MPR News)" is still the AP's report).
 */
function isOriginalOf(original: Source, copy: Source): boolean {
  if (retoldAuthors(original).length > 0) return false;
  const author = authorOf(original);
  const reproduces =
    hostedElsewhere.test(copy.publisher) &&
    !hostedElsewhere.test(original.publisher) &&
    author === authorOf(copy) &&
    original.title === copy.title;
  return reproduces || retoldAuthors(copy).some((retold) => author.startsWith(retold));
}

function warningOf(id: string): string {
  const entity = byId.get(id);
  expect(entity, id).toBeDefined();
  return describeEvidence(entity as Entity);
}

describe('warnings built from the checked claims', () => {
  it('end every record with the claim its researcher checked', () => {
    for (const entity of entities)
      expect(describeEvidence(entity), entity.id).toContain(entity.claim);
  });

  it('do not say what a company did when the designation coverage does not', () => {
    for (const id of ['patisen-s-a', 'emg-universal-auto', 'kumrung-company']) {
      const warning = warningOf(id);
      expect(warning, id).toContain('among four entities suspected of involvement');
      expect(warning, id).not.toMatch(/employ|exporting/);
    }
  });

  it('say "in its supply chain" where customs said so, not "employing"', () => {
    for (const id of [
      'jingde-trading-ltd',
      'rixin-foods-ltd',
      'zhejiang-sunrise-garment-group-co-ltd',
    ]) {
      expect(warningOf(id), id).toMatch(/North Korean labour in its supply chain/);
      expect(warningOf(id), id).not.toMatch(/employ/);
    }
  });

  it('keep an advert, a weapons listing and a photo caption to what they show', () => {
    expect(warningOf('startaff')).toMatch(/advertised .* no placement of workers was reported/);
    expect(warningOf('korea-rounsan-trading-corporation')).toMatch(
      /weapons-proliferation programme; the EU's listing names sending North Korean workers/,
    );
    expect(warningOf('hunchun-pagoda')).toMatch(
      /the caption does not give the workers' nationality/,
    );
  });

  it('credit the original publisher, not a copy or a later report', () => {
    expect(warningOf('313-general-bureau-of-the-munitions-industry-department')).toMatch(
      /^Named in a 2022 government publication by US Departments of State and the Treasury and the FBI /,
    );
    expect(warningOf('alson')).toContain('Leiden University research');
    expect(warningOf('nauta-sa')).toContain('Leiden University research');
    expect(warningOf('crist-sa')).toMatch(/^Named in a 2016 research report by Leiden University /);
    expect(warningOf('construction-development-company')).toMatch(/by Voice of America /);
    expect(warningOf('rite-mix')).toMatch(/news report by Times of Malta .* told the Korea Times/);
    expect(warningOf('pyongyang-okryu-gwan-dubai')).toMatch(/by Khaleej Times /);
    expect(warningOf('startaff')).toMatch(/by NK News /);
  });

  it("keep a company's denial", () => {
    expect(warningOf('partner-stocznia')).toMatch(
      /response: its lawyer told Radio Szczecin that the company does not employ North Korean citizens\.$/,
    );
  });
});

describe('rows', () => {
  it('hold bare one-word names that collide with other companies as weak aliases only', () => {
    for (const [id, word] of [
      ['crist-sa', 'Crist'],
      ['nauta-sa', 'Nauta'],
    ] as const) {
      const entity = byId.get(id) as Entity;
      expect(entity.weakAliases, id).toContain(word);
      expect([entity.name, ...entity.aliases], id).not.toContain(word);
    }
  });

  it('date a customs ruling by the ruling, not by a news copy', () => {
    expect(byId.get('dandong-huayang-textiles-and-garments-co-ltd')?.listedOn).toBe('2021-03-05');
  });
});

describe('coverage', () => {
  it('holds Korea Rungrado General Trading Corporation with its listed name and a.k.a.s', () => {
    const rungrado = byId.get('korea-rungrado-general-trading-corporation') as Entity;
    expect(rungrado.identifiers).toContain('ofac:19613');
    expect([rungrado.name, ...rungrado.aliases, ...rungrado.weakAliases]).toEqual(
      expect.arrayContaining([
        'Korea Rungrado General Trading Corporation',
        'Rungrado Trade Company',
        'Rynrado General Trading Corporation',
        'Rynrado',
      ]),
    );
  });

  it('holds Selantik Resources with its own admission', () => {
    expect(warningOf('selantik-resources')).toMatch(
      /used to employ North Korean workers; the company's response: its spokesperson confirmed/,
    );
  });

  it('words the Ministry of Rocket Industry trading companies "in connection with", never as each exporting labour', () => {
    for (const id of [
      'unchon-trading-corporation',
      'sungnisan-trading-corporation',
      'hapjanggang-trading-corporation',
    ])
      expect(warningOf(id), id).toMatch(
        /\(2022\) in connection with the Ministry of Rocket Industry.*without saying which company did what\.$/,
      );
  });

  it('places Kumrung Company only where its sources place it: Senegal, where the workers earned the money', () => {
    // South Korea's 1 Nov 2024 listing of the four entities reached the research through Yonhap (via IANS) and
    // Etoday: Etoday ties them to North Korean workers' earnings in Senegal. No source read gives Kumrung's place
    // of registration, so North Korea is not added on the strength of its name.
    expect(byId.get('kumrung-company')?.countries).toEqual(['SN']);
  });

  it('asks for Senegal context before a common company name such as Corman Construction matches', () => {
    expect(byId.get('corman-construction')?.requires).toEqual(['country:SN']);
  });
});

describe('sources', () => {
  it('name the original author first and the copy host in brackets', () => {
    // "Arab News (AP copy)" would credit the reprinter; "Associated Press (copy on Arab News)" is the form.
    for (const source of sources)
      expect(source.publisher, source.id).not.toMatch(
        /reprint|\((?:AP|Reuters|Yonhap|Newsis|dpa-AFX)(?: copy)?\)/i,
      );
  });

  it('each have a kind, a publisher and a publication date, or say why they have none', () => {
    const incomplete = sources.filter(
      (source) =>
        !source.kind || !source.publisher.trim() || !(source.publishedOn ?? source.undatedReason),
    );
    expect(incomplete.map((source) => source.id)).toEqual([]);
  });

  it('cite the original report before its copies and the reports that retell it', () => {
    const late = entities.flatMap((entity) =>
      entity.sources.flatMap((copy, index) =>
        entity.sources
          .slice(index + 1)
          .filter((original) => isOriginalOf(original, copy))
          .map(
            (original) => `${entity.id}: ${copy.id} is cited before its original ${original.id}`,
          ),
      ),
    );
    expect(late).toEqual([]);
  });

  it('link the publication itself: no staging, preview or dev hosts, no tracking parameters', () => {
    for (const source of sources) {
      const url = new URL(source.url);
      expect(url.hostname, source.id).not.toMatch(/(^|[.-])(staging|stage|preview|dev)[.-]/);
      expect(url.pathname, source.id).not.toMatch(/\/preview\//);
      expect(url.search, source.id).not.toMatch(/utm_|OutUrl=|[?&]os=http|plink=|cooper=/i);
    }
  });

  it('reach http-only documents through an archive copy, in the forms the Wayback Machine serves', () => {
    for (const source of sources.filter((s) => s.url.startsWith('https://web.archive.org/')))
      expect(source.url, source.id).toMatch(
        /^https:\/\/web\.archive\.org\/web\/(\d{14}\/)?https?:\/\//,
      );
  });
});
