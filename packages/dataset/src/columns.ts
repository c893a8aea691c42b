import type { EntityColumn, SourceColumn } from './vocabulary.js';

// What each column holds, in words. Feeds the JSON Schema, datapackage.json and the README's reference.

export const entityColumnDescriptions: Readonly<Record<EntityColumn, string>> = {
  id: 'Stable kebab-case slug; never changes once published. Rows are sorted by it.',
  name: 'The official listed spelling, in readable title case.',
  aliases: 'Other full names the sources print, in any script, separated by |.',
  weak_aliases:
    'Acronyms and short forms (MOP, GENCO, NTC), separated by |; never enough for a match alone.',
  countries: 'ISO 3166-1 alpha-2 codes of the countries the entity is tied to, separated by |.',
  type: 'company, organisation, government_body or facility.',
  role: 'labour_export_company, overseas_employer, it_worker_front, lodging_or_support, state_body or supplier_using_dprk_labour.',
  tier: 'Evidence tier: designation (government or UN sanctions listing), enforcement (court record, indictment, customs detention or ruling) or investigation (credible first-hand investigation).',
  listing:
    'The listing or record, e.g. "OFAC SDN (E.O. 13722)", "UN 1718 list", "AP investigation".',
  identifiers: 'scheme:value identifiers such as ofac:27383 or un:KPe.045, separated by |.',
  listed_on: 'ISO date (YYYY-MM-DD) of the listing, or of the first publication naming the entity.',
  period: 'Years the evidence covers: YYYY or YYYY-YYYY.',
  status: 'active, delisted or historical.',
  delisted_on: 'ISO date the listing was lifted; set exactly when status is delisted.',
  requires: 'Context a match must see, separated by |: country:RU, city:Vladivostok.',
  summary: 'One sentence in our own words saying what the sources say.',
  claim:
    'What the cited sources state about this entity and no more, as the end of the warning sentence: starts lower-case ("for exporting North Korean workers", "as a company whose goods US customs detained…"), no final full stop. The warning credits the publisher of the first source in source_ids, so cite the original report before its copies.',
  response: "The entity's denial or answer where a source gives one, in our own words; else empty.",
  source_ids: 'Ids from sources.csv supporting this row, separated by |; at least one.',
};

export const sourceColumnDescriptions: Readonly<Record<SourceColumn, string>> = {
  id: 'Stable kebab-case slug, cited from entities.csv source_ids. Rows are sorted by it.',
  title: 'Title of the document as published.',
  publisher: 'Who published it (agency, court, newsroom, NGO).',
  url: 'https address of the document.',
  published_on: 'ISO date (YYYY-MM-DD) of publication; empty only with an undated_reason.',
  kind: 'government, un, court, investigation, ngo, news or academic.',
  language: 'ISO 639-1 code of the document language.',
  undated_reason:
    'Why published_on is empty, as the research found it ("no date on the stored copy"); empty when the source is dated.',
};
