import type { Browser } from 'wxt/browser';

// In Chromium the first touch of the extension API (browser.runtime, chrome.runtime) sets up its
// bindings in the content script's world: about 1 ms of script on every page (bench [3]). WXT's
// `browser` touches it when its module loads; this looks it up only when a caller needs it, so a
// page the gate turns away never pays.

type Api = typeof Browser;
type WithApis = { browser?: Api; chrome?: Api };

let api: Api | undefined;

/** The extension API (Firefox's `browser`, else Chromium's `chrome`), looked up on first use. */
export function extensionApi(): Api {
  if (api) return api;
  const g = globalThis as WithApis;
  api = (g.browser?.runtime?.id ? g.browser : g.chrome) as Api;
  return api;
}

/** Is the extension that injected this script still there (not reloaded or removed)? */
export function extensionAlive(): boolean {
  try {
    return !!extensionApi().runtime?.id;
  } catch {
    return false;
  }
}
