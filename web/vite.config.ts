import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
/** The API server the dev server forwards /api to; YIMEN_API_PROXY overrides the default port. */
const apiTarget = process.env['YIMEN_API_PROXY'] ?? 'http://127.0.0.1:3000';

/** The console is built from web/ into web/dist; the API server serves that folder. */
export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
});
