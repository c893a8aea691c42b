import { isHostInDomain } from '../marketplace-hosts';
import { ali1688Adapter } from './ali1688';
import { alibabaAdapter } from './alibaba';
import { aliexpressAdapter } from './aliexpress';
import { amazonAdapter } from './amazon';
import { dhgateAdapter } from './dhgate';
import { globalSourcesAdapter } from './global-sources';
import { madeInChinaAdapter } from './made-in-china';
import { temuAdapter } from './temu';
import type { SiteAdapter } from './types';

export const SITE_ADAPTERS: readonly SiteAdapter[] = [
  amazonAdapter,
  alibabaAdapter,
  ali1688Adapter,
  aliexpressAdapter,
  madeInChinaAdapter,
  globalSourcesAdapter,
  dhgateAdapter,
  temuAdapter,
];

/** The adapter for a hostname's family, or null on a site we only scan as text. */
export function findSiteAdapter(hostname: string): SiteAdapter | null {
  return (
    SITE_ADAPTERS.find((adapter) =>
      adapter.domains.some((domain) => isHostInDomain(hostname, domain)),
    ) ?? null
  );
}
