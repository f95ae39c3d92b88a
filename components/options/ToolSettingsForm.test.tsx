import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { DEFAULT_TOOL_SETTINGS } from '@/lib/model/defaults';
import { toolChoices } from '@/lib/settings/tool-list';
import type { Status } from './SaveStatus';
import { ToolSettingsForm } from './ToolSettingsForm';
import { GlobalSettingsForm } from './GlobalSettingsForm';
import { ManualToolAdd } from './ManualToolAdd';

const sent = vi.hoisted(() => [] as unknown[]);
vi.mock('./sendSettings', () => ({
  sendSettings: async (cmd: unknown) => {
    sent.push(cmd);
    return { ok: true };
  },
}));

afterEach(() => {
  cleanup();
  sent.length = 0;
});

const tool = (id: string) => toolChoices([]).find((c) => c.id === id)!;

function WithStatus({ id }: { id: string }) {
  const [status, setStatus] = useState<Status>();
  return (
    <ToolSettingsForm
      tool={tool(id)}
      settings={DEFAULT_TOOL_SETTINGS}
      status={status}
      setStatus={setStatus}
    />
  );
}

function type(label: string | RegExp, text: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value: text } });
}

describe('a tool settings form', () => {
  it('shows the known price as the placeholder and asks in dollars where there is none', () => {
    render(<WithStatus id="stability" />);
    const price = screen.getByLabelText('Price per credit (USD)') as HTMLInputElement;
    expect(price.placeholder).toBe('0.01');
    expect(screen.getByText('Blank: the known price, $0.01 per credit.')).toBeTruthy();
    cleanup();
    render(<WithStatus id="openrouter" />);
    expect(screen.queryByLabelText(/Price per/)).toBeNull();
    expect(screen.getByText('Counted in dollars: no price needed.')).toBeTruthy();
  });

  it.each([
    ['Low below (% left)', '120', 'Enter a percentage from 0 to 100.'],
    ['Low below (% left)', '', 'Enter a number.'],
    ['Price per credit (USD)', 'abc', 'Enter a number such as 12 or 0.01.'],
    ['Price per credit (USD)', '-1', 'Enter zero or more.'],
    ['Monthly fee (USD)', 'NaN', 'Enter a number such as 12 or 0.01.'],
    ['Low below (amount left)', '1e99', 'Enter a number such as 12 or 0.01.'],
  ])('%s = %j: an inline error tied to the field, nothing sent', async (label, text, message) => {
    render(<WithStatus id="runway" />);
    type(label, text);
    fireEvent.click(screen.getByRole('button', { name: 'Save Runway' }));
    const error = await screen.findByText(message);
    const input = screen.getByLabelText(label);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain(error.id);
    expect(screen.getByRole('status').textContent).toBe(
      'Not saved: correct the fields marked above.',
    );
    expect(sent).toEqual([]);
  });

  it('clears the error once the text is fixed, then sends numbers only', async () => {
    render(<WithStatus id="runway" />);
    type('Price per credit (USD)', '0,02');
    fireEvent.click(screen.getByRole('button', { name: 'Save Runway' }));
    await screen.findByText('Enter a number such as 12 or 0.01.');
    type('Price per credit (USD)', '0.02');
    type('Monthly fee (USD)', '$15');
    expect(screen.queryByText('Enter a number such as 12 or 0.01.')).toBeNull();
    expect(screen.getByLabelText('Price per credit (USD)').getAttribute('aria-invalid')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save Runway' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved.'));
    expect(sent).toEqual([
      {
        type: 'saveTool',
        tool: 'runway',
        settings: { enabled: true, lowPercent: 20, pricePerUnit: 0.02, monthlyFee: 15 },
      },
    ]);
  });
});

describe('the global settings form', () => {
  it('refuses a bad budget inline and saves a good one with the toggles', async () => {
    const settings = { notifyLow: true, notifyRunOut: true, notifyReset: false };
    render(<GlobalSettingsForm settings={settings} setStatus={() => {}} />);
    type('Monthly budget (USD)', 'lots');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const input = await waitFor(() => {
      const el = screen.getByLabelText('Monthly budget (USD)');
      expect(el.getAttribute('aria-invalid')).toBe('true');
      return el;
    });
    expect(input.getAttribute('aria-describedby')).toBe('global-budget-error global-budget-hint');
    expect(sent).toEqual([]);
    type('Monthly budget (USD)', '120');
    fireEvent.click(screen.getByLabelText('Notify me when a limit or billing cycle resets'));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      type: 'saveGlobal',
      settings: { budgetUsd: 120, notifyLow: true, notifyRunOut: true, notifyReset: true },
    });
  });
});

describe('adding a manual tool', () => {
  it('needs a name and an https address; the balance must be a number', async () => {
    render(<ManualToolAdd />);
    type('Usage page (optional)', 'http://example.com');
    type('Balance now (optional)', 'ten');
    fireEvent.click(screen.getByRole('button', { name: 'Add tool' }));
    await screen.findByText('Enter a name of up to 80 characters.');
    for (const label of ['Name', 'Usage page (optional)', 'Balance now (optional)'])
      expect(screen.getByLabelText(label).getAttribute('aria-invalid'), label).toBe('true');
    expect(sent).toEqual([]);
    type('Name', 'Udio');
    type('Usage page (optional)', 'https://www.udio.com/settings');
    type('Balance now (optional)', '1,200');
    fireEvent.change(screen.getByLabelText('Unit'), { target: { value: 'points' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add tool' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      type: 'addManualTool',
      name: 'Udio',
      unit: 'points',
      usageUrl: 'https://www.udio.com/settings',
      balance: 1200,
    });
  });
});
