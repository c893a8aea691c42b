import { getUiLanguage } from './evidence';

/** Sets the extension page's lang and dir from the UI locale (Korean UI, right-to-left browser locales). */
export function applyDocumentLocale(doc: Document): void {
  // The language of the messages shown, not the browser's: a French browser reads our English fallback.
  doc.documentElement.lang = getUiLanguage();
  doc.documentElement.dir = browser.i18n.getMessage('@@bidi_dir') || 'ltr';
  doc.body.classList.add('nk-root');
}
