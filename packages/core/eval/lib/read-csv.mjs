// RFC 4180 CSV: quoted fields may hold commas, doubled quotes and newlines (the Apple supplier list has a name
// with an embedded newline). A leading byte-order mark is dropped; both \n and \r\n end a record.

/**
 * @param {string} text
 * @returns {string[][]} records as arrays of fields; blank lines are skipped
 */
export function parseCsv(text) {
  /** @type {string[][]} */
  const records = [];
  /** @type {string[]} */
  let record = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRecord = () => {
    record.push(field);
    if (record.length > 1 || record[0] !== '') records.push(record);
    record = [];
    field = '';
  };
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n') endRecord();
    else if (c !== '\r' || text[i + 1] !== '\n') field += c;
  }
  if (field !== '' || record.length > 0) endRecord();
  return records;
}

/**
 * Records keyed by the header row's names.
 * @param {string} text
 * @returns {Record<string, string>[]}
 */
export function parseCsvObjects(text) {
  const [header, ...rows] = parseCsv(text);
  if (header === undefined) return [];
  return rows.map((row) =>
    Object.fromEntries(header.map((name, i) => [name.trim(), row[i] ?? ''])),
  );
}
