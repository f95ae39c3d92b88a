import { t } from '@/lib/i18n';

// Placeholder while this section is built on its own branch; replaced before it lands.
export function ManualTools() {
  return (
    <section aria-labelledby="manual-title">
      <h2 id="manual-title">{t('manualTitle')}</h2>
    </section>
  );
}
