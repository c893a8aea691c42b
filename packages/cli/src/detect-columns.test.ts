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
