import { t } from '@/lib/i18n';

// Placeholder while this section is built on its own branch; replaced before it lands.
export function DeleteData() {
  return (
    <section aria-labelledby="delete-title">
      <h2 id="delete-title">{t('deleteTitle')}</h2>
    </section>
  );
}
