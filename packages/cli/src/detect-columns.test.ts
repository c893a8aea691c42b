import { describe, expect, it } from 'vitest';
import { findColumns, guessContextColumns, guessNameColumns } from './detect-columns.js';

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

describe('guessContextColumns', () => {
  it.each([
    [
      ['Supplier Name', 'Country', 'City', 'Street address'],
      { countries: [1], cities: [2], addresses: [3] },
    ],
    [['공급업체명', '국가', '도시', '주소'], { countries: [1], cities: [2], addresses: [3] }],
    [['供应商名称', '国家', '城市', '地址'], { countries: [1], cities: [2], addresses: [3] }],
    [['供應商名稱', '國家', '城市', '地址'], { countries: [1], cities: [2], addresses: [3] }],
    [['仕入先名', '国名', '都市', '住所'], { countries: [1], cities: [2], addresses: [3] }],
    [['Поставщик', 'Страна', 'Город', 'Адрес'], { countries: [1], cities: [2], addresses: [3] }],
    [['Proveedor', 'País', 'Ciudad', 'Dirección'], { countries: [1], cities: [2], addresses: [3] }],
    [['Fournisseur', 'Pays', 'Ville', 'Adresse'], { countries: [1], cities: [2], addresses: [3] }],
    [['Lieferant', 'Land', 'Stadt', 'Anschrift'], { countries: [1], cities: [2], addresses: [3] }],
  ])('%j', (headers, expected) => {
    expect(guessContextColumns(headers, guessNameColumns(headers))).toEqual(expected);
  });

  it('passes over headers that name a place word but hold something else', () => {
    expect(guessContextColumns(['Vendor', 'Email address', 'Country manager', 'Website'])).toEqual({
      countries: [],
      cities: [],
      addresses: [],
    });
  });
});
