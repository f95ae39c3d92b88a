import { useLayoutEffect } from 'preact/hooks';
import { getDatabase } from '@/lib/db/database';
import { t } from '@/lib/i18n';
import { loadPopup } from '@/lib/view/popup-data';
import { EmptyState } from './EmptyState';
import { StorageStatus } from './StorageStatus';
import { ToolCard } from './ToolCard';
import { useLiveQuery } from './useLiveQuery';

/** Set on <body> once the first data is on screen; the benchmark and tests time it. */
export const READY_ATTRIBUTE = 'data-ready';
export const READY_MARK = 'popup-ready';

export function Popup() {
  const { value, error } = useLiveQuery(() => loadPopup(getDatabase(), Date.now()));
  const done = value !== undefined || error !== undefined;
  // Layout effect: runs right after the DOM holds the first full render, before paint.
  useLayoutEffect(() => {
    if (!done || document.body.dataset.ready) return;
    document.body.dataset.ready = error ? 'error' : 'true';
    performance.mark(READY_MARK);
  }, [done]);
  return (
    <main>
      <h1>{t('appName')}</h1>
      <StorageStatus />
      {error && (
        <p class="health" role="alert">
          {error.message}
        </p>
      )}
      {value && value.length === 0 && <EmptyState />}
      {value?.map((v) => (
        <ToolCard key={v.tool.id} view={v} />
      ))}
    </main>
  );
}
