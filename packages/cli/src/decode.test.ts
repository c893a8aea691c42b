import { describe, expect, it } from 'vitest';
import {
  countIncompleteUtf8Tail,
  createUtf8Validator,
  detectEncodingFromBom,
  parseEncoding,
} from './decode.js';
import { decodeWindows1252 } from './windows-1252.js';

describe('detectEncodingFromBom', () => {
  it('recognises the UTF-8 and UTF-16 byte-order marks', () => {
    expect(detectEncodingFromBom(Uint8Array.of(0xef, 0xbb, 0xbf, 0x61))?.encoding).toBe('utf-8');
    expect(detectEncodingFromBom(Uint8Array.of(0xff, 0xfe, 0x61, 0))?.encoding).toBe('utf-16le');
    expect(detectEncodingFromBom(Uint8Array.of(0xfe, 0xff, 0, 0x61))?.encoding).toBe('utf-16be');
    expect(detectEncodingFromBom(Uint8Array.of(0x61, 0x62))).toBeUndefined();
  });
});

describe('createUtf8Validator', () => {
  it('accepts a multi-byte character split across chunks', () => {
    const bytes = Buffer.from('Société', 'utf8');
    const validator = createUtf8Validator();
    expect(validator.write(bytes.subarray(0, 4))).toBe(true);
    expect(validator.write(bytes.subarray(4))).toBe(true);
    expect(validator.end()).toBe(true);
  });

  it('rejects Windows-1252 bytes', () => {
    const validator = createUtf8Validator();
    expect(validator.write(Uint8Array.of(0x43, 0x61, 0x66, 0xe9, 0x20))).toBe(false);
  });

  it('counts an incomplete sequence at the end', () => {
    expect(countIncompleteUtf8Tail(Buffer.from('a€', 'utf8').subarray(0, 3))).toBe(2);
    expect(countIncompleteUtf8Tail(Buffer.from('a€', 'utf8'))).toBe(0);
  });
});

describe('decodeWindows1252', () => {
  it('maps 0x80–0x9F to the characters Excel writes (€, curly quotes, dashes)', () => {
    expect(decodeWindows1252(Uint8Array.of(0x80, 0x93, 0x41, 0x94, 0x96, 0xe9))).toBe('€“A”–é');
  });
});

describe('parseEncoding', () => {
  it('accepts the usual spellings', () => {
    expect(parseEncoding('UTF8')).toBe('utf-8');
    expect(parseEncoding('cp1252')).toBe('windows-1252');
    expect(parseEncoding('UTF-16LE')).toBe('utf-16le');
    expect(parseEncoding('ebcdic')).toBeUndefined();
  });
});
