// Chromium flags shared by the demo, the browser tests and the benchmarks. On this machine's
// closed network Chromium's background connections would only fail, and Korean readers see the
// UI in Korean.

/** Flags for a quiet, offline-friendly Chromium in `lang` (no extension). */
export function chromiumArgs(lang = 'ko-KR'): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    `--lang=${lang}`,
  ];
}

/** The same flags, plus loading one unpacked extension (Chromium or Chrome for Testing only). */
export function chromiumArgsWithExtension(extensionDir: string, lang = 'ko-KR'): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    ...chromiumArgs(lang),
  ];
}
