import { describe, expect, it } from 'vitest';
import { parseCsvList, parseFtmList } from './lists.js';

describe('parseCsvList', () => {
  it('reads id,name,aliases with |-separated aliases and keys ids by list', () => {
    const list = parseCsvList(
      '\uFEFFid,name,aliases\nacme,Acme Trading,Acme Trade | ACME T\n,No Id Co,\nx,,\n',
      'mine.csv',
    );
    expect(list.entities).toEqual([
      {
        key: 'mine.csv:acme',
        id: 'acme',
        name: 'Acme Trading',
        aliases: ['Acme Trade', 'ACME T'],
        weakAliases: [],
        list: 'mine.csv',
      },
      {
        key: 'mine.csv:row-3',
        id: 'row-3',
        name: 'No Id Co',
        aliases: [],
        weakAliases: [],
        list: 'mine.csv',
      },
    ]);
    expect(list.ignored).toEqual([{ line: 4, reason: 'empty name' }]);
  });

  it('needs a name column', () => {
    expect(() => parseCsvList('id,title\n1,x\n', 'bad.csv')).toThrow(
      /needs a header with at least "name"/,
    );
  });
});

describe('parseFtmList', () => {
  it('reads OpenSanctions-shaped lines and ignores records without a name', () => {
    const list = parseFtmList(
      [
        '{"id":"os-1","schema":"Company","properties":{"name":["Acme LLC","ACME Limited"],"alias":["Acme"],"weakAlias":["AC"]}}',
        '{"id":"os-2","schema":"Address","properties":{"full":["Street 1"]}}',
        'not json',
      ].join('\n'),
      'os.ftm.jsonl',
    );
    expect(list.entities).toEqual([
      {
        key: 'os.ftm.jsonl:os-1',
        id: 'os-1',
        name: 'Acme LLC',
        aliases: ['ACME Limited', 'Acme'],
        weakAliases: ['AC'],
        list: 'os.ftm.jsonl',
      },
    ]);
    expect(list.ignored).toEqual([
      { line: 2, reason: 'no properties.name' },
      { line: 3, reason: 'not valid JSON' },
    ]);
  });
});
