import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { preactWithoutRawHtml } from './scripts/preact-without-raw-html';
import { MARKETPLACE_MATCHES } from './utils/marketplace-hosts';

const GECKO_SETTINGS = {
  gecko: {
    id: 'extension@nkscreen.org',
    // data_collection_permissions needs Firefox 140 (desktop) / 142 (Android).
    strict_min_version: '140.0',
    data_collection_permissions: { required: ['none'] },
  },
  gecko_android: { strict_min_version: '142.0' },
};

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  modules: ['@wxt-dev/i18n/module'],
  hooks: {
    // The stores' zips must carry our licence and the notices of what the build bundles (rigour's tables in
    // core, Preact); both live once, at the repository root.
    'build:publicAssets': (_wxt, files) => {
      for (const file of ['LICENSE', 'THIRD_PARTY_NOTICES.md']) {
        files.push({ absoluteSrc: `${repositoryRoot}/${file}`, relativeDest: file });
      }
    },
  },
  manifestVersion: 3,
  vite: () => ({ plugins: [preact(), preactWithoutRawHtml()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting'],
    host_permissions: MARKETPLACE_MATCHES,
    optional_host_permissions: ['*://*/*'],
    action: { default_title: '__MSG_extName__' },
    // Firefox-only keys stay out of the Chrome manifest, where they would be unknown-key warnings.
    ...(browser === 'firefox' ? { browser_specific_settings: GECKO_SETTINGS } : {}),
  }),
  zip: {
    artifactTemplate: 'nkscreen-{{version}}-{{browser}}.zip',
    sourcesTemplate: 'nkscreen-{{version}}-sources.zip',
    // AMO rebuilds from the sources zip, so it must hold the workspace root, the lockfile and packages/*/src
    // (README "Rebuild from the sources zip"). Hidden files are left out by default: .nvmrc names the Node version.
    sourcesRoot: repositoryRoot,
    includeSources: ['.nvmrc'],
    excludeSources: [
      'apps/docs/**',
      'packages/cli/**',
      '**/dist/**',
      '**/.output/**',
      '**/.wxt/**',
      '**/.turbo/**',
      '**/node_modules/**',
      'apps/extension/generated/**',
      'apps/extension/screenshots/**',
      '**/reports/**',
    ],
  },
});
