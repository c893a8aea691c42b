import { describe, expect, it } from 'vitest';
import { findColumns, guessNameColumns } from './detect-columns.js';

describe('guessNameColumns', () => {
  it('finds the supplier name in real export headers', () => {
    expect(
      guessNameColumns(['year', 'supplier_name', 'country_area', 'country', 'supplier_address']),
    ).toEqual([1]);
    expect(guessNameColumns(['country', 'name', 'address'])).toEqual([1]);
    expect(
      guessNameColumns([
        'Country',
        'Factory_Name',
        'Address',
        'Parent_Organization_Name',
        'Supplier_Group',
      ]),
    ).toEqual([1, 3]);
  });

  it('falls back to a header that names an entity', () => {
    expect(guessNameColumns(['Vendor', 'Vendor ID', 'Amount'])).toEqual([0]);
    expect(guessNameColumns(['Manufacturer', 'Product type'])).toEqual([0]);
  });

  it('skips name columns that hold something else', () => {
    expect(guessNameColumns(['Contact Name', 'Company Name', 'Country Name'])).toEqual([1]);
    expect(guessNameColumns(['id', 'amount'])).toEqual([]);
  });
});

describe('findColumns', () => {
  it('matches exactly, then ignoring case and spaces, and lists what is missing', () => {
    expect(findColumns(['Vendor Name', 'Country'], [' vendor name', 'Region'])).toEqual({
      indexes: [0],
      missing: ['Region'],
    });
  });
});

describe('guessNameColumns in the languages of the files', () => {
  it.each([
    ['Korean', ['번호', '공급업체명', '국가']],
    ['Chinese (simplified)', ['编号', '供应商名称', '国家']],
    ['Chinese (traditional)', ['編號', '供應商名稱', '國家']],
    ['Japanese', ['番号', '仕入先名', '国名']],
    ['Russian', ['ИНН', 'Наименование поставщика', 'Страна']],
    ['Spanish', ['Código', 'Nombre del proveedor', 'País']],
    ['French', ['Code', 'Nom du fournisseur', 'Pays']],
    ['German', ['Nr', 'Name des Lieferanten', 'Land']],
  ])('finds the name column from %s headers, not the id or country', (_language, headers) => {
    expect(guessNameColumns(headers)).toEqual([1]);
  });
});
