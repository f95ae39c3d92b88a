/** The Chromium the end-to-end tests and the benchmark drive (`CHROMIUM_PATH` overrides). */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * Flags every test and bench Chromium gets besides its extensions: headless, no GPU, and no
 * traffic of the browser's own (updates, sync, background fetches) beside what is measured.
 */
export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
