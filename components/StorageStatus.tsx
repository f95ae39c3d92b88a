import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import {
  readStorageStatus,
  STORAGE_STATUS_KEY,
  type StorageStatus as Status,
} from '@/lib/ingest/status';

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
    void browser.storage.local
      .get(STORAGE_STATUS_KEY)
      .then((v) => live && setStatus(readStorageStatus(v[STORAGE_STATUS_KEY])))
      .catch(() => {});
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && STORAGE_STATUS_KEY in changes)
        setStatus(readStorageStatus(changes[STORAGE_STATUS_KEY]!.newValue));
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
