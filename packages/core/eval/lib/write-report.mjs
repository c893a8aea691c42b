import { mkdirSync, writeFileSync } from 'node:fs';

/**
 * Writes a report file formatted the way the repository's Prettier check expects (the parser follows the file
 * name), so that regenerating a report never breaks `npm run lint`. Prettier is a root dev tool; without it the
 * text is written as given.
 * @param {URL} url
 * @param {string} text
 */
export async function writeFormatted(url, text) {
  let formatted = text;
  try {
    const prettier = await import('prettier');
    const config = (await prettier.resolveConfig(url.pathname)) ?? {};
    formatted = await prettier.format(text, { ...config, filepath: url.pathname });
  } catch {
    // Prettier is optional here: the text is already valid and readable.
  }
  mkdirSync(new URL('.', url), { recursive: true });
  writeFileSync(url, formatted);
}

/**
 * Writes a report as formatted JSON.
 * @param {URL} url
 * @param {unknown} report
 */
export async function writeReport(url, report) {
  await writeFormatted(url, `${JSON.stringify(report, null, 2)}\n`);
}
