#!/usr/bin/env node
// Serves the built site (apps/docs/dist) on 127.0.0.1 and prints the address.
// Port: PORT, else 4321; if that port is taken, any free one.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './static-server.mjs';

const root = fileURLToPath(new URL('../dist/', import.meta.url));
if (!existsSync(new URL('../dist/index.html', import.meta.url))) {
  console.error(`No built site in ${root}. Build it first: npm run build -w @nkscreen/docs`);
  process.exit(2);
}

const requested = Number(process.env.PORT ?? 4321);
let server;
try {
  server = await startStaticServer({ root, port: requested });
} catch (error) {
  if (error && typeof error === 'object' && 'code' in error && error.code === 'EADDRINUSE') {
    server = await startStaticServer({ root, port: 0 });
  } else {
    throw error;
  }
}
console.log(`nkscreen docs: ${server.url} (serving ${root}; Ctrl+C to stop)`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server.close().then(() => process.exit(0));
  });
}
