import { launch, type Browser } from './harness';
import { OptionsPage, serveTwoSites, TABLES } from './options-page';

type Row = Record<string, unknown> & { tool?: string; key?: string };

// A fresh profile per test: each starts from an empty database, as a new user would.
let browser: Browser;
beforeEach(async () => {
  browser = await launch();
});
afterEach(async () => browser?.close());

const open = () => OptionsPage.open(browser.context, browser.extensionId);
const ofTool = (rows: Row[], tool: string) =>
  rows.filter((r) => r.tool === tool || String(r.key).startsWith(`${tool}:`));

describe('the options page in Chromium', () => {
  it("keeps a tool's threshold and price across a reload, in the page and in IndexedDB", async () => {
    const options = await open();
    const form = options.toolForm('stability');
    await expect(
      form.getByLabel('Price per credit (USD)').getAttribute('placeholder'),
    ).resolves.toBe('0.01');
    await form.getByLabel('Low below (% left)').fill('35');
    await form.getByLabel('Price per credit (USD)').fill('0.012');
    await form.getByLabel('Monthly fee (USD)').fill('9');
    await form.getByRole('button', { name: 'Save Stability AI' }).click();
    await options.waitForStatus('form.tool-form[data-tool="stability"]', 'Saved.');

    await options.page.reload();
    await options.page.waitForSelector('form.tool-form');
    const again = options.toolForm('stability');
    await expect(again.getByLabel('Low below (% left)').inputValue()).resolves.toBe('35');
    await expect(again.getByLabel('Price per credit (USD)').inputValue()).resolves.toBe('0.012');
    await expect(again.getByLabel('Monthly fee (USD)').inputValue()).resolves.toBe('9');
    const settings = await options.rows<{ key: string; value: unknown }>('settings');
    expect(settings).toEqual([
      {
        key: 'tool:stability',
        value: { enabled: true, lowPercent: 35, pricePerUnit: 0.012, monthlyFee: 9 },
      },
    ]);
  });

  it('shows an inline error for a bad number and stores nothing', async () => {
    const options = await open();
    const form = options.toolForm('suno');
    await form.getByLabel('Low below (% left)').fill('150');
    await form.getByRole('button', { name: 'Save Suno' }).click();
    const input = form.getByLabel('Low below (% left)');
    await expect(input.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(form.locator('.field-error').innerText()).resolves.toBe(
      'Enter a percentage from 0 to 100.',
    );
    // The first invalid field takes the focus, so a keyboard user lands on the problem.
    await options.page.waitForFunction(() => document.activeElement?.id === 'tool-suno-lowPercent');
    expect(await options.rows('settings')).toEqual([]);
  });

  it('adds a manual tool with a balance, updates the balance by hand, removes the tool', async () => {
    const options = await open();
    await options.page.getByLabel('Name', { exact: true }).fill('Udio');
    await options.page.getByLabel('Unit').selectOption('credits');
    await options.page.getByLabel('Usage page (optional)').fill('https://www.udio.com/settings');
    await options.page.getByLabel('Balance now (optional)').fill('1,500');
    await options.page.getByRole('button', { name: 'Add tool' }).click();
    const item = options.page.locator('li.manual-tool[data-tool="m_udio"]');
    await item.locator('.manual-balance', { hasText: 'Balance: 1,500 credits' }).waitFor();
    expect(await options.rows('manualTools')).toEqual([
      { id: 'm_udio', name: 'Udio', unit: 'credits', usageUrl: 'https://www.udio.com/settings' },
    ]);
    const [reading] = await options.rows('readings');
    expect(reading).toMatchObject({
      tool: 'm_udio',
      meter: 'balance',
      remaining: 1500,
      source: 'manual',
      exact: true,
    });
    // Its settings form appears with the others, priced per credit.
    await options.toolForm('m_udio').getByLabel('Price per credit (USD)').waitFor();

    await item.getByLabel('New balance of Udio').fill('1200');
    await item.getByRole('button', { name: 'Update the balance of Udio' }).click();
    await item.locator('.manual-balance', { hasText: 'Balance: 1,200 credits' }).waitFor();
    expect((await options.rows('readings')).map((r) => r.remaining)).toEqual([1500, 1200]);
    const [meter] = await options.rows<{ latest: { remaining: number } }>('meters');
    expect(meter!.latest.remaining).toBe(1200);

    await item.getByRole('button', { name: 'Remove Udio' }).click();
    const dialog = options.page.getByRole('dialog', { name: 'Remove Udio?' });
    await dialog.getByRole('button', { name: 'Remove' }).click();
    await options.page.getByText('No tools tracked by hand yet.').waitFor();
    for (const t of ['manualTools', 'readings', 'meters'])
      expect(await options.rows(t), t).toEqual([]);
  });

  it("deletes one tool's data after confirming; the other tool keeps all of its rows", async () => {
    const sites = await serveTwoSites(browser.context);
    await sites.visitSuno();
    await sites.visitOpenRouter();
    const options = await open();
    await options.until(async () => {
      const tools = new Set((await options.rows<Row>('meters')).map((m) => m.tool));
      return (
        tools.has('suno') && tools.has('openrouter') && (await options.rows('tasks')).length > 0
      );
    }, 'both tools stored');
    await options.toolForm('suno').getByRole('button', { name: 'Save Suno' }).click();
    await options.waitForStatus('form.tool-form[data-tool="suno"]', 'Saved.');
    const before: Record<string, Row[]> = {};
    for (const t of TABLES) before[t] = await options.rows<Row>(t);
    expect(ofTool(before.settings!, 'tool').length).toBe(1);

    await options.page.getByLabel('Tool', { exact: true }).selectOption({ label: 'Suno' });
    await options.page.getByRole('button', { name: "Delete this tool's data" }).click();
    const dialog = options.page.getByRole('dialog', { name: "Delete Suno's data?" });
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await options.page.locator('[role="status"]', { hasText: "Deleted Suno's data." }).waitFor();

    for (const t of TABLES) {
      const after = await options.rows<Row>(t);
      const expected = before[t]!.filter(
        (r) => r.tool !== 'suno' && !String(r.key).startsWith('suno:') && r.key !== 'tool:suno',
      );
      expect(after, t).toEqual(expected);
    }
    expect(ofTool(await options.rows<Row>('readings'), 'openrouter').length).toBeGreaterThan(0);
  });

  it('deletes everything only after the confirmation, and then the database is empty', async () => {
    const sites = await serveTwoSites(browser.context);
    await sites.visitOpenRouter();
    const options = await open();
    await options.page.getByLabel('Name', { exact: true }).fill('Pika');
    await options.page.getByLabel('Balance now (optional)').fill('70');
    await options.page.getByRole('button', { name: 'Add tool' }).click();
    await options.page.getByLabel('Monthly budget (USD)').fill('80');
    await options.page.locator('form.global-form').getByRole('button', { name: 'Save' }).click();
    await options.waitForStatus('form.global-form', 'Saved.');
    await options.until(
      async () => (await options.rows<Row>('meters')).length === 2,
      'openrouter and Pika stored',
    );
    const before = await options.counts();

    await options.page.getByRole('button', { name: 'Delete everything…' }).click();
    const dialog = options.page.getByRole('dialog', { name: 'Delete everything?' });
    await dialog.waitFor();
    // Escape and Cancel both leave everything as it was.
    await options.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await options.page.getByRole('button', { name: 'Delete everything…' }).click();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await options.counts()).toEqual(before);

    await options.page.getByRole('button', { name: 'Delete everything…' }).click();
    await dialog.getByRole('button', { name: 'Delete everything' }).click();
    await options.page.locator('[role="status"]', { hasText: 'Deleted everything.' }).waitFor();
    const after = await options.counts();
    expect(Object.values(after)).toEqual(TABLES.map(() => 0));
    // The page starts again from defaults: the budget field is empty.
    await options.page.getByText('No tools tracked by hand yet.').waitFor();
    await expect(options.page.getByLabel('Monthly budget (USD)').inputValue()).resolves.toBe('');
  });

  it('stores nothing from the page of a tool switched off', async () => {
    const sites = await serveTwoSites(browser.context);
    const options = await open();
    await options.toolForm('suno').getByLabel('Track this tool').uncheck();
    await options.toolForm('suno').getByRole('button', { name: 'Save Suno' }).click();
    await options.waitForStatus('form.tool-form[data-tool="suno"]', 'Saved.');

    sites.state.sunoLeft = 2350;
    const tab = await sites.visitSuno();
    await tab.waitForTimeout(2000);
    await tab.close();
    expect(ofTool(await options.rows<Row>('readings'), 'suno')).toEqual([]);
    expect(await options.rows('tasks')).toEqual([]);
    expect(await options.rows('health')).toEqual([]);

    // Switched on again, the next visit is stored, and nothing of the visit while off arrives late.
    await options.toolForm('suno').getByLabel('Track this tool').check();
    await options.toolForm('suno').getByRole('button', { name: 'Save Suno' }).click();
    await options.waitForStatus('form.tool-form[data-tool="suno"]', 'Saved.');
    sites.state.sunoLeft = 2340;
    await sites.visitSuno();
    await options.until(
      async () => ofTool(await options.rows<Row>('readings'), 'suno').length > 0,
      'Suno stored once switched on',
    );
    await options.page.waitForTimeout(1000);
    const readings = ofTool(await options.rows<Row>('readings'), 'suno');
    expect(readings.map((r) => r.remaining)).toEqual([2340]);
  });
});
