import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from './static-server.mjs';

let server: Awaited<ReturnType<typeof startStaticServer>>;

/** A raw GET, so the path reaches the server exactly as written (fetch would normalise `..`). */
function get(path: string): Promise<{ status: number; body: string; type: string }> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          body,
          type: response.headers['content-type'] ?? '',
        }),
      );
    })
      .on('error', reject)
      .end();
  });
}

beforeAll(async () => {
  const parent = mkdtempSync(join(tmpdir(), 'nkscreen-docs-server-'));
  writeFileSync(join(parent, 'secret.txt'), 'outside the site');
  const root = join(parent, 'site');
  mkdirSync(join(root, 'entities', 'a'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<h1>home</h1>');
  writeFileSync(join(root, '404.html'), '<h1>not here</h1>');
  writeFileSync(join(root, 'entities', 'a', 'index.html'), '<h1>a</h1>');
  writeFileSync(join(root, 'style.css'), 'body{}');
  server = await startStaticServer({ root });
});

afterAll(() => server.close());

describe('startStaticServer', () => {
  it('binds 127.0.0.1 and serves directory indexes with and without a trailing slash', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(await get('/')).toMatchObject({ status: 200, body: '<h1>home</h1>' });
    expect(await get('/entities/a/')).toMatchObject({ status: 200, body: '<h1>a</h1>' });
    expect(await get('/entities/a')).toMatchObject({ status: 200, body: '<h1>a</h1>' });
  });

  it('sends content types by extension', async () => {
    expect((await get('/style.css')).type).toBe('text/css; charset=utf-8');
  });

  it('answers 404 with the site’s 404 page for anything missing', async () => {
    expect(await get('/nope/')).toMatchObject({ status: 404, body: '<h1>not here</h1>' });
  });

  it('never serves a file outside the root', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/entities/%2e%2e/%2e%2e/../secret.txt',
    ]) {
      const response = await get(path);
      expect(response.status).toBe(404);
      expect(response.body).not.toContain('outside the site');
    }
  });
});
