/**
 * How we launch Debian chromium headless (see DESIGN.md "Headless browser here"): shared by the
 * browser tests (tests/e2e/harness.ts) and the browser bench (scripts/bench-browser.ts).
 */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags verified to render MapLibre (WebGL2 via the software renderer) here; see DESIGN.md. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;
