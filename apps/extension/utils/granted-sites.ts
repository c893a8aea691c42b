import { MARKETPLACE_MATCHES } from './marketplace-hosts';

const GRANTED_SCRIPT_ID = 'nkscreen-granted-sites';
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';

/** Origins the user granted beyond the built-in marketplaces. */
export async function getGrantedOrigins(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return origins.filter((origin) => !MARKETPLACE_MATCHES.includes(origin));
}

/** Keeps one runtime content-script registration covering exactly the granted origins. */
export async function syncGrantedContentScripts(): Promise<void> {
  const origins = await getGrantedOrigins();
  const registered = await browser.scripting.getRegisteredContentScripts({
    ids: [GRANTED_SCRIPT_ID],
  });
  if (registered.length > 0)
    await browser.scripting.unregisterContentScripts({ ids: [GRANTED_SCRIPT_ID] });
  if (origins.length === 0) return;
  await browser.scripting.registerContentScripts([
    { id: GRANTED_SCRIPT_ID, matches: origins, js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle' },
  ]);
}

/** `example.com` or a pasted URL → the match pattern the permission request needs. */
export function toOriginPattern(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  try {
    const url = new URL(/^[a-z]+:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return `*://${url.hostname}/*`;
  } catch {
    return null;
  }
}
