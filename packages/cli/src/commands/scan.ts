import { parseBand, parseCommandArgs, parseEncodingOption } from '../args.js';
import { createUsageError, exitCodes } from '../errors.js';
import { formatScanResult } from '../format-text.js';
import { scanFile } from '../scan.js';
import { sanitizeForTerminal } from '../sanitize-text.js';
import { createScreener } from '../screener.js';
import type { CommandIo } from './io.js';
import { checkListsOnly, loadLists } from './load-lists.js';

export const scanHelp = `Usage: nkscreen scan <file.html | file.txt> [options]

Finds mentions of listed entities in a saved web page or a text file, with the words around each one. For HTML
only the visible text is read: no script, style, template, head or hidden content.

Options:
  --json               print the mentions as JSON
  --html / --text      read the file as HTML or as plain text (default: by extension, or a leading <)
  --min-band <band>    review (default: both bands) or match (only strong matches)
  --list <file>        also look for the entities of your own list (.csv or FollowTheMoney .jsonl)
  --lists-only         match only against the --list files, not the bundled dataset
  --encoding <name>    any WHATWG label (utf-8, euc-kr/cp949, gbk, big5, shift_jis, windows-1251, ...),
                       when detection gets it wrong or says it is unsure
  --fail-on-hit        exit 1 when anything was found
  -h, --help           show this help

Examples:
  nkscreen scan saved-product-page.html
  nkscreen scan news-article.txt --min-band match
  nkscreen scan page.html --json > mentions.json
`;

export async function runScan(args: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('scan', args, {
    json: { type: 'boolean' },
    html: { type: 'boolean' },
    text: { type: 'boolean' },
    'min-band': { type: 'string' },
    list: { type: 'string', multiple: true },
    'lists-only': { type: 'boolean' },
    encoding: { type: 'string' },
    'fail-on-hit': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout.write(scanHelp);
    return exitCodes.ok;
  }
  if (positionals.length !== 1) {
    throw createUsageError('give one file to scan: nkscreen scan saved-page.html');
  }
  if (values.html && values.text) throw createUsageError('choose one of --html and --text.');
  const minBand = parseBand(values['min-band']);
  const encoding = parseEncodingOption(values.encoding);
  const lists = await loadLists(values.list ?? [], io);
  const withoutDataset = checkListsOnly(values['lists-only'], lists);
  const result = await scanFile(positionals[0] as string, {
    minBand,
    screener: createScreener({ lists, minBand, withoutDataset }),
    ...(encoding ? { encoding } : {}),
    ...(values.html ? { html: true } : values.text ? { html: false } : {}),
    onNote: (note) => io.stderr.write(`${sanitizeForTerminal(note)}\n`),
  });
  if (values.json) {
    // The match's own context verdict is kept as contextVerdict; context stays the text around the mention.
    const mentions = result.mentions.map(
      ({ match: { context: contextVerdict, ...match }, ...mention }) => ({
        line: mention.line,
        column: mention.column,
        context: mention.context,
        ...match,
        contextVerdict,
        entity: result.entities[match.entityId],
      }),
    );
    const json = JSON.stringify(
      { input: result.input, html: result.html, datasetVersion: result.datasetVersion, mentions },
      null,
      2,
    );
    io.stdout.write(`${sanitizeForTerminal(json)}\n`);
  } else {
    io.stdout.write(sanitizeForTerminal(formatScanResult(result)));
  }
  return values['fail-on-hit'] && result.mentions.length > 0 ? exitCodes.hits : exitCodes.ok;
}
