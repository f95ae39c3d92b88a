import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { OptionsData } from './optionsData';
import { GlobalSettingsForm } from './GlobalSettingsForm';
import type { Status } from './SaveStatus';
import { ToolSettingsForm } from './ToolSettingsForm';

/**
 * Budget and notifications across tools, then each tool's own settings. A form starts again
 * from what is stored whenever that changes (a save, a deletion elsewhere), hence the keys.
 */
export function SettingsSection({ data }: { data?: OptionsData }) {
  const [statuses, setStatuses] = useState<Record<string, Status>>({});
  const statusOf = (k: string) => ({
    status: statuses[k],
    setStatus: (s: Status) => setStatuses((prev) => ({ ...prev, [k]: s })),
  });
  return (
    <section aria-labelledby="settings-title">
      <h2 id="settings-title">{t('settingsTitle')}</h2>
      {!data ? (
        <p>{t('optLoading')}</p>
      ) : (
        <>
          <GlobalSettingsForm
            key={JSON.stringify(data.settings.global)}
            settings={data.settings.global}
            {...statusOf('global')}
          />
          <h3>{t('toolsTitle')}</h3>
          <p class="hint">{t('toolsIntro')}</p>
          <div class="tool-forms">
            {data.tools.map((tool) => {
              const settings = data.settings.tool(tool.id);
              return (
                <ToolSettingsForm
                  key={`${tool.id}:${JSON.stringify(settings)}`}
                  tool={tool}
                  settings={settings}
                  {...statusOf(tool.id)}
                />
              );
            })}
          </div>
        </>
      )}
    </section>
  );
}
