import { getDatabase } from '@/lib/db/database';
import { t } from '@/lib/i18n';
import { loadPopup } from '@/lib/view/popup-data';
import { EmptyState } from './EmptyState';
import { ToolCard } from './ToolCard';
import { useLiveQuery } from './useLiveQuery';

export function Popup() {
  const { value, error } = useLiveQuery(() => loadPopup(getDatabase(), Date.now()));
  return (
    <main>
      <h1>{t('appName')}</h1>
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
