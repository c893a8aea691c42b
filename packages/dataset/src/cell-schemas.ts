import * as z from 'zod';
import { countryNames } from './iso-countries.js';
import { identifierPattern, isRealDate, slugPattern, splitList } from './patterns.js';
import { requirementKinds } from './vocabulary.js';

// Builders and checks for single cells. Each failure message says what was found and what was expected.

export const slug = (example: string) =>
  z
    .string()
    .min(1, `is empty; every row needs an id such as ${example}`)
    .regex(
      slugPattern,
      `expected a kebab-case slug of lower-case letters, digits and single hyphens, such as ${example}`,
    );

// Other control and bidi characters are refused in every column by check-hostile-cells.ts.
export function checkCharacters(value: string, ctx: z.RefinementCtx): void {
  if (/[\n\r]/.test(value)) {
    ctx.addIssue({ code: 'custom', message: 'contains a line break; write the cell on one line' });
  }
}

export const requiredText = (what: string) =>
  z.string().min(1, `is empty; ${what} is required`).superRefine(checkCharacters);

export const optionalDate = (what: string) =>
  z
    .string()
    .regex(/^(\d{4}-\d{2}-\d{2})?$/, {
      error: (issue) =>
        `expected ${what} as an ISO date YYYY-MM-DD (or empty), found '${String(issue.input)}'`,
    })
    .refine((value) => value === '' || isRealDate(value), {
      error: (issue) =>
        `'${String(issue.input)}' is not a real calendar date; check the day and month (YYYY-MM-DD)`,
    });

export const vocabulary = <const T extends readonly [string, ...string[]]>(
  values: T,
  what: string,
) =>
  z.enum(values, {
    error: (issue) =>
      issue.input === ''
        ? `is empty; expected the ${what}: one of ${values.join(', ')}`
        : `expected one of ${values.join(', ')}, found '${String(issue.input)}'`,
  });

/** A `|`-separated cell whose items each pass `checkItem` (which returns a problem, or undefined). */
export const list = (options: {
  required?: string;
  pattern: string;
  checkItem: (item: string) => string | undefined;
}) =>
  z
    .string()
    .superRefine((cell, ctx) => {
      if (cell === '') {
        if (options.required)
          ctx.addIssue({ code: 'custom', message: `is empty; ${options.required}` });
        return;
      }
      const seen = new Set<string>();
      for (const item of splitList(cell)) {
        const problem =
          item === ''
            ? "has an empty item: remove the doubled or trailing '|'"
            : seen.has(item)
              ? `lists '${item}' twice; keep one`
              : options.checkItem(item);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
        seen.add(item);
      }
    })
    .meta({ pattern: options.pattern });

export const checkName = (item: string): string | undefined =>
  /[\n\r]/.test(item) ? `'${item}' contains a line break; write it on one line` : undefined;

export const checkCountry = (item: string): string | undefined => {
  if (countryNames[item]) return undefined;
  if (countryNames[item.toUpperCase()])
    return `country code '${item}' must be upper case: ${item.toUpperCase()}`;
  return `unknown country code '${item}'; expected an ISO 3166-1 alpha-2 code such as KP, CN or RU`;
};

export const checkIdentifier = (item: string): string | undefined =>
  identifierPattern.test(item)
    ? undefined
    : `'${item}' is not scheme:value; write identifiers like ofac:27383 or un:KPe.045 (lower-case scheme)`;

export const checkRequirement = (item: string): string | undefined => {
  const [kind, ...rest] = item.split(':');
  const value = rest.join(':');
  if (!(requirementKinds as readonly string[]).includes(kind ?? '') || value.trim() === '') {
    return `'${item}' is not a requirement; expected ${requirementKinds.map((k) => `${k}:<value>`).join(' or ')}, e.g. country:RU or city:Vladivostok`;
  }
  return kind === 'country' ? checkCountry(value) : undefined;
};

export const checkSourceId = (item: string): string | undefined =>
  slugPattern.test(item)
    ? undefined
    : `'${item}' is not a source id (kebab-case slug from sources.csv)`;

export const describe = <S extends z.ZodType>(schema: S, description: string): S =>
  schema.meta({ ...schema.meta(), description });

export function checkUrl(value: string): string | undefined {
  if (value === '') return 'is empty; every source needs its https address';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `'${value}' is not a URL; expected an https:// address`;
  }
  if (url.protocol === 'http:') {
    return `'${value}' uses http; link the https:// address of the same document`;
  }
  if (url.protocol !== 'https:') return `'${value}' is not an https:// address`;
  return undefined;
}
