import { i18n } from '#i18n';
import type { Field } from './fields';

export function formatFieldLabel(field: Field): string {
  switch (field) {
    case 'seller':
      return i18n.t('fieldSeller');
    case 'brand':
      return i18n.t('fieldBrand');
    case 'manufacturer':
      return i18n.t('fieldManufacturer');
    case 'supplier':
      return i18n.t('fieldSupplier');
    case 'store':
      return i18n.t('fieldStore');
    case 'text':
      return i18n.t('fieldText');
  }
}
