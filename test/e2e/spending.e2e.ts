import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Papa from 'papaparse';
import { liveFixture } from '@/test/support/fixtures';
import { appPage, launch, serve, visit, type Browser } from './harness';
import { PopupPage } from './popup';
import { OptionsPage } from './spending-page';

// One browser for the story below: songs made, the month exported, a backup restored.
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

const API = 'https://studio-api.prod.suno.com';
const HEADER = 'date,tool,activity,model,quantity,unit,cost_usd,basis';

function parseCsv(text: string) {
  expect(text.charCodeAt(0), 'UTF-8 BOM').toBe(0xfeff);
  expect(text.slice(1, HEADER.length + 3)).toBe(`${HEADER}\r\n`);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), {
    header: true,
    delimiter: ',',
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  expect(parsed.meta.fields).toEqual(HEADER.split(','));
  return parsed.data;
}

const sum = (rows: Record<string, string>[], col: string) =>
  Math.round(rows.reduce((s, r) => s + (r[col] ? Number(r[col]) : 0), 0) * 1e6) / 1e6;

describe('spending, CSV export and backup in Chromium', () => {
  let options: OptionsPage;
  const month = new Date().toLocaleDateString('sv').slice(0, 7);

  it('two Suno songs made through the real pages are exactly 20 credits in the month CSV', async () => {
    let left = 2350;
    let songs = 0;
    await serve(browser.context, {
      'https://suno.com/account': {
        body: appPage('Account', [{ url: `${API}/api/billing/info/` }]),
      },
      'https://suno.com/create?song': {
        body: appPage('Create', [
          {
            url: `${API}/api/generate/v2/`,
            method: 'POST',
            body: liveFixture('suno/generate-request.json'),
          },
          { url: `${API}/api/billing/info/` },
        ]),
      },
      [`${API}/api/generate/v2/`]: () => {
        left -= 10;
        const res = JSON.parse(liveFixture('suno/generate-response.json'));
        return { body: JSON.stringify({ ...res, id: `song-${++songs}-${Date.now()}` }) };
      },
      [`${API}/api/billing/info/`]: () => ({
        body: JSON.stringify({
          ...JSON.parse(liveFixture('suno/billing-pro.json')),
          total_credits_left: left,
        }),
      }),
    });
    await visit(browser.context, 'https://suno.com/account');
    const popup = await PopupPage.open(browser.context, browser.extensionId);
    await popup.waitForMeter('suno', 'Credits', '2,350 credits left');
    await visit(browser.context, 'https://suno.com/create?song');
    await popup.waitForMeter('suno', 'Credits', '2,340 credits left');
    await visit(browser.context, 'https://suno.com/create?song');
    await popup.waitForMeter('suno', 'Credits', '2,330 credits left');

    options = await OptionsPage.open(browser.context, browser.extensionId);
    await expect(options.page.getByLabel('Month', { exact: true }).inputValue()).resolves.toBe(
      month,
    );
    const row = options.row('suno');
    await row.filter({ hasText: '20 credits' }).waitFor({ timeout: 20_000 });
    await expect(row.locator('td').nth(1).innerText()).resolves.toBe('2');

    const { name, text } = await options.exportCsv();
    expect(name).toBe(`creditwatch-${month}.csv`);
    const rows = parseCsv(text);
    const suno = rows.filter((r) => r.tool === 'Suno');
    expect(suno.map((r) => [r.activity, r.model, r.quantity, r.unit, r.basis])).toEqual([
      ['song', 'chirp-v4', '10', 'credits', 'rate card'],
      ['song', 'chirp-v4', '10', 'credits', 'rate card'],
    ]);
    expect(sum(suno, 'quantity')).toBe(20);
    for (const r of rows) {
      expect(r.date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
      expect(r.date!.slice(0, 7)).toBe(month);
    }
    // Suno has no price yet: the month view says so instead of $0, and the CSV has no cost.
    await expect(row.innerText()).resolves.toContain('no price set');
    expect(suno.every((r) => r.cost_usd === '')).toBe(true);
  });

  it('after a restore that sets a price and a fee, the month view and the CSV agree', async () => {
    const backup = JSON.parse(await options.downloadBackup());
    expect(backup).toMatchObject({ format: 'creditwatch-backup', version: 1 });
    expect(backup.tables.tasks).toHaveLength(2);
    backup.tables.settings.push({
      key: 'tool:suno',
      value: { enabled: true, lowPercent: 20, pricePerUnit: 0.01, monthlyFee: 8 },
    });
    await options.restore('backup.json', JSON.stringify(backup));
    await options.page.getByRole('status').filter({ hasText: 'Restored' }).waitFor();
    await options.total().filter({ hasText: '$8.20' }).waitFor({ timeout: 20_000 });
    const uiTotal = Number(await options.total().getAttribute('data-usd'));
    const rows = parseCsv((await options.exportCsv()).text);
    expect(sum(rows, 'cost_usd')).toBeCloseTo(uiTotal, 6);
    expect(uiTotal).toBeCloseTo(8.2, 6);
    expect(rows.find((r) => r.activity === 'subscription')).toMatchObject({
      tool: 'Suno',
      quantity: '1',
      cost_usd: '8',
      basis: 'subscription',
    });
    expect(
      sum(
        rows.filter((r) => r.activity === 'song'),
        'quantity',
      ),
    ).toBe(20);
  });

  it('a bad backup file shows an error and changes nothing', async () => {
    const before = await options.downloadBackup();
    const popup = await PopupPage.open(browser.context, browser.extensionId);
    const counts = async () => [await popup.count('readings'), await popup.count('tasks')];
    const had = await counts();
    for (const [file, error] of [
      ['{"format":"creditwatch-backup"', /not valid JSON/],
      [JSON.stringify({ format: 'something-else', version: 1 }), /not a Creditwatch backup/],
      [
        JSON.stringify({
          ...JSON.parse(before),
          tables: { ...JSON.parse(before).tables, readings: [{ id: 'x', at: 'soon' }] },
        }),
        /Invalid backup at tables\.readings\[0\]/,
      ],
    ] as const) {
      await options.restore('bad.json', file);
      await options.page
        .locator('.backup-error[role="alert"]')
        .filter({ hasText: error })
        .waitFor({ timeout: 20_000 });
      expect(await counts()).toEqual(had);
    }
    const after = JSON.parse(await options.downloadBackup());
    expect({ ...after, exportedAt: 0 }).toEqual({ ...JSON.parse(before), exportedAt: 0 });
    await expect(options.total().getAttribute('data-usd')).resolves.toBe('8.2');
  });

  it('the spending and backup sections pass axe-core', async () => {
    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    // Evaluated through the debugger protocol, which the extension page's CSP does not govern.
    await options.page.evaluate(axe);
    const violations = await options.page.evaluate(async () => {
      const w = window as unknown as {
        axe: { run(ctx: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
      };
      const r = await w.axe.run({
        include: [
          ['section[aria-labelledby="spending-title"]'],
          ['section[aria-labelledby="backup-title"]'],
        ],
      });
      return r.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
  });
});
