import { t } from '@/lib/i18n';
import { BackupSection } from './BackupSection';
import { DeleteData } from './DeleteData';
import { ManualTools } from './ManualTools';
import { SettingsSection } from './SettingsSection';
import { SpendingSection } from './SpendingSection';

/** The options page: one section per concern, each in its own file. */
export function Options() {
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <SpendingSection />
      <SettingsSection />
      <ManualTools />
      <BackupSection />
      <DeleteData />
    </main>
  );
}
