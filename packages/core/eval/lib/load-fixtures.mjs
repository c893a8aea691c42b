import { readFileSync } from 'node:fs';

/**
 * @typedef {{ query: string, expect: string | null, why: string, kind: string, split?: string,
 *   mode?: 'name' | 'scan', lineNumber: number }} EvalLine
 * @typedef {{ canonical: string, aliases: string[], country?: string, note?: string, sources?: string[] }} FixtureEntity
 */

/**
 * Reads the JSONL evaluation set; a malformed line stops the run, since a silently skipped line would change
 * every number.
 * @param {URL} url
 * @returns {EvalLine[]}
 */
export function loadEvalLines(url) {
  return readFileSync(url, 'utf8')
    .split('\n')
    .map((text, index) => ({ text: text.trim(), lineNumber: index + 1 }))
    .filter(({ text }) => text !== '')
    .map(({ text, lineNumber }) => {
      const line = JSON.parse(text);
      if (typeof line.query !== 'string' || typeof line.kind !== 'string') {
        throw new Error(`names-dev.jsonl:${lineNumber}: needs string "query" and "kind"`);
      }
      if (line.expect !== null && typeof line.expect !== 'string') {
        throw new Error(`names-dev.jsonl:${lineNumber}: "expect" must be a name or null`);
      }
      if (line.mode !== undefined && line.mode !== 'name' && line.mode !== 'scan') {
        throw new Error(`names-dev.jsonl:${lineNumber}: "mode" must be "name" or "scan"`);
      }
      return { ...line, lineNumber };
    });
}

/**
 * @param {URL} url
 * @returns {FixtureEntity[]}
 */
export function loadFixtureEntities(url) {
  return JSON.parse(readFileSync(url, 'utf8')).entities;
}
