import { useState } from 'preact/hooks';
import type { Lang } from '../components';
import { download, EXPORT_FORMATS, exportUrl } from '../export';
import { t } from '../i18n';

/** Download buttons for what is on screen. */
export function ExportButtons({
  ids,
  types,
  at,
  lang,
}: {
  ids: string[];
  types: string[];
  at: string | null;
  lang: Lang;
}) {
  const [error, setError] = useState<string | null>(null);
  return (
    <div class="export" role="group" aria-label={t('download', lang)}>
      <span>{t('download', lang)}:</span>
      {EXPORT_FORMATS.map((format) => (
        <button
          type="button"
          key={format.file}
          data-export={format.file}
          onClick={() => {
            setError(null);
            download(exportUrl(format.file, ids, types, at), format.file).catch((e: Error) =>
              setError(e.message),
            );
          }}
        >
          {format.label}
        </button>
      ))}
      {error && <span role="alert">{error}</span>}
    </div>
  );
}
