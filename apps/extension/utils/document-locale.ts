/** Sets the extension page's lang and dir from the UI locale (Korean UI, right-to-left browser locales). */
export function applyDocumentLocale(doc: Document): void {
  doc.documentElement.lang = browser.i18n.getUILanguage();
  doc.documentElement.dir = browser.i18n.getMessage('@@bidi_dir') || 'ltr';
  doc.body.classList.add('nk-root');
}
