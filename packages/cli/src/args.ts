import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Band } from '@nkscreen/core';
import { parseEncoding, type Encoding } from './decode.js';
import { createUsageError } from './errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;
type ParsedArgs<T extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>
>;

/** `parseArgs` in strict mode whose errors become usage errors that point at `--help`. */
export function parseCommandArgs<T extends Options>(
  command: string,
  args: readonly string[],
  options: T,
): ParsedArgs<T> {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const message =
      error instanceof Error
        ? error.message.replace(/\. To specify a positional argument.*$/s, '')
        : String(error);
    throw createUsageError(`${message}. Run "nkscreen ${command} --help" for the options.`);
  }
}

export function parseBand(value: string | undefined): Band {
  if (value === undefined) return 'review';
  if (value === 'match' || value === 'review') return value;
  throw createUsageError(
    `--min-band must be "review" (show both bands) or "match" (only strong matches), found "${value}".`,
  );
}

/** `--min-score`: a number from 0 to 1; absent means every hit of the band. */
export function parseMinScore(value: string | undefined): number {
  if (value === undefined) return 0;
  const score = Number(value);
  if (value.trim() === '' || !Number.isFinite(score) || score < 0 || score > 1) {
    throw createUsageError(
      `--min-score must be a number from 0 to 1 (e.g. 0.9 to keep only the strongest hits), found "${value}".`,
    );
  }
  return score;
}

export function parseEncodingOption(value: string | undefined): Encoding | undefined {
  if (value === undefined) return undefined;
  const encoding = parseEncoding(value);
  if (!encoding) {
    throw createUsageError(
      `--encoding "${value}" is not an encoding this tool can read. Use a WHATWG label such as utf-8, utf-16le, ` +
        `windows-1252, windows-1251, euc-kr (cp949), gbk, gb18030, big5, shift_jis or euc-jp.`,
    );
  }
  return encoding;
}

export function parsePositiveInteger(
  name: string,
  value: string | undefined,
  fallback: number,
): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1)
    throw createUsageError(`${name} must be a whole number ≥ 1, found "${value}".`);
  return parsed;
}
