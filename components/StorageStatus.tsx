import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import type { StorageStatus as Status } from '@/lib/ingest/status';
import { STORAGE_STATUS_KEY } from '@/lib/ingest/status-key';

// The status is checked with its zod schema, loaded after the popup's first frame: zod is
// not on the popup's critical path (docs/performance.md), and the status arrives async anyway.
const reader = () => import('@/lib/ingest/status').then((m) => m.readStorageStatus);

const MESSAGE = {
  quota: 'storageQuota',
  closed: 'storageClosed',
  other: 'storageOther',
} as const;

/** The last storage failure the background recorded, shown until a later commit succeeds. */
export function StorageStatus() {
  const [status, setStatus] = useState<Status | undefined>();
  useEffect(() => {
    let live = true;
    // Applied in arrival order, so that a slow first read never overwrites a newer change.
    let last = Promise.resolve();
    const show = (value: Promise<unknown>) => {
      last = last
        .then(async () => {
          const [read, v] = await Promise.all([reader(), value]);
          if (live) setStatus(read(v));
        })
        .catch(() => {});
    };
    show(browser.storage.local.get(STORAGE_STATUS_KEY).then((v) => v[STORAGE_STATUS_KEY]));
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && STORAGE_STATUS_KEY in changes)
        show(Promise.resolve(changes[STORAGE_STATUS_KEY]!.newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  if (!status) return null;
  return (
    <p class="health storage-status" role="alert" data-kind={status.kind}>
      {t(MESSAGE[status.kind], status.waiting, status.error)}{' '}
      <time dateTime={new Date(status.at).toISOString()}>
        {t('storageSince', new Date(status.at).toLocaleTimeString())}
      </time>
    </p>
  );
}
