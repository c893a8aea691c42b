import { describe, expect, it } from 'vitest';
import { sanitizeCell, sanitizeForTerminal } from './sanitize-text.js';

describe('sanitizeForTerminal', () => {
  it('shows erase-line, conceal and carriage-return codes as escapes instead of running them', () => {
    expect(sanitizeForTerminal('Shadow\u001b[2K\u001b[8m Harbour\r')).toBe(
      'Shadow\\u001b[2K\\u001b[8m Harbour\\u000d',
    );
  });

  it('shows bidi overrides and isolates as escapes, and keeps line feeds, tabs and letters of any script', () => {
    expect(sanitizeForTerminal('a\u202eb\u2066c\td\n조선 قطر')).toBe(
      'a\\u202eb\\u2066c\td\n조선 قطر',
    );
  });

  it('keeps escaped JSON valid and equal in meaning', () => {
    const json = JSON.stringify({ name: 'x\u202ey' });
    expect(JSON.parse(sanitizeForTerminal(json))).toEqual({ name: 'x\u202ey' });
  });
});

describe('sanitizeCell', () => {
  it('keeps the line breaks of a multi-line note but escapes escape codes and overrides', () => {
    expect(sanitizeCell('line one\r\nline two\u001b[8m\u202e')).toBe(
      'line one\r\nline two\\u001b[8m\\u202e',
    );
  });
});
