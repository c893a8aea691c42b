/** Every `href`/`src` in an HTML document, with `&amp;` and friends decoded. */
export function extractLinks(html: string): string[] {
  const links: string[] = [];
  for (const match of html.matchAll(/\s(?:href|src)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
    const raw = match[2] ?? match[3] ?? '';
    links.push(
      raw
        .replace(/&amp;/g, '&')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'"),
    );
  }
  return links;
}

export interface CrawlResult {
  /** Internal URLs that were checked (pages and assets), without fragments. */
  checked: string[];
  /** Internal URLs that did not answer 200, with the page that linked them. */
  broken: { url: string; status: number; linkedFrom: string }[];
}

/**
 * Follows every internal link from the start page, fetching each target once; pages (HTML) are
 * crawled further, other files only checked. External links are not followed.
 */
export async function crawlSite(start: string): Promise<CrawlResult> {
  const origin = new URL(start).origin;
  const seen = new Set<string>([start]);
  const queue: { url: string; linkedFrom: string }[] = [{ url: start, linkedFrom: '(start)' }];
  const broken: CrawlResult['broken'] = [];
  while (queue.length > 0) {
    const { url, linkedFrom } = queue.shift()!;
    const response = await fetch(url);
    if (response.status !== 200) {
      broken.push({ url, status: response.status, linkedFrom });
      await response.body?.cancel();
      continue;
    }
    if (!response.headers.get('content-type')?.startsWith('text/html')) {
      await response.body?.cancel();
      continue;
    }
    for (const link of extractLinks(await response.text())) {
      if (/^(mailto|tel|data|javascript):/i.test(link)) continue;
      const target = new URL(link, url);
      target.hash = '';
      if (target.origin !== origin || seen.has(target.href)) continue;
      seen.add(target.href);
      queue.push({ url: target.href, linkedFrom: url });
    }
  }
  return { checked: [...seen], broken };
}
