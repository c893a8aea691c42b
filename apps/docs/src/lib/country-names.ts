const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/** The English name of an ISO 3166-1 alpha-2 code ("RU" → "Russia"); unknown codes come back as given. */
export function describeCountry(code: string): string {
  try {
    return regionNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** Words for a dataset `requires` hint: `country:RU` → "country Russia (RU)", `city:Vladivostok` → "city Vladivostok". */
export function describeRequirement(requirement: string): string {
  const [kind = '', ...rest] = requirement.split(':');
  const value = rest.join(':');
  if (!value) return requirement;
  return kind === 'country' ? `country ${describeCountry(value)} (${value})` : `${kind} ${value}`;
}
