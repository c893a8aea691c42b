// Writes test/fixtures/lists/ in each publisher's own format from the research snapshot
// ../shared/research/official-lists.json (entries read from OFAC's and the UN's published files).
// Not part of `npm test`: run it by hand when the snapshot changes, and commit its output.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const [input = '../../../shared/research/official-lists.json'] = process.argv.slice(2);
const out = new URL('../test/fixtures/lists/', import.meta.url);
const { entries } = JSON.parse(readFileSync(input, 'utf8'));
const ofac = entries.filter(
  (entry) => entry.list === 'OFAC SDN' && entry.name && entry.ids?.ent_num,
);
const un = entries.filter((entry) => entry.list === 'UN 1718');

// OFAC's legacy CSVs: no header, every text field quoted, "-0- " for an empty field.
const quote = (value) => `"${String(value ?? '-0- ').replaceAll('"', '""')}"`;
const none = '-0- ';
const sdn = ofac.map((entry) =>
  [
    entry.ids.ent_num,
    quote(entry.name),
    quote(entry.sdn_type === 'individual' ? 'individual' : none),
    quote(entry.programs.join('] [')),
    quote(none),
    quote(none),
    quote(none),
    quote(none),
    quote(none),
    quote(none),
    quote(none),
    quote(entry.remarks || none),
  ].join(','),
);
let altNum = 1;
const alt = ofac.flatMap((entry) =>
  entry.aliases.map((alias) =>
    [entry.ids.ent_num, altNum++, quote('a.k.a.'), quote(alias), quote(none)].join(','),
  ),
);
let addNum = 1;
const add = ofac.flatMap((entry) =>
  entry.addresses.map((address) => {
    // The country is the listed country the address ends with ("Pyongyang, Korea, North").
    const country = entry.countries.find((name) => address.endsWith(name)) ?? '';
    const rest = address.slice(0, address.length - country.length).replace(/,\s*$/, '');
    const parts = [rest || none];
    return [
      entry.ids.ent_num,
      addNum++,
      quote(none),
      quote(parts.join(', ')),
      quote(country),
      quote(none),
    ].join(',');
  }),
);

const xml = (text) =>
  String(text).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const unXml = `<?xml version="1.0" encoding="UTF-8"?>
<CONSOLIDATED_LIST dateGenerated="2018-10-29T19:09:49-04:00">
<INDIVIDUALS/>
<ENTITIES>
${un
  .map(
    (entry) => `<ENTITY>
<DATAID>${entry.ids.dataid}</DATAID>
<VERSIONNUM>1</VERSIONNUM>
<FIRST_NAME>${xml(entry.name)}</FIRST_NAME>
<UN_LIST_TYPE>DPRK</UN_LIST_TYPE>
<REFERENCE_NUMBER>${entry.ids.un_ref}</REFERENCE_NUMBER>
<LISTED_ON>${entry.ids.listed_on}</LISTED_ON>
<COMMENTS1>${xml(entry.remarks ?? '')}</COMMENTS1>
${entry.aliases.map((alias) => `<ENTITY_ALIAS>\n<QUALITY>a.k.a.</QUALITY>\n<ALIAS_NAME>${xml(alias)}</ALIAS_NAME>\n</ENTITY_ALIAS>`).join('\n')}
</ENTITY>`,
  )
  .join('\n')}
</ENTITIES>
</CONSOLIDATED_LIST>
`;

// OpenSanctions' export of the same OFAC records: one FollowTheMoney entity per line.
const ftm = ofac.map((entry) =>
  JSON.stringify({
    id: `ofac-${entry.ids.ent_num}`,
    schema: entry.sdn_type === 'individual' ? 'Person' : 'Organization',
    properties: {
      name: [entry.name],
      alias: entry.aliases,
      program: entry.programs,
      topics: ['sanction'],
    },
    datasets: ['us_ofac_sdn'],
    referents: [`ofac-${entry.ids.ent_num}`],
  }),
);

mkdirSync(out, { recursive: true });
const lines = (rows) => `${rows.join('\r\n')}\r\n`;
writeFileSync(new URL('sdn.csv', out), lines(sdn));
writeFileSync(new URL('alt.csv', out), lines(alt));
writeFileSync(new URL('add.csv', out), lines(add));
writeFileSync(new URL('consolidated.xml', out), unXml);
writeFileSync(new URL('opensanctions.ftm.jsonl', out), `${ftm.join('\n')}\n`);
console.log(
  `wrote ${sdn.length} SDN, ${alt.length} a.k.a., ${add.length} address rows, ${un.length} UN entities, ${ftm.length} FtM lines`,
);
