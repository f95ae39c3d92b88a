import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { FRAME_MARK } from '@/components/Popup';
import {
  BUILDS,
  countRows,
  getRow,
  launchWith,
  median,
  newProfile,
  type BenchBrowser,
} from './launch';
import { plainChromium, type PlainChromium } from './plain-chromium';
import { followSeeded } from '../support/follow';
import { seedYear } from './seed-year';
import type { BenchPart } from './types';

/**
 * What "fully rendered" means for the popup: it sets `data-ready` on <body> in the same
 * render that puts the first data on screen, and marks the start of the next frame
 * (components/Popup.tsx READY_ATTRIBUTE, FRAME_MARK).
 */
export const POPUP_READY = 'body[data-ready]';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Opens the popup in a fresh tab of a Chromium nothing is attached to; ms from navigation
 * start to the first frame after it became ready, read from the page's own marks once it has
 * rendered. The first look comes after a second, longer than any open takes here.
 */
async function openPopup(b: PlainChromium, url: string): Promise<number> {
  const tab = await b.open(url);
  const end = Date.now() + 60_000;
  try {
    for (;;) {
      await sleep(1000);
      const seen = await b.inspect(
        tab,
        (mark) => ({
          ready: document.body?.dataset.ready,
          frame: performance.getEntriesByName(mark, 'mark')[0]?.startTime,
        }),
        FRAME_MARK,
      );
      if (seen.ready && seen.ready !== 'true') throw new Error(`the popup showed an error`);
      if (seen.frame !== undefined) return seen.frame;
      if (Date.now() > end) throw new Error('the popup never became ready');
    }
  } finally {
    await b.closeTab(tab);
    // The closed tab's teardown, and the inspection's, settle before the next open.
    await sleep(500);
  }
}

/**
 * A profile with the extension's database made ready by `prepare`, through Playwright; the
 * profile is listed in `profiles` first, so that the caller removes it whatever happens.
 */
async function prepared(
  profiles: string[],
  prepare: (page: Page, b: BenchBrowser) => Promise<void>,
) {
  const profile = newProfile();
  profiles.push(profile);
  const b = await launchWith(BUILDS.production, profile);
  try {
    const popup = `chrome-extension://${b.extensionId}/popup.html`;
    // The popup page creates the schema through Dexie.
    const page = await b.context.newPage();
    await page.goto(popup);
    await page.waitForSelector(POPUP_READY);
    await prepare(page, b);
    await page.close();
    return { profile, popup };
  } finally {
    await b.close();
  }
}

/**
 * Item 2: a year of heavy use (20 tools, 500,000 tasks, 100,000 readings, a year of days) in
 * the extension's real IndexedDB; popup opens timed against an empty database, alternating.
 */
export const popupScale: BenchPart = async ({ quick }) => {
  const size = quick
    ? { tools: 20, tasks: 5_000, readings: 1_000 }
    : { tools: 20, tasks: 500_000, readings: 100_000 };
  const opens = quick ? 3 : 11;
  let seedMs = 0;
  let snapshotChars = 0;
  const profiles: string[] = [];
  const browsers: PlainChromium[] = [];
  try {
    // The year goes in underneath the background, which then follows, as after any change.
    const full = await prepared(profiles, async (page, b) => {
      seedMs = await seedYear(page, size, Date.now());
      await followSeeded(page);
      const tasks = await countRows(b.worker!, 'tasks');
      const readings = await countRows(b.worker!, 'readings');
      if (tasks !== size.tasks || readings !== size.readings)
        throw new Error(
          `seeded ${tasks} tasks and ${readings} readings, wanted ${JSON.stringify(size)}`,
        );
      // What each open reads and parses before its first render (lib/view/snapshot.ts).
      const kept = await getRow<{ value?: unknown }>(b.worker!, 'snapshots', 'popup');
      if (typeof kept?.value !== 'string') throw new Error('the background kept no snapshot');
      snapshotChars = kept.value.length;
    });
    // The empty one follows too (a settings save, as a new user's first), so both popups open
    // the same way, from the background's snapshot, and differ only in what it holds.
    const empty = await prepared(profiles, (page) => followSeeded(page));
    const [withYear, withNone] = [
      await plainChromium(full.profile, BUILDS.production),
      await plainChromium(empty.profile, BUILDS.production),
    ];
    browsers.push(withYear, withNone);
    // A first open of each warms code caches, as any popup a person opens twice; it also
    // waits out the start-up work of each restarted background.
    await openPopup(withYear, full.popup);
    await openPopup(withNone, empty.popup);
    const big: number[] = [];
    const none: number[] = [];
    for (let i = 0; i < opens; i++) {
      big.push(await openPopup(withYear, full.popup));
      none.push(await openPopup(withNone, empty.popup));
    }
    const b = median(big);
    const e = median(none);
    const sizeText = `${size.tools} tools, ${size.tasks.toLocaleString('en')} tasks, ${size.readings.toLocaleString('en')} readings`;
    return [
      {
        name: `Popup at scale: seeding ${sizeText} + ${size.tools * 365} days rows`,
        measured: `${(seedMs / 1000).toFixed(1)} s`,
        budget: '(printed)',
        ok: true,
        timing: true,
      },
      {
        name: `Popup snapshot read at each open, ${size.tools} tools with a year`,
        measured: `${(snapshotChars / 1000).toFixed(1)} kB`,
        budget: '(printed)',
        ok: true,
      },
      {
        name: `Popup open → first full render, ${sizeText}, median of ${opens}`,
        measured: `${b.toFixed(0)} ms`,
        budget: '≤ 100 ms',
        ok: b <= 100,
        timing: true,
      },
      {
        name: `Popup open → first full render, empty database, median of ${opens}`,
        measured: `${e.toFixed(0)} ms`,
        budget: '(reference)',
        ok: true,
        timing: true,
      },
      {
        name: 'Popup at scale / empty database',
        measured: `${(b / e).toFixed(2)}×`,
        budget: '≤ 1.3×',
        ok: b / e <= 1.3,
        timing: true,
      },
    ];
  } finally {
    for (const b of browsers) await b.close();
    for (const p of profiles) rmSync(p, { recursive: true, force: true });
  }
};
