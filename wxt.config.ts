import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { SUPPORTED_HOST_PATTERNS } from './lib/shared/supported-sites';

// The manifest asks for the least the features need; README ("Permissions") gives the reason
// for each. No `tabs`, `history` or <all_urls>: other sites are opt-in per host at run time.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  // MV3 for Firefox too: it keeps optional_host_permissions (opt-in sites) that MV2 drops.
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact()],
    // GCTX_PROFILE=1 keeps names readable for a CPU profile (bench/profile-overlay.ts).
    build: { target: 'es2022', minify: process.env.GCTX_PROFILE ? false : 'esbuild' },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'ko',
    permissions: ['storage', 'activeTab', 'scripting'],
    // The gate (entrypoints/gate.ts) is an unlisted script listed here by hand: a WXT content
    // script would wrap it in a context that touches the extension API on every page load.
    content_scripts: [
      {
        matches: [...SUPPORTED_HOST_PATTERNS],
        js: ['gate.js'],
        run_at: 'document_idle',
        // Some outlets put the story in a same-site iframe; each frame reads only its own document.
        all_frames: true,
      },
    ],
    host_permissions: [...SUPPORTED_HOST_PATTERNS],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    browser_specific_settings: {
      gecko: {
        id: 'gwangju-ai-context@example.org',
        // 140: the first Firefox that reads data_collection_permissions.
        strict_min_version: '140.0',
        // Nothing is collected or transmitted: everything stays in the browser.
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
    // The card frames the flag form from the extension's origin (README, Privacy). In Chrome the
    // frame's address changes every session, so it cannot fingerprint the reader.
    web_accessible_resources: [
      {
        resources: ['flag-frame.html'],
        matches: [...SUPPORTED_HOST_PATTERNS, 'https://*/*', 'http://*/*'],
        ...(browser === 'chrome' ? { use_dynamic_url: true } : {}),
      },
    ],
  }),
});
