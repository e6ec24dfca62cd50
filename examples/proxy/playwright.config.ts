// A browser app's end-to-end tests with the contract between the app and its server. The
// proxy is started and stopped by examples/proxy/e2e.sh around `playwright test` (it must
// get SIGTERM and be awaited to write its reports and give its exit code, which Playwright's
// webServer does not hand back); this config only points the app at the proxy.
//
//   npm install --save-dev commu-contract @playwright/test
//   cp node_modules/commu-contract/examples/proxy/{playwright.config.ts,e2e.sh} .
//
// Adapt the command: your app reading its socket and API URLs from the environment (here
// Vite's VITE_SOCKET_URL / VITE_API_URL). See docs/proxy.md.
import { defineConfig } from '@playwright/test';

const PROXY = process.env.PROXY_URL ?? 'http://127.0.0.1:3100';

export default defineConfig({
  testDir: './e2e',
  use: { baseURL: 'http://127.0.0.1:5173' },
  webServer: {
    command: `VITE_SOCKET_URL=${PROXY} VITE_API_URL=${PROXY} npm run dev -- --port 5173`,
    url: 'http://127.0.0.1:5173/',
    reuseExistingServer: false,
  },
});
