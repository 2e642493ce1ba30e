import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
/** The server's contracts (zod schemas, enums, label tables), shared with the app: `@contracts/dossiers`. */
const contractsRoot = fileURLToPath(new URL('../src/contracts/', import.meta.url));

const antdPackages =
  /[\\/]node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+|@emotion|dayjs|classnames|clsx|stylis|throttle-debounce|scroll-into-view-if-needed|compute-scroll-into-view|json2mq|string-convert|toggle-selection|copy-to-clipboard|@babel[\\/]runtime)[\\/]/;

/**
 * Third-party code goes into stable vendor chunks: React with the router, antd with its icons
 * and rc components, and zod (which the contracts' schemas bring to the pages that use an enum
 * at run time). antd is split in two so that neither chunk gets huge: what the sign-in page and
 * the shell need up front, and what only the lazily loaded pages use (tables, forms, drawers…).
 * Each page is its own chunk through React.lazy.
 */
const vendorGroups = [
  {
    name: 'vendor-react',
    test: /[\\/]node_modules[\\/](react|react-dom|react-router|scheduler|cookie|set-cookie-parser)[\\/]/,
    priority: 30,
  },
  { name: 'vendor-zod', test: /[\\/]node_modules[\\/]zod[\\/]/, priority: 25 },
  { name: 'vendor-antd', test: antdPackages, tags: ['$initial' as const], priority: 20 },
  { name: 'vendor-antd-pages', test: antdPackages, priority: 10 },
];

export default defineConfig({
  root: webRoot,
  base: '/app/',
  plugins: [react()],
  resolve: {
    alias: [{ find: /^@contracts\//, replacement: contractsRoot }],
  },
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: vendorGroups },
      },
    },
  },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
    },
  },
});
