import { ADAPTERS } from '@/lib/adapters';
import { t } from '@/lib/i18n';

export function EmptyState() {
  return (
    <section class="empty">
      <h2>{t('emptyTitle')}</h2>
      <p>{t('emptyBody')}</p>
      <ul>
        {ADAPTERS.map((a) => (
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
