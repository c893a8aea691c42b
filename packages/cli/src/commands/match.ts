import { parseBand, parseCommandArgs, parsePositiveInteger } from '../args.js';
import { createUsageError, exitCodes } from '../errors.js';
import { formatMatchResult } from '../format-text.js';
import { describeHitEntity, type HitEntity } from '../hit-entity.js';
import { sanitizeForTerminal } from '../sanitize-text.js';
import { createScreener } from '../screener.js';
import type { CommandIo } from './io.js';
import { checkListsOnly, loadLists } from './load-lists.js';

export const matchHelp = `Usage: nkscreen match "<name>" [options]

Shows the listed entities closest to one company name: band (match or review), score from 0 to 1,
the explanation, the evidence and its sources.

Options:
  --json               print the matches as JSON
  --limit <n>          show at most n matches (default 5)
  --min-band <band>    review (default: both bands) or match (only strong matches)
  --list <file>        also match against your own list: .csv (id,name,aliases) or FollowTheMoney .jsonl;
                       repeat for several lists
  --lists-only         match only against the --list files, not the bundled dataset
  --fail-on-hit        exit 1 when anything matched
  -h, --help           show this help

Examples:
  nkscreen match "Korea Nam Gang Trading Co"
  nkscreen match "ООО Фортуна" --json
  nkscreen match "Acme Shipping" --list watchlist.csv --min-band match
`;

export async function runMatch(args: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('match', args, {
    json: { type: 'boolean' },
    limit: { type: 'string' },
    'min-band': { type: 'string' },
    list: { type: 'string', multiple: true },
    'lists-only': { type: 'boolean' },
    'fail-on-hit': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout.write(matchHelp);
    return exitCodes.ok;
  }
  if (positionals.length === 1 && !positionals[0]?.trim()) {
    throw createUsageError(
      'the name to match is empty. Give a company name in quotes, e.g. nkscreen match "Korea Namgang Trading Corporation".',
    );
  }
  if (positionals.length !== 1) {
    throw createUsageError(
      positionals.length === 0
        ? 'give the name to match, e.g. nkscreen match "Korea Namgang Trading Corporation".'
        : `give one name in quotes; found ${positionals.length} words. Try nkscreen match "${positionals.join(' ')}".`,
    );
  }
  const name = positionals[0] as string;
  const minBand = parseBand(values['min-band']);
  const limit = parsePositiveInteger('--limit', values.limit, 5);
  const lists = await loadLists(values.list ?? [], io);
  const withoutDataset = checkListsOnly(values['lists-only'], lists);
  const screener = createScreener({ lists, minBand, withoutDataset });
  const matches = screener.matcher.matchName(name, { limit, minBand });
  const entities: Record<string, HitEntity> = {};
  for (const match of matches) {
    const listed = screener.findEntity(match.entityId);
    if (listed) entities[match.entityId] = describeHitEntity(listed);
  }
  if (values.json) {
    const output = {
      query: name,
      matches: matches.map((match) => ({ ...match, entity: entities[match.entityId] })),
    };
    io.stdout.write(`${sanitizeForTerminal(JSON.stringify(output, null, 2))}\n`);
  } else {
    io.stdout.write(sanitizeForTerminal(formatMatchResult(name, matches, entities)));
  }
  return values['fail-on-hit'] && matches.length > 0 ? exitCodes.hits : exitCodes.ok;
}
