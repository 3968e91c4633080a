import { createServer, type IncomingMessage, type Server } from 'node:http';

/** What the proxy does with one request: answer it itself with a status (and headers), or pass it to the server. */
export type Step = { status: number; headers?: Record<string, string>; body?: string } | 'pass';

export interface FlakyProxy {
  readonly url: string;
  /** When each request arrived (Date.now()), and what was done with it. */
  readonly log: { atMs: number; step: Step }[];
  close(): Promise<void>;
}

/**
 * A real HTTP server in front of a real latency-dash server: it answers the
 * first requests from `plan` (a 429 with Retry-After, a 503, ...) and
 * passes every later one through, so a client meets genuine HTTP failures
 * over a socket and genuine answers after them.
 */
export async function startFlakyProxy(upstream: string, plan: Step[], then: Step = 'pass'): Promise<FlakyProxy> {
  const log: { atMs: number; step: Step }[] = [];
  const server: Server = createServer((req, res) => {
    const step = plan[log.length] ?? then;
    log.push({ atMs: Date.now(), step });
    void readBody(req).then(async (body) => {
      if (step !== 'pass') {
        res.writeHead(step.status, { 'content-type': 'application/json', ...step.headers });
        res.end(
          step.body ?? JSON.stringify({ error: { code: step.status === 429 ? 'LD_ERR_RATE_LIMITED' : 'LD_ERR_INTERNAL', message: `planned ${step.status}` } }),
        );
        return;
      }
      const headers: Record<string, string> = {};
      for (const name of ['content-type', 'authorization', 'accept']) if (typeof req.headers[name] === 'string') headers[name] = req.headers[name];
      const answer = await fetch(upstream + req.url, { method: req.method, headers, body: req.method === 'GET' ? undefined : body.toString('utf8') });
      res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
      res.end(Buffer.from(await answer.arrayBuffer()));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
