import { mkdirSync, writeFileSync } from 'node:fs';

/**
 * Writes a report as JSON formatted the way the repository's Prettier check expects, so that regenerating a
 * report never breaks `npm run lint`. Prettier is a root dev tool; without it the plain JSON is written.
 * @param {URL} url
 * @param {unknown} report
 */
export async function writeReport(url, report) {
  let text = `${JSON.stringify(report, null, 2)}\n`;
  try {
    const prettier = await import('prettier');
    const config = (await prettier.resolveConfig(url.pathname)) ?? {};
    text = await prettier.format(text, { ...config, filepath: url.pathname });
  } catch {
    // Prettier is optional here: the JSON is already valid and readable.
  }
  mkdirSync(new URL('.', url), { recursive: true });
  writeFileSync(url, text);
}
