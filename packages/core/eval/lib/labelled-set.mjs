// Labelled real-world sets (official spellings, press variants): one JSON object per line with the query as a
// source printed it, the dataset entity id it names (`expect`), its `kind`, the `list` or publication it comes
// from and a `source` saying where exactly.
import { readFileSync } from 'node:fs';
import { assertedIds, scoreLine, summarize } from './score.mjs';

/** @typedef {{ query: string, expect: string, kind: string, list: string, source: string, lineNumber: number }} LabelledLine */
/** @typedef {import('./score.mjs').Counting} Counting */
/** @typedef {import('./eval-systems.mjs').EvalSystem} EvalSystem */

/**
 * @param {URL} url
 * @param {ReadonlySet<string>} entityIds ids the index holds; a line naming another id stops the run
 * @returns {LabelledLine[]}
 */
export function loadLabelledSet(url, entityIds) {
  const file = url.pathname.split('/').pop();
  return readFileSync(url, 'utf8')
    .split('\n')
    .map((text, i) => ({ text: text.trim(), lineNumber: i + 1 }))
    .filter(({ text }) => text !== '')
    .map(({ text, lineNumber }) => {
      const line = JSON.parse(text);
      for (const key of ['query', 'expect', 'kind', 'list', 'source']) {
        if (typeof line[key] !== 'string' || line[key] === '') {
          throw new Error(`${file}:${lineNumber}: "${key}" must be a non-empty string`);
        }
      }
      if (!entityIds.has(line.expect)) {
        throw new Error(
          `${file}:${lineNumber}: no dataset entity "${line.expect}" (rebuild the dataset or regenerate the fixture)`,
        );
      }
      return { ...line, lineNumber };
    });
}

/** Scan mode puts the query in a sentence made only of words no entity uses (as eval/run-eval.mjs does). */
export const embed = (/** @type {string} */ query) =>
  `According to the file, ${query} was mentioned in the notes.`;

/**
 * Runs every system over every line in both modes; errors are kept as results.
 * @param {readonly EvalSystem[]} systems
 * @param {readonly LabelledLine[]} lines
 */
export function runLabelled(systems, lines) {
  return systems.map((system) => ({
    system,
    name: lines.map((l) => safely(() => system.name(l.query))),
    scan: lines.map((l) => safely(() => system.scan(embed(l.query)))),
  }));
}

/** @param {() => import('./score.mjs').Hit[]} run */
function safely(run) {
  try {
    return { hits: run(), error: null };
  } catch (error) {
    return { hits: [], error: String(error) };
  }
}

/**
 * Metrics of one system's results over a slice of lines.
 * @param {readonly LabelledLine[]} lines
 * @param {readonly { hits: import('./score.mjs').Hit[] }[]} results
 * @param {Counting} counting
 * @param {(line: LabelledLine) => boolean} [pick]
 */
export function scoreSlice(lines, results, counting, pick = () => true) {
  return summarize(
    lines.flatMap((line, i) =>
      pick(line)
        ? [
            {
              expectedId: line.expect,
              outcome: scoreLine(line.expect, assertedIds(results[i]?.hits ?? [], counting)),
            },
          ]
        : [],
    ),
  );
}
