import { TOOLS } from '@/lib/catalog';
import { t } from '@/lib/i18n';

export function EmptyState() {
  return (
    <section class="empty">
      <h2>{t('emptyTitle')}</h2>
      <p>{t('emptyBody')}</p>
      <ul>
        {TOOLS.map((a) => (
          <li key={a.id}>
            <a href={a.usageUrl} target="_blank" rel="noreferrer">
              {a.name}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
