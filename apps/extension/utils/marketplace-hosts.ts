/**
 * The marketplaces the extension reads by default. Match patterns cannot wildcard a TLD, so every Amazon storefront
 * is listed; `*.` also matches the bare domain.
 */
export const AMAZON_DOMAINS = [
  'amazon.com',
  'amazon.ca',
  'amazon.com.mx',
  'amazon.com.br',
  'amazon.co.uk',
  'amazon.ie',
  'amazon.de',
  'amazon.fr',
  'amazon.it',
  'amazon.es',
  'amazon.nl',
  'amazon.se',
  'amazon.pl',
  'amazon.com.be',
  'amazon.com.tr',
  'amazon.ae',
  'amazon.sa',
  'amazon.eg',
  'amazon.in',
  'amazon.co.jp',
  'amazon.com.au',
  'amazon.sg',
  'amazon.cn',
  'amazon.co.za',
] as const;

export const OTHER_MARKETPLACE_DOMAINS = [
  'alibaba.com',
  '1688.com',
  'aliexpress.com',
  'aliexpress.us',
  'aliexpress.ru',
  'made-in-china.com',
  'globalsources.com',
  'dhgate.com',
  'temu.com',
] as const;

export const MARKETPLACE_MATCHES: string[] = [...AMAZON_DOMAINS, ...OTHER_MARKETPLACE_DOMAINS].map(
  (domain) => `https://*.${domain}/*`,
);

/** True when `hostname` is `domain` or one of its subdomains. */
export function isHostInDomain(hostname: string, domain: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return host === domain || host.endsWith(`.${domain}`);
}
