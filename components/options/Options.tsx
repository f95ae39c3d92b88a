import { t } from '@/lib/i18n';
import { useLiveQuery } from '../useLiveQuery';
import { BackupSection } from './BackupSection';
import { DeleteData } from './DeleteData';
import { ManualTools } from './ManualTools';
import { loadOptionsData } from './optionsData';
import { SettingsSection } from './SettingsSection';
import { SpendingSection } from './SpendingSection';

/** The options page: one section per concern, each in its own file. */
export function Options() {
  const { value, error } = useLiveQuery(loadOptionsData);
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      {error && (
        <p class="health" role="alert">
          {error.message}
        </p>
      )}
      <SpendingSection />
      <SettingsSection data={value} />
      <ManualTools data={value} />
      <BackupSection />
      <DeleteData data={value} />
    </main>
  );
}
