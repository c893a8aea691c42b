import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';

// The stores read the manifest's name and description from these messages in every locale, and reject an
// upload when one locale is over a limit:
// - description: at most 132 characters (Chrome Web Store and Firefox, developer.chrome.com
//   "Manifest - Description"; MDN manifest.json/description), plain text, no HTML;
// - name: addons.mozilla.org accepts at most 50 characters, the Chrome Web Store 75 and Edge Add-ons 45
//   (MDN manifest.json/name), so the strictest, 45, holds for all.
const DESCRIPTION_LIMIT = 132;
const NAME_LIMIT = 45;

const localesDir = fileURLToPath(new URL('.', import.meta.url));
const localeFiles = readdirSync(localesDir).filter((file) => file.endsWith('.yml'));

async function readStoreListing(file: string) {
  const messages = generateChromeMessages(await parseMessagesFile(`${localesDir}/${file}`));
  return { name: messages.extName?.message, description: messages.extDescription?.message };
}

describe('store listing text', () => {
  it('finds the English and Korean locales', () => {
    expect(localeFiles).toEqual(expect.arrayContaining(['en.yml', 'ko.yml']));
  });

  describe.each(localeFiles)('in %s', (file) => {
    it(`has a plain-text description of at most ${DESCRIPTION_LIMIT} characters`, async () => {
      const { description } = await readStoreListing(file);
      expect(description, 'extDescription is missing').toBeTypeOf('string');
      expect([...description!.trim()].length).toBeGreaterThan(0);
      expect([...description!].length).toBeLessThanOrEqual(DESCRIPTION_LIMIT);
      expect(description).not.toMatch(/[<>]|&[a-z]+;/i);
    });

    it(`has a name of at most ${NAME_LIMIT} characters`, async () => {
      const { name } = await readStoreListing(file);
      expect(name, 'extName is missing').toBeTypeOf('string');
      expect([...name!.trim()].length).toBeGreaterThan(0);
      expect([...name!].length).toBeLessThanOrEqual(NAME_LIMIT);
    });
  });
});
