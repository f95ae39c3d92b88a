import { t } from '@/lib/i18n';

// Placeholder while this section is built on its own branch; replaced before it lands.
export function SpendingSection() {
  return (
    <section aria-labelledby="spending-title">
      <h2 id="spending-title">{t('spendingTitle')}</h2>
    </section>
  );
}
