import { t } from '@/lib/i18n';

/** This month's spending of one tool, already in words (money, unpriced units, or nothing). */
export function MonthSpend({ text }: { text: string }) {
  return (
    <p class="month">
      <span class="month-title">{t('monthTitle')}</span> <strong class="month-value">{text}</strong>
    </p>
  );
}
