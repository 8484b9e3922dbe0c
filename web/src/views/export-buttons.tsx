import { useState } from 'preact/hooks';
import type { Lang } from '../components';
import { download, EXPORT_FORMATS, exportUrl } from '../export';
import { t } from '../i18n';

/**
 * Download buttons for what is on screen: its entities and, when given, exactly the relations
 * drawn; each file named after what it holds (`name` and the format's suffix).
 */
export function ExportButtons({
  ids,
  relations = null,
  types,
  at,
  name,
  lang,
}: {
  ids: string[];
  relations?: string[] | null;
  types: string[];
  at: string | null;
  name: string;
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
          data-file={name + format.suffix}
          onClick={() => {
            setError(null);
            download(exportUrl(format.file, ids, relations, types, at), name + format.suffix).catch(
              (e: Error) => setError(e.message),
            );
          }}
        >
          {format.label}
          {'part' in format && ` (${t(format.part === 'nodes' ? 'entities' : 'relationsWord', lang)})`}
        </button>
      ))}
      {error && <span role="alert">{error}</span>}
    </div>
  );
}
