import { domainToUnicode } from 'node:url';
import { splitList } from './patterns.js';
import { listColumns } from './vocabulary.js';

// Cells that must never ship whatever their column: they crash or blind the tools that read the data,
// run as formulas in a spreadsheet, or send a reader somewhere other than the source.

/** No cell in the dataset comes near this; a longer one is pasted by mistake or hostile. */
export const maxCellLength = 2000;
/** Ids are slugs cited by hand and shown in URLs. */
export const maxIdLength = 100;

// Line breaks are reported by the column schemas.
const bidiOrControl = /[^\P{Cc}\n\r]|[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
// `-` is kept for a negative number; every other leading = + - @ makes a spreadsheet evaluate the cell.
const formulaStart = /^(?:[=+@]|-(?!\d+(?:\.\d+)?$))/;
const legalForms = new Set(
  'ag as bv co company corp corporation gmbh inc incorporated jsc kft limited llc llp lp ltd nv oao ooo pjsc plc pte pty o s sa sarl sas spa sp srl z zao zoo oo ооо оао зао пао ао'.split(
    ' ',
  ),
);
const cjkLegalForms = new Set([
  '有限公司',
  '有限责任公司',
  '股份有限公司',
  '公司',
  '株式会社',
  '주식회사',
  '회사',
]);
const nameColumns = new Set(['name', 'aliases']);
const dateCell = /^\d{4}-\d{2}-\d{2}$/;

/** Problems in one cleaned row, as column → messages. `today` is YYYY-MM-DD. */
export function checkHostileCells(
  cells: Readonly<Record<string, string>>,
  today: string,
): { column: string; message: string }[] {
  const problems: { column: string; message: string }[] = [];
  for (const [column, cell] of Object.entries(cells)) {
    const add = (message: string) => problems.push({ column, message });
    if (cell.length > maxCellLength) {
      add(
        `is ${cell.length} characters long; a cell holds at most ${maxCellLength}. Shorten it or split the text`,
      );
      continue;
    }
    if (column === 'id' && cell.length > maxIdLength) {
      add(`is ${cell.length} characters long; an id holds at most ${maxIdLength}`);
    }
    if (bidiOrControl.test(cell)) {
      add(
        'contains a control or bidirectional-override character (U+202E and the like) that can make text display differently from what it says; remove it',
      );
    }
    const items = listColumns.has(column) ? splitList(cell) : [cell];
    for (const item of items) {
      if (formulaStart.test(item)) {
        add(
          `'${item.slice(0, 40)}' starts with '${item[0]}', which a spreadsheet runs as a formula; reword it so it starts with a letter or digit`,
        );
      }
      if (nameColumns.has(column) && isOnlyLegalForm(item)) {
        add(`'${item}' is only a legal form, not a name; give the company's full name`);
      }
    }
    if (dateCell.test(cell) && cell > today) {
      add(`${cell} is in the future (today is ${today}); check the year`);
    }
    if (/^https?:\/\//i.test(cell)) {
      const problem = checkHost(cell);
      if (problem) add(problem);
    }
  }
  return problems;
}

function isOnlyLegalForm(name: string): boolean {
  const compact = name.replace(/[\s.,()&\-/]+/gu, '');
  if (cjkLegalForms.has(compact)) return true;
  const words = name
    .toLowerCase()
    .split(/[\s.,()&\-/]+/u)
    .filter((word) => word !== '');
  return words.length > 0 && words.every((word) => legalForms.has(word));
}

/** Why a source address must not ship, or undefined. */
export function checkHost(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined; // the column's own schema says it is not a URL
  }
  if (url.username !== '' || url.password !== '') {
    return `'${url.host}' is given with a user name or password; link the public address without credentials`;
  }
  const host = url.hostname;
  if (/^\d+(\.\d+){3}$/.test(host) || host.startsWith('[')) {
    return `'${host}' is a bare IP address; link the document on its publisher's named host`;
  }
  for (const label of domainToUnicode(host).split('.')) {
    if (mixesScripts(label)) {
      return `host '${host}' (${domainToUnicode(host)}) mixes Latin letters with look-alike letters of another script; link the publisher's real host`;
    }
  }
  return undefined;
}

// A label like "аpple" (Cyrillic а + Latin pple) imitates a Latin host; whole-script labels (.рф) are real.
function mixesScripts(label: string): boolean {
  const latin = /\p{Script=Latin}/u.test(label);
  const other = /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Cherokee}]/u.test(
    label,
  );
  return latin && other;
}
