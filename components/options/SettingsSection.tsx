import { t } from '@/lib/i18n';

// Placeholder while this section is built on its own branch; replaced before it lands.
export function SettingsSection() {
  return (
    <section aria-labelledby="settings-title">
      <h2 id="settings-title">{t('settingsTitle')}</h2>
    </section>
  );
}
