/** Serves a built static site on 127.0.0.1 only. Port 0 picks a free port. */
export function startStaticServer(options: { root: string; port?: number }): Promise<{
  url: string;
  close: () => Promise<void>;
}>;
