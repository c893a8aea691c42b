import { describe, expect, it } from 'vitest';
import { encodeLegacy } from './encode-legacy.js';
import { fixture, screenToJson } from './run-bin.js';

const watchlist = fixture('watchlist-scripts.csv');

/** The same three-row supplier list, with a header and a planted name in the language each encoding serves. */
const lists: [encoding: string, header: string, planted: string][] = [
  ['euc-kr', '공급업체명', '섀도하버무역'],
  ['gbk', '供应商名称', '影港贸易公司'],
  ['gb18030', '供应商名称', '影港贸易公司'],
  ['big5', '供應商名稱', '影港貿易公司'],
  ['shift_jis', '仕入先名', 'シャドーハーバー貿易'],
  ['euc-jp', '仕入先名', 'シャドーハーバー貿易'],
  ['windows-1251', 'Поставщик', 'Шэдоу Харбор Трейдинг'],
];

function listText(header: string, planted: string): string {
  return `${header},Note\nPegatron Corporation,x\n${planted},planted\nShadow Harbour Trading Co,planted\n`;
}

async function screen(bytes: Buffer, extra: string[] = []) {
  const { run, hits } = await screenToJson({ name: 'suppliers.csv', bytes }, [
    '--list',
    watchlist,
    '--lists-only',
    ...extra,
  ]);
  return { run, lines: hits?.map((hit) => hit.line) };
}

describe('nkscreen screen: legacy encodings are detected, not read as Windows-1252', () => {
  it.each(lists)(
    '%s: finds both planted rows and names the encoding',
    async (encoding, header, planted) => {
      const { run, lines } = await screen(encodeLegacy(listText(header, planted), encoding));
      expect(run.status, run.stderr).toBe(0);
      // GBK is read by its superset GB18030.
      expect(run.stderr).toContain(`encoding: ${encoding === 'gbk' ? 'gb18030' : encoding}`);
      expect(lines).toEqual([3, 4]);
    },
  );

  it('takes any WHATWG label or code-page name with --encoding', async () => {
    const bytes = encodeLegacy(listText('공급업체명', '섀도하버무역'), 'euc-kr');
    for (const label of ['cp949', 'ks_c_5601-1987', 'EUC-KR']) {
      const { run, lines } = await screen(bytes, ['--encoding', label]);
      expect(run.status, run.stderr).toBe(0);
      expect(lines).toEqual([3, 4]);
    }
  });

  it('refuses an unknown label and names the ones it takes', async () => {
    const { run } = await screen(Buffer.from('a\n'), ['--encoding', 'ebcdic']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--encoding "ebcdic" is not an encoding');
    expect(run.stderr).toContain('euc-kr (cp949)');
  });

  it('is an error naming the file and the fix when the bytes are not the given encoding', async () => {
    const bytes = Buffer.concat([Buffer.from('Supplier Name\n'), Buffer.from([0x81, 0x20, 0x0a])]);
    const { run } = await screen(bytes, ['--encoding', 'shift_jis']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/suppliers\.csv is not valid shift_jis .*Pass --encoding/);
  });
});
