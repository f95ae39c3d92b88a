import { t } from '@/lib/i18n';

// Placeholder while this section is built on its own branch; replaced before it lands.
export function BackupSection() {
  return (
    <section aria-labelledby="backup-title">
      <h2 id="backup-title">{t('backupTitle')}</h2>
    </section>
  );
}
