import { describe, expect, it } from 'vitest';
import { detectDelimiter, detectNewline } from './detect-delimiter.js';

describe('detectDelimiter', () => {
  it('picks the delimiter that splits rows consistently', () => {
    expect(detectDelimiter('name,country\nACME,CN\n')).toBe(',');
    expect(detectDelimiter('name;country;amount\n"Foo, Inc.";US;1,5\nBar;CN;2,0\n')).toBe(';');
    expect(detectDelimiter('name\tcountry\nFoo, Inc.\tUS\n')).toBe('\t');
  });

  it('ignores delimiters inside quoted cells', () => {
    expect(detectDelimiter('"a;b";c\n"d;e";f\n"g";h\n')).toBe(';');
  });
});

describe('detectNewline', () => {
  it('tells CRLF from LF and a lone CR', () => {
    expect(detectNewline('a\r\nb')).toBe('\r\n');
    expect(detectNewline('a\nb')).toBe('\n');
    expect(detectNewline('a\rb')).toBe('\r');
  });
});
