import { defineConfig } from 'vite';

// In development the API calls go to the page's origin and are proxied to the reference server (`pnpm start`).
const api = process.env.KIM_API_URL ?? 'http://localhost:8787';

export default defineConfig({
  server: { proxy: { '/v1': api } },
  preview: { proxy: { '/v1': api } },
  build: { target: 'es2022' },
});
