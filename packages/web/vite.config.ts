/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

// `npm run dev` proxies the API and WebSocket to a server on :8080 (`npm run dev` at the root).
const server = process.env.LATENCY_DASH_SERVER ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['source', ...defaultClientConditions] },
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 1200 },
  server: {
    proxy: {
      '/api': server,
      '/health': server,
      '/ws': { target: server.replace(/^http/, 'ws'), ws: true },
    },
  },
  test: { environment: 'jsdom', include: ['src/**/*.test.ts'] },
});
