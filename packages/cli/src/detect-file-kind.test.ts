import { describe, expect, it } from 'vitest';
import { describeZip, detectFileKind } from './detect-file-kind.js';

const bytes = (...values: number[]) => Uint8Array.from(values);
const text = (value: string) => new TextEncoder().encode(value);

describe('detectFileKind', () => {
  it('reads text as text, whatever its first letters spell', () => {
    for (const head of [
      'Supplier Name,Country\n',
      'MZ Trading,KR\n',
      'BZh Holdings\n',
      'PK Foods,PK\n',
    ])
      expect(detectFileKind(text(head))).toEqual({ kind: 'text' });
  });

  it('returns zip for the caller to look inside (an .xlsx is one)', () => {
    expect(detectFileKind(bytes(0x50, 0x4b, 0x03, 0x04, 20, 0))).toEqual({ kind: 'zip' });
  });

  it('names a Windows program only with its PE header, not for two letters', () => {
    const program = new Uint8Array(0x90);
    program.set(text('MZ'));
    program.set(bytes(0x80, 0, 0, 0), 0x3c);
    program.set(text('PE\0\0'), 0x80);
    expect(detectFileKind(program)).toMatchObject({ what: 'a Windows program or DLL' });
  });

  it('names a tar archive by the ustar mark at byte 257', () => {
    const tar = new Uint8Array(512);
    tar.set(text('suppliers.csv'));
    tar.set(text('ustar'), 257);
    expect(detectFileKind(tar)).toMatchObject({ what: 'a tar archive' });
  });
});

describe('describeZip', () => {
  it('tells Office documents from plain archives', () => {
    expect(describeZip(['word/document.xml']).what).toBe('a Word document (.docx)');
    expect(describeZip(['ppt/presentation.xml']).what).toBe('a PowerPoint presentation (.pptx)');
    expect(describeZip(['a.csv']).what).toBe('a zip archive that is not a workbook');
  });
});
