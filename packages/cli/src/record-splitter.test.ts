import { describe, expect, it } from 'vitest';
import { createRecordParser } from './parse-records.js';

function parse(
  text: string,
  options: {
    delimiter?: string;
    newline?: '\n' | '\r\n' | '\r';
    chunk?: number;
    maxRecordLines?: number;
  } = {},
) {
  const events: (string | number | string[])[][] = [];
  const parser = createRecordParser({
    delimiter: options.delimiter ?? ',',
    newline: options.newline ?? '\n',
    onRecord: (fields, line) => events.push([line, [...fields]]),
    onMalformed: (line, reason) => events.push([line, reason.split(':')[0] ?? reason]),
  });
  const size = options.chunk ?? text.length;
  for (let i = 0; i < text.length; i += size) parser.push(text.slice(i, i + size));
  parser.end();
  return events;
}

describe('createRecordParser', () => {
  it('numbers records by the physical line they start on, across quoted newlines', () => {
    expect(parse('name,n\n"two\nlines",1\nlast,2\n')).toEqual([
      [1, ['name', 'n']],
      [2, ['two\nlines', '1']],
      [4, ['last', '2']],
    ]);
  });

  it('gives the same records whatever the chunk size', () => {
    const text = 'a;b\r\n"x;""y""\r\nz";1\r\n\r\nc;"d"\r\n';
    const whole = parse(text, { delimiter: ';', newline: '\r\n' });
    for (const chunk of [1, 2, 3, 7])
      expect(parse(text, { delimiter: ';', newline: '\r\n', chunk })).toEqual(whole);
    expect(whole).toEqual([
      [1, ['a', 'b']],
      [2, ['x;"y"\r\nz', '1']],
      [4, ['']],
      [5, ['c', 'd']],
    ]);
  });

  it('reports an unterminated quote on its line and reads on from the next line', () => {
    expect(parse('a,b\n"open,1\nnext,2\nlast,3\n', { maxRecordLines: 2 })).toEqual([
      [1, ['a', 'b']],
      [2, 'unterminated quoted cell'],
      [3, ['next', '2']],
      [4, ['last', '3']],
    ]);
  });

  it('reports an unterminated quote at the end of the input without losing earlier rows', () => {
    expect(parse('a,b\nok,1\n"never closed,2\n')).toEqual([
      [1, ['a', 'b']],
      [2, ['ok', '1']],
      [3, 'unterminated quoted cell'],
    ]);
  });

  it('keeps text after a closing quote to its own row', () => {
    expect(parse('a,b\n"ACME" Ltd,1\nnext,2\n')).toEqual([
      [1, ['a', 'b']],
      [2, 'malformed quotes'],
      [3, ['next', '2']],
    ]);
  });

  it('treats a quote inside an unquoted cell as a character, as papaparse does', () => {
    expect(parse('a,b\n12" Pipes Ltd,1\n')).toEqual([
      [1, ['a', 'b']],
      [2, ['12" Pipes Ltd', '1']],
    ]);
  });

  it('reads a last line without a line break', () => {
    expect(parse('a,b\n1,2')).toEqual([
      [1, ['a', 'b']],
      [2, ['1', '2']],
    ]);
  });
});

describe('createRecordParser after a stray quote', () => {
  it('reads again the rows a stray quote swallowed up to the next quoted cell', () => {
    expect(parse('a,b\n"Unclosed Ltd,1\n\n"Next, Co",2\nlast,3\n')).toEqual([
      [1, ['a', 'b']],
      [2, 'malformed quotes'],
      [3, ['']],
      [4, ['Next, Co', '2']],
      [5, ['last', '3']],
    ]);
  });
});

describe('createRecordParser with old Mac line breaks', () => {
  it('splits records on a lone CR', () => {
    expect(parse('a,b\r"x\ry",1\rlast,2\r', { newline: '\r', chunk: 4 })).toEqual([
      [1, ['a', 'b']],
      [2, ['x\ry', '1']],
      [4, ['last', '2']],
    ]);
  });
});
