// Build configuration: the manifest, and the development-sites switch that lets
// `npm start` and the e2e tests run on localhost without a permission prompt.
import { defineConfig } from 'wxt';
import { parseDevSites } from './lib/sites/dev-sites';
import { GECKO_ID } from './lib/build/gecko-id';

const devSites = parseDevSites(process.env.SAMENSPRAAK_DEV_SITES);

export default defineConfig({
  // Lets the tests build a release variant beside the development build.
  ...(process.env.SAMENSPRAAK_OUT_DIR ? { outDir: process.env.SAMENSPRAAK_OUT_DIR } : {}),
  imports: false,
  // Firefox too: one manifest version, one permission model (optional host permissions).
  manifestVersion: 3,
  modules: ['@wxt-dev/webextension-polyfill'],
  // The content script is registered at runtime per switched-on site, so the
  // manifest itself asks for no host access (see lib/sites/site-registration.ts).
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'scripting', 'activeTab'],
    // Extension pages may load only our own code and may not connect anywhere.
    content_security_policy: {
      extension_pages: "default-src 'self'; script-src 'self'; object-src 'none'; connect-src 'none'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; base-uri 'none'; form-action 'none'",
    },
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    ...(devSites.length > 0 ? { host_permissions: devSites } : {}),
    action: { default_title: '__MSG_extName__' },
    // Organisation policy. Chrome/Edge validate it against this schema (ExtensionSettings /
    // 3rdparty policy); Firefox takes it from policies.json (3rdparty.Extensions) without a
    // schema and warns about the key, so its manifest has none.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    // Firefox opens its sidebar with the built-in _execute_sidebar_action command.
    commands:
      browser === 'firefox'
        ? { _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_commandOpenPanel__' } }
        : { 'open-side-panel': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_commandOpenPanel__' } },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // ESR 140: the first Firefox with the CSS Custom Highlight API the underlines use.
              strict_min_version: '140.0',
              // Firefox asks new add-ons to declare data collection; we collect none.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android learnt the data collection key in 142. Untested there: it has no sidebar.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  vite: () => ({
    define: {
      // Baked into the background script so it can switch these sites on at first start.
      __SAMENSPRAAK_DEV_SITES__: JSON.stringify(devSites),
      // Open only for the e2e tests' tooling, which cannot reach into a closed shadow root.
      __SAMENSPRAAK_SHADOW_MODE__: JSON.stringify(process.env.SAMENSPRAAK_OPEN_SHADOW_ROOT === '1' ? 'open' : 'closed'),
    },
  }),
});
