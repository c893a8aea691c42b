import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenFile } from '../src/screen.js';
import { createTempDir } from './run-bin.js';

async function screenCsv(text: string) {
  const file = join(createTempDir(), 'suppliers.csv');
  writeFileSync(file, text);
  const notes: string[] = [];
  const result = await screenFile(file, { onNote: (note) => notes.push(note) });
  const byLine = new Map(result.hits.map((hit) => [hit.line, hit]));
  return { result, notes, hit: (line: number) => byLine.get(line) };
}

// Armex is listed as a Polish agency and the dataset requires the context to name Poland (requires country:PL).
describe('nkscreen screen: country, city and address columns are the matcher context', () => {
  it('a name whose entity requires a country is a match only when the row names that country', async () => {
    const { hit, notes } = await screenCsv(
      'Supplier Name,Country\nArmex Inc,\nArmex Inc,US\nArmex Inc,Poland\n',
    );
    expect(notes).toContain(
      'context from "Country" (country, city and address cells weigh on each match)',
    );
    expect(hit(2)?.match).toMatchObject({ band: 'review', context: { status: 'missing' } });
    expect(hit(3)?.match).toMatchObject({ band: 'review', context: { status: 'contradicted' } });
    expect(hit(4)?.match).toMatchObject({ band: 'match', context: { status: 'corroborated' } });
    expect(hit(3)?.country).toBe('US');
    expect(hit(4)?.country).toBe('Poland');
    expect(hit(2)?.country).toBeUndefined();
  });

  it('a country that contradicts the entity lowers its score', async () => {
    // Selantik Resources is listed in Malaysia and requires no context.
    const { hit } = await screenCsv(
      'Company,Country\nSelantik Resources,\nSelantik Resources,Italy\n',
    );
    const alone = hit(2)?.match;
    const elsewhere = hit(3)?.match;
    expect(alone?.context.status).toBe('none');
    expect(elsewhere?.context.status).toBe('contradicted');
    expect(elsewhere?.score).toBeLessThan(alone?.score ?? 0);
  });

  it('reads city and address columns, and headers in the language of the file', async () => {
    const { hit, notes } = await screenCsv(
      '공급업체명,국가,주소\nArmex Inc,,ul. Przemysłowa 1\nArmex Inc,폴란드,\n',
    );
    expect(notes).toContain(
      'context from "국가", "주소" (country, city and address cells weigh on each match)',
    );
    expect(hit(2)?.match.band).toBe('review');
    expect(hit(3)?.match).toMatchObject({ band: 'match', context: { status: 'corroborated' } });
  });

  it('the same name in two countries is matched twice, not answered from the cache', async () => {
    const { hit } = await screenCsv(
      'Supplier Name,Country\nArmex Inc,Poland\nArmex Inc,US\nArmex Inc,Poland\n',
    );
    expect([2, 3, 4].map((line) => hit(line)?.match.band)).toEqual(['match', 'review', 'match']);
  });
});
