import { ADAPTERS } from '@/lib/adapters';
import type { Adapter, AdapterCase } from '@/lib/adapters/types';
import { meterView } from '@/lib/view/meter-view';
import { formatAmount } from '@/lib/view/format';
import { taskCosts } from '@/lib/view/task-costs';
import type { Task } from '@/lib/model/task';
import { adapterModules, expectedAt, liveFixture } from '@/test/support/fixtures';
import { appPage, launch, serve, visit, type Browser } from './harness';
import { PopupPage } from './popup';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const casesOf = new Map(adapterModules().map((m) => [m.adapter.id, m.cases]));

/** The page a person opens to see the balance: the usage URL, on the adapter's own host. */
function usagePage(a: Adapter): string {
  return a.usageUrl;
}

/** What the popup must show for a case's first reading. */
function expected(a: Adapter, c: AdapterCase) {
  const want = expectedAt(c, Date.now());
  const r = 'readings' in want ? want.readings?.[0] : undefined;
  if (!r) return undefined;
  const spec = a.meters[r.meter]!;
  const reading = {
    ...r,
    id: 'x',
    tool: a.id,
    meterKey: `${a.id}:${r.meter}`,
    at: Date.now(),
    source: 'json' as const,
    scale: r.scale ?? 1,
    exact: r.exact ?? true,
  };
  return { label: spec.label, summary: meterView(spec, reading, Date.now(), Date.now()).summary };
}

/** Each adapter, read through its JSON (or its text when it has no JSON) at its real URL. */
describe.each(ADAPTERS.map((a) => [a.id, a] as const))('%s in Chromium', (_id, adapter) => {
  it('shows the right numbers for every shape the site sends', async () => {
    const shapes = (casesOf.get(adapter.id) ?? []).filter(
      (c) => (c.kind === 'response' || c.kind === 'text') && expected(adapter, c),
    );
    expect(shapes.length, 'adapter has a case with a reading').toBeGreaterThan(0);
    let current = shapes[0]!;
    // One page per shape kind; the route answers with whichever shape is being checked.
    const pageOf = (c: AdapterCase) => (c.kind === 'response' ? usagePage(adapter) : c.url);
    const answer = (url: string) => () => {
      if (current.kind === 'text') return { body: liveFixture(current.fixture) };
      return url === pageOf(current)
        ? { body: appPage(adapter.name, [{ url: current.url }]) }
        : { body: liveFixture(current.fixture) };
    };
    const urls = new Set(
      shapes.flatMap((c) => [pageOf(c), ...(c.kind === 'response' ? [c.url] : [])]),
    );
    await serve(browser.context, Object.fromEntries([...urls].map((u) => [u, answer(u)])));
    const popup = await PopupPage.open(browser.context, browser.extensionId);
    for (const c of shapes) {
      current = c;
      const tab = await visit(browser.context, pageOf(c));
      const want = expected(adapter, c)!;
      await popup.waitForMeter(adapter.id, want.label, want.summary);
      expect(await popup.text(), c.name).not.toMatch(/NaN|undefined|Infinity/);
      await tab.close();
    }
    await popup.page.close();
  });

  it('shows a health warning, and no junk, when the site sends a hostile payload', async () => {
    const cases = casesOf.get(adapter.id) ?? [];
    const isFailure = (c: AdapterCase) => 'failure' in expectedAt(c, Date.now());
    const good =
      cases.find((c) => c.kind === 'response' && expected(adapter, c)) ??
      cases.find((c) => c.kind === 'text' && expected(adapter, c));
    const hostile = cases.find((c) => c.kind === good?.kind && isFailure(c));
    expect(good && hostile, 'adapter has a good and a hostile case of one kind').toBeTruthy();
    // Phase one serves the good fixture, phase two the hostile one, at the same real URLs.
    let current = good!;
    const page = good!.kind === 'response' ? adapter.usageUrl : good!.url;
    const pageBody = () =>
      current.kind === 'response'
        ? appPage(adapter.name, [{ url: current.url }])
        : liveFixture(current.fixture);
    await serve(browser.context, {
      [page]: () => ({ body: pageBody() }),
      ...(hostile!.url !== page
        ? {
            [hostile!.url]: () => ({
              body: current.kind === 'text' ? pageBody() : liveFixture(current.fixture),
            }),
          }
        : {}),
      ...(good!.url !== page
        ? {
            [good!.url]: () => ({
              body: current.kind === 'text' ? pageBody() : liveFixture(current.fixture),
            }),
          }
        : {}),
    });
    const popup = await PopupPage.open(browser.context, browser.extensionId);
    await (await visit(browser.context, page)).waitForTimeout(300);
    const want = expected(adapter, good!)!;
    await popup.waitForMeter(adapter.id, want.label, want.summary);
    current = hostile!;
    await visit(browser.context, current.kind === 'response' ? page : current.url);
    await popup.card(adapter.id).locator('.health').waitFor({ timeout: 20_000 });
    await popup.waitForMeter(adapter.id, want.label, want.summary);
    expect(await popup.text()).not.toMatch(/NaN|undefined|Infinity/);
    await popup.page.close();
  });
});

const tasksOf = (c: AdapterCase) => {
  const want = expectedAt(c, Date.now());
  return 'tasks' in want ? (want.tasks ?? []) : [];
};
const withTasks = ADAPTERS.filter((a) => (casesOf.get(a.id) ?? []).some((c) => tasksOf(c).length));

/** Each adapter that can see a task: the page does it, the popup shows its cost per task. */
describe.each(withTasks.map((a) => [a.id, a] as const))('%s tasks in Chromium', (_id, adapter) => {
  it('shows the cost per task of what the page did', async () => {
    const c = (casesOf.get(adapter.id) ?? []).find((x) => tasksOf(x).length)!;
    const drafts = tasksOf(c);
    const call =
      c.kind === 'request'
        ? { url: c.url, method: 'POST', body: liveFixture(c.fixture) }
        : { url: c.url };
    const page = `https://${adapter.hosts[0]}${adapter.pages ? adapter.pages[0]!.replace('*', 'tasks') : '/tasks'}`;
    await serve(browser.context, {
      [page]: { body: appPage(adapter.name, [call]) },
      // History rows are dated relative to the clock the fixture is served at.
      [c.url]: {
        body:
          c.kind === 'request'
            ? c.responseFixture
              ? liveFixture(c.responseFixture)
              : '{}'
            : liveFixture(c.fixture),
      },
    });
    const popup = await PopupPage.open(browser.context, browser.extensionId);
    await (await visit(browser.context, page)).waitForTimeout(300);
    const tasks: Task[] = drafts.map((d, i) => ({
      ...d,
      id: String(i),
      tool: adapter.id,
      at: Date.now(),
      basis: d.basis ?? 'unknown',
    }));
    for (const cost of taskCosts(tasks)) {
      const line = popup.card(adapter.id).locator(`.costs li[data-kind="${cost.kind}"]`);
      await line.waitFor({ timeout: 20_000 });
      const text = await line.innerText();
      if (cost.average !== undefined)
        expect(text).toContain(formatAmount(cost.average, cost.unit!));
      else expect(text).toContain('cost not known yet');
      expect(text).toMatch(
        cost.count === 1 ? /\(1 task\)/ : new RegExp(`\\(${cost.count} tasks\\)`),
      );
    }
    await popup.page.close();
  });
});
