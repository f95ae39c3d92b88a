import { BUILDS, countRows, launchWith, median, type BenchBrowser } from './launch';
import { followSeeded } from '../support/follow';
import { seedYear } from './seed-year';
import type { BenchPart } from './types';

/**
 * What "fully rendered" means for the popup: it sets `data-ready` on <body> in the same
 * render that puts the first data on screen (components/Popup.tsx READY_ATTRIBUTE).
 */
export const POPUP_READY = 'body[data-ready]';
const READY_TAG = 'creditwatch-bench-ready';

/**
 * Opens the popup in a fresh tab; ms from navigation start to the first frame after ready.
 * The page reports it with a console message: polling it from here (waitForFunction) would
 * inject Playwright's own script into the popup right when it renders, and time that too.
 */
async function openPopup(b: BenchBrowser): Promise<number> {
  const page = await b.context.newPage();
  await page.addInitScript(
    ({ selector, tag }) => {
      // Watch <body>'s attributes only: a watcher of the whole tree would be sent a record for
      // every node the popup inserts, and slow down the very render it times.
      const seen = () => {
        if (!document.querySelector(selector)) return false;
        requestAnimationFrame(() => console.debug(tag, performance.now()));
        return true;
      };
      const onBody = new MutationObserver(() => seen() && onBody.disconnect());
      const watchBody = () => {
        if (!document.body) return false;
        if (!seen()) onBody.observe(document.body, { attributes: true });
        return true;
      };
      const forBody = new MutationObserver(() => watchBody() && forBody.disconnect());
      if (!watchBody()) forBody.observe(document, { childList: true, subtree: true });
    },
    { selector: POPUP_READY, tag: READY_TAG },
  );
  const ready = new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the popup never became ready')), 60_000);
    page.on('console', (m) => {
      const [tag, at] = m.text().split(' ');
      if (tag !== READY_TAG) return;
      clearTimeout(timer);
      resolve(Number(at));
    });
  });
  await page.goto(`chrome-extension://${b.extensionId}/popup.html`, { waitUntil: 'commit' });
  const ms = await ready;
  await page.close();
  return ms;
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
  const full = await launchWith(BUILDS.production);
  const empty = await launchWith(BUILDS.production);
  try {
    // The popup page creates the schema through Dexie; then the year goes in underneath it.
    const setup = await full.context.newPage();
    await setup.goto(`chrome-extension://${full.extensionId}/popup.html`);
    await setup.waitForSelector(POPUP_READY);
    const seedMs = await seedYear(setup, size, Date.now());
    // The year went in underneath the background: it follows, as after any change.
    await followSeeded(setup);
    await setup.close();
    const tasks = await countRows(full.worker!, 'tasks');
    const readings = await countRows(full.worker!, 'readings');
    if (tasks !== size.tasks || readings !== size.readings)
      throw new Error(
        `seeded ${tasks} tasks and ${readings} readings, wanted ${JSON.stringify(size)}`,
      );
    // The empty one follows too (a settings save, as a new user's first), so both popups open
    // the same way, from the background's snapshot, and differ only in what it holds.
    const emptySetup = await empty.context.newPage();
    await emptySetup.goto(`chrome-extension://${empty.extensionId}/popup.html`);
    await emptySetup.waitForSelector(POPUP_READY);
    await followSeeded(emptySetup);
    await emptySetup.close();
    // A first open of each warms code caches, as any popup a person opens twice.
    await openPopup(full);
    await openPopup(empty);
    const big: number[] = [];
    const none: number[] = [];
    for (let i = 0; i < opens; i++) {
      big.push(await openPopup(full));
      none.push(await openPopup(empty));
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
    await full.close();
    await empty.close();
  }
};
