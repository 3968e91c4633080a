import type { Verb } from '../verb.js';

/** The server and dashboard: what `npm start` and a bare `latency-dash` run. */
export const serve: Verb = {
  name: 'serve',
  summary: 'run the server and the dashboard (the default verb; what npm start runs)',
  handlesSignals: true,
  // Loaded on use, like the server: the other verbs need none of its modules.
  help: async () => (await import('@latency-dash/server/options')).usage(),
  async run(args, io) {
    const { runServer } = await import('@latency-dash/server/run');
    return runServer(args, io.env, { stdout: io.stdout, stderr: io.stderr, prefix: 'latency-dash serve' });
  },
};
