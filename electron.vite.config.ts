import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { cspMetaPlugin } from './src-main/hosts/csp';

const contractAlias = {
  '@contract': resolve(import.meta.dirname, 'src-main/contract'),
  // Report document definitions, run by the renderer's Web Worker as by the CLI.
  '@reports': resolve(import.meta.dirname, 'src-main/reports'),
};

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // better-sqlite3 is a native module: it stays external and is loaded from node_modules at run time.
      externalizeDeps: true,
      rollupOptions: { input: { main: resolve(import.meta.dirname, 'src-main/hosts/electron/main.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require anything but 'electron', so everything it uses is bundled in.
      externalizeDeps: false,
      rollupOptions: {
        input: { preload: resolve(import.meta.dirname, 'src-main/hosts/electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'src-renderer'),
    resolve: { alias: contractAlias },
    plugins: [react(), cspMetaPlugin()],
    // The report worker (features/reports/worker) is an ES module worker; its pdfmake build and the Noto Sans SC
    // files it fetches (imported with ?url) are emitted beside the renderer's scripts, never loaded from elsewhere.
    worker: { format: 'es' },
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      emptyOutDir: true,
      // The sign-in screen must appear at once: minified, with each screen in its own chunk (RouteView), and
      // the libraries every screen shares in long-lived vendor chunks.
      minify: true,
      chunkSizeWarningLimit: 1000,
      rollupOptions: {
        input: resolve(import.meta.dirname, 'src-renderer/index.html'),
        output: {
          codeSplitting: {
            groups: [
              // What the sign-in screen runs, in one file: the page then asks the server for four files (this,
              // its own script, the bundler's runtime and the CSS), within a browser's six connections per host,
              // so none waits for another to finish. The libraries change seldom, so the file stays cached.
              {
                name: 'vendor-start',
                test: /node_modules[\\/](react|react-dom|scheduler|i18next|react-i18next|dayjs|@tanstack[\\/](query-core|react-query))[\\/]|src-renderer[\\/]src[\\/]api[\\/]/,
              },
              {
                name: 'vendor-table',
                test: /node_modules[\\/]@tanstack[\\/](table-core|react-table|virtual-core|react-virtual)[\\/]/,
              },
            ],
          },
        },
      },
    },
  },
});
