import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';

/** A real local webhook receiver. */
export interface Receiver {
  url: string;
  server: Server;
  /** Requests whose body has fully arrived. */
  requests: number;
  /** JSON bodies received, in order. */
  bodies: unknown[];
  /** TCP connections open right now, as the receiver sees them. */
  openSockets: number;
  /** The most connections open at once. */
  maxOpenSockets: number;
  /** Destroys every connection and stops listening. */
  close(): Promise<void>;
}

/**
 * Answers every request with `status` once its body has arrived, or, with
 * status 'hang', reads the body and never answers (a receiver that hangs).
 */
export async function receiver(status: number | 'hang' = 200): Promise<Receiver> {
  const sockets = new Set<Socket>();
  const r: Receiver = {
    url: '',
    server: createServer((req, res) => {
      let text = '';
      req.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      // A sender that gives up mid-request just closes the socket: nothing to record then.
      req.on('error', () => undefined);
      req.on('end', () => {
        r.requests++;
        r.bodies.push(JSON.parse(text));
        if (status !== 'hang') res.writeHead(status).end();
      });
    }),
    requests: 0,
    bodies: [],
    openSockets: 0,
    maxOpenSockets: 0,
    async close() {
      for (const s of sockets) s.destroy();
      r.server.close();
      await once(r.server, 'close');
    },
  };
  r.server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    r.openSockets++;
    r.maxOpenSockets = Math.max(r.maxOpenSockets, r.openSockets);
    socket.once('close', () => {
      sockets.delete(socket);
      r.openSockets--;
    });
  });
  r.server.listen(0, '127.0.0.1');
  await once(r.server, 'listening');
  r.url = `http://127.0.0.1:${(r.server.address() as { port: number }).port}/hook/secret-token?key=abc`;
  return r;
}
