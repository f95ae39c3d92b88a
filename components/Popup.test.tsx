import { act, render, screen, waitFor } from '@testing-library/preact';
import { getDatabase } from '@/lib/db/database';
import { readSnapshotRow } from '@/lib/view/read-snapshot';
import { asSnapshot, SNAPSHOT_KEY } from '@/lib/view/snapshot';
import { writeSnapshot } from '@/lib/view/write-snapshot';
import { history, type MeterPlan } from '@/test/e2e/popup-history';
import { FRAME_MARK, Popup, READY_MARK } from './Popup';
import { Sparkline } from './Sparkline';

const DAY = 86_400_000;

describe('Popup', () => {
  it('renders cards with forecast, chart, month spending, link and low marking, then marks ready', async () => {
    const now = Date.now();
    const plans: MeterPlan[] = [
      {
        tool: 'suno',
        meter: 'credits',
        unit: 'credits',
        limit: 2500,
        start: 3250,
        perDay: 100,
        resetsAt: now + 3 * DAY,
        task: { kind: 'song', perDay: 10, cost: 10, basis: 'rate_card' },
      },
      { tool: 'openrouter', meter: 'balance', unit: 'usd', start: 78, perDay: 2 },
    ];
    const h = history(plans, now);
    const db = getDatabase();
    await db.meters.bulkPut(h.meters);
    await db.readings.bulkPut(h.readings);
    await db.days.bulkPut(h.days);

    const { container } = render(<Popup />);
    await waitFor(() => expect(document.body.dataset.ready).toBe('true'));
    expect(performance.getEntriesByName(READY_MARK, 'mark')).toHaveLength(1);
    await waitFor(() => expect(performance.getEntriesByName(FRAME_MARK, 'mark')).toHaveLength(1));

    const cards = [...container.querySelectorAll('section.tool')].map((s) =>
      s.getAttribute('data-tool'),
    );
    expect(cards).toEqual(['suno', 'openrouter']);
    const suno = container.querySelector('section.tool[data-tool="suno"]')!;
    expect(suno.classList.contains('low')).toBe(true);
    expect(suno.querySelector('.low-tag')?.textContent).toBe('low');
    expect(suno.querySelector('.forecast')?.textContent).toMatch(
      /^runs out before the reset on \w{3}$/,
    );
    expect(suno.querySelector('.month-value')?.textContent).toMatch(/^[\d,]+ credits$/);

    const link = screen.getByRole('link', { name: 'Open Suno usage page' });
    expect(link.getAttribute('href')).toBe('https://suno.com/account');
    const chart = screen.getAllByRole('img')[0]!;
    expect(chart.getAttribute('aria-label')).toMatch(
      /^Balance over the last 30 days: from .+ to .+, lowest .+$/,
    );
    expect(screen.getByText('lasts ~9 days')).toBeTruthy();
    expect(container.textContent).not.toMatch(/NaN|undefined|Infinity/);
  });
});

describe('Popup from the background snapshot', () => {
  beforeEach(async () => {
    delete document.body.dataset.ready;
    await Promise.all(getDatabase().tables.map((t) => t.clear()));
  });

  it('renders from the kept snapshot alone, and follows a newer one', async () => {
    const now = Date.now();
    const plan: MeterPlan = {
      tool: 'openrouter',
      meter: 'balance',
      unit: 'usd',
      start: 78,
      perDay: 2,
    };
    const db = getDatabase();
    const h = history([plan], now);
    await db.meters.bulkPut(h.meters);
    await db.readings.bulkPut(h.readings);
    await db.days.bulkPut(h.days);
    await writeSnapshot(db, now);
    // The snapshot is all the popup has: every other table is emptied underneath it.
    await Promise.all(db.tables.filter((t) => t.name !== 'snapshots').map((t) => t.clear()));

    const initial = asSnapshot(await readSnapshotRow(SNAPSHOT_KEY), now);
    expect(initial).toBeDefined();
    const { container } = render(<Popup initial={initial} />);
    // Complete at the first render, before any live query could answer.
    const tools = () =>
      [...container.querySelectorAll('section.tool')].map((s) => s.getAttribute('data-tool'));
    expect(tools()).toEqual(['openrouter']);
    await waitFor(() => expect(document.body.dataset.ready).toBe('true'));

    // The background writes a new snapshot (here: of the emptied database): the popup follows.
    await act(() => writeSnapshot(db, now));
    await waitFor(() => expect(tools()).toEqual([]));
    expect(container.querySelector('.empty')).toBeTruthy();
  });

  it('ignores a snapshot of another shape and reads the database instead', async () => {
    const now = Date.now();
    const db = getDatabase();
    await db.snapshots.put({ key: SNAPSHOT_KEY, value: '{"version":1,"at":' });
    expect(asSnapshot(await readSnapshotRow(SNAPSHOT_KEY), now)).toBeUndefined();
    await db.snapshots.put({ key: SNAPSHOT_KEY, value: '{"version":0,"states":"x"}' });
    expect(asSnapshot(await readSnapshotRow(SNAPSHOT_KEY), now)).toBeUndefined();
    await db.snapshots.put({ key: SNAPSHOT_KEY, value: { version: 0, states: 'x' } });
    expect(asSnapshot(await readSnapshotRow(SNAPSHOT_KEY), now)).toBeUndefined();
    await Promise.all(db.tables.map((t) => t.clear()));
    const h = history(
      [{ tool: 'suno', meter: 'credits', unit: 'credits', start: 500, perDay: 10 }],
      now,
    );
    await db.meters.bulkPut(h.meters);
    await db.readings.bulkPut(h.readings);
    const { container } = render(<Popup />);
    await waitFor(() =>
      expect(container.querySelector('section.tool')?.getAttribute('data-tool')).toBe('suno'),
    );
  });
});

describe('Sparkline', () => {
  it('breaks the line at missing days and marks a lone day with a dot', () => {
    const points = [50, 40, undefined, 30, undefined, undefined, 20, 10];
    const { container } = render(
      <Sparkline chart={{ meter: 'm', points, unit: 'percent', label: 'Balance' }} />,
    );
    expect(container.querySelectorAll('polyline')).toHaveLength(2);
    expect(container.querySelectorAll('circle')).toHaveLength(1);
    const [first] = container.querySelectorAll('polyline');
    // Percent charts are drawn on a fixed 0–100 scale: 50% sits half-way down.
    expect(first!.getAttribute('points')!.split(' ')[0]).toBe('2.0,14.0');
  });
});
