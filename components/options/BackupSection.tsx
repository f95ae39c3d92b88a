import { useState } from 'preact/hooks';
import { backupFileName, makeBackup } from '@/lib/backup/make';
import { MAX_BACKUP_CHARS } from '@/lib/backup/schema';
import { getDatabase } from '@/lib/db/database';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging/protocol';
import { download } from './download';

type Status = { busy?: boolean; error?: string; done?: string };

/** Download all data and settings as JSON; restore them from such a file, checked first. */
export function BackupSection() {
  const [status, setStatus] = useState<Status>({});

  const save = async () => {
    setStatus({ busy: true });
    try {
      const backup = await makeBackup(getDatabase());
      download([JSON.stringify(backup)], 'application/json', backupFileName());
      setStatus({});
    } catch (e) {
      setStatus({ error: t('exportFailed', e instanceof Error ? e.message : String(e)) });
    }
  };

  const restore = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_BACKUP_CHARS)
      return setStatus({ error: t('backupFailed', t('backupTooLarge')) });
    setStatus({ busy: true });
    try {
      const result = await sendMessage('data', { type: 'restore', text: await file.text() });
      if (result.ok) {
        const rows = (result.value as { rows?: number } | undefined)?.rows ?? 0;
        setStatus({ done: t('backupRestored', rows) });
      } else setStatus({ error: t('backupFailed', result.error) });
    } catch (e) {
      setStatus({ error: t('backupFailed', e instanceof Error ? e.message : String(e)) });
    }
  };

  return (
    <section aria-labelledby="backup-title">
      <h2 id="backup-title">{t('backupTitle')}</h2>
      <p>
        <button type="button" disabled={status.busy} onClick={() => void save()}>
          {t('backupDownload')}
        </button>
      </p>
      <p>
        <label for="backup-restore">{t('backupRestore')}</label>{' '}
        <input
          id="backup-restore"
          type="file"
          accept="application/json,.json"
          aria-describedby="backup-restore-hint"
          disabled={status.busy}
          onChange={(e) => void restore(e.currentTarget)}
        />
      </p>
      <p id="backup-restore-hint">{t('backupRestoreHint')}</p>
      {status.error && (
        <p role="alert" class="backup-error">
          {status.error}
        </p>
      )}
      <p role="status">{status.busy ? t('backupWorking') : (status.done ?? '')}</p>
    </section>
  );
}
