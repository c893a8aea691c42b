import Papa from 'papaparse';

export type Delimiter = ',' | ';' | '\t';

export const delimiterNames: Record<Delimiter, string> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
};

const CANDIDATES: readonly Delimiter[] = [',', ';', '\t'];
const SAMPLE_ROWS = 50;

/**
 * Picks the delimiter that splits the first rows of `sample` into the same number of fields (more than one) most
 * often; ties go to the one with more fields, then to the order comma, semicolon, tab.
 */
export function detectDelimiter(sample: string): Delimiter {
  let best: { delimiter: Delimiter; consistent: number; fields: number } = {
    delimiter: ',',
    consistent: 0,
    fields: 1,
  };
  for (const delimiter of CANDIDATES) {
    const rows = Papa.parse<string[]>(sample, { delimiter, preview: SAMPLE_ROWS }).data.filter(
      (row) => !(row.length === 1 && row[0] === ''),
    );
    // The last sampled row may be cut off by the sample's end.
    const complete = rows.length > 1 ? rows.slice(0, -1) : rows;
    const header = complete[0]?.length ?? 0;
    if (header < 2) continue;
    const consistent = complete.filter((row) => row.length === header).length;
    if (consistent > best.consistent || (consistent === best.consistent && header > best.fields)) {
      best = { delimiter, consistent, fields: header };
    }
  }
  return best.delimiter;
}

/** Detects the line break: CRLF, LF, or a lone CR (old Mac exports). */
export function detectNewline(sample: string): '\r\n' | '\n' | '\r' {
  const lf = sample.indexOf('\n');
  if (lf > 0 && sample[lf - 1] === '\r') return '\r\n';
  if (lf >= 0) return '\n';
  return sample.includes('\r') ? '\r' : '\n';
}
