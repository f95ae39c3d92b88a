import { render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { STORAGE_STATUS_KEY, storageStatusRecorder } from '@/lib/ingest/status';
import { StorageStatus } from './StorageStatus';

const area = {
  set: (items: Record<string, unknown>) => fakeBrowser.storage.local.set(items),
  remove: (keys: string[]) => fakeBrowser.storage.local.remove(keys),
};

beforeEach(() => fakeBrowser.reset());

describe('StorageStatus', () => {
  it('shows nothing while storage works', async () => {
    const { container } = render(<StorageStatus />);
    await new Promise((r) => setTimeout(r, 0));
    expect(container.textContent).toBe('');
  });

  it('shows a quota failure the background recorded, and hides it after a good commit', async () => {
    const recorder = storageStatusRecorder(area);
    render(<StorageStatus />);
    await recorder.failed(Object.assign(new Error('x'), { name: 'QuotaExceededError' }), 7);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/refused to store more data.*7 new items are waiting/);
    await recorder.succeeded();
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('shows a failure recorded before the popup opened', async () => {
    await fakeBrowser.storage.local.set({
      [STORAGE_STATUS_KEY]: { kind: 'closed', error: 'DatabaseClosedError', at: 1, waiting: 2 },
    });
    render(<StorageStatus />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/database was closed/);
  });

  it('ignores a malformed status instead of showing undefined', async () => {
    await fakeBrowser.storage.local.set({ [STORAGE_STATUS_KEY]: { kind: 'quota' } });
    const { container } = render(<StorageStatus />);
    await new Promise((r) => setTimeout(r, 0));
    expect(container.textContent).toBe('');
  });
});
